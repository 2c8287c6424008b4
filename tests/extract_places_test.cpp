// held_in (event -> place) and active_in (programme -> place): one case per rule of
// rules/patterns/held_in.json and active_in.json, on invented sentences, and places named for
// another reason, which give no edge.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "extract_fixture.hpp"
#include "kg/pipeline.hpp"

using kg::EdgeKind;
using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

namespace {

std::string rule_of(const kg::ItemExtraction& x, EdgeKind kind, const std::string& source,
                    const std::string& target = "") {
  for (const auto& r : x.relations) {
    if (r.kind != kind || !kg_test::names(x.mentions[r.source], source)) continue;
    if (target.empty() ? !r.target : (r.target && kg_test::names(x.mentions[*r.target], target)))
      return r.rule;
  }
  return "";
}

}  // namespace

TEST_CASE("held_in.travel: came to a city, with its country") {
  auto x = run("Ms Ona Brandt came to Nairobi, Kenya to meet the prosecutors.");
  CHECK(rule_of(x, EdgeKind::held_in, "Nairobi") == "held_in.travel");
  CHECK(has_relation(x, EdgeKind::held_in, "Kenya"));
}

TEST_CASE("held_in.visit: a mission to a city") {
  auto x = run("Mr Piet Langer undertook a mission to Brussels to brief the partners.");
  CHECK(rule_of(x, EdgeKind::held_in, "Brussels") == "held_in.visit");
}

TEST_CASE("held_in.event_in: a meeting held in a place, also in the title") {
  auto x = run("The annual dialogue took place in Madrid with forty experts.");
  CHECK(rule_of(x, EdgeKind::held_in, "Madrid") == "held_in.event_in");
  auto titled = run("The experts agreed on a plan.", "Workshop in Rabat");
  CHECK(rule_of(titled, EdgeKind::held_in, "Rabat") == "held_in.event_in");
}

TEST_CASE("held_in.on_the_day: today in a city") {
  auto x = run("Mr Karl Ostrow presented the findings today in Vienna to the delegates.");
  CHECK(rule_of(x, EdgeKind::held_in, "Vienna") == "held_in.on_the_day");
}

TEST_CASE("held_in.dateline: a city and a date open the text") {
  auto x = run("Libreville, 11 March - The partners signed a new agreement.");
  CHECK(rule_of(x, EdgeKind::held_in, "Libreville") == "held_in.dateline");
}

TEST_CASE("held_in: places named for another reason give no edge") {
  auto x = run("The study describes smuggling routes from Libya to Italy and the law of Egypt.");
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Libya"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Italy"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Egypt"));
}

TEST_CASE("active_in.programme_in: a programme with the place it works in") {
  auto x = run("Ms Ona Brandt presented a conference held under GLO.ACT in Nepal.");
  CHECK(rule_of(x, EdgeKind::active_in, "GLO.ACT", "Nepal") == "active_in.programme_in");
}

TEST_CASE("active_in.countries_list: the countries a programme covers") {
  auto x = run("AIRCOP helps airport task forces in five countries: Mali, Niger and Togo.");
  for (const char* place : {"Mali", "Niger", "Togo"})
    CHECK(has_relation(x, EdgeKind::active_in, "AIRCOP", place));
  CHECK(rule_of(x, EdgeKind::active_in, "AIRCOP", "Togo") == "active_in.countries_list");
}

TEST_CASE("active_in.works_in: a programme operating in places") {
  auto x =
      run("The Container Control Programme has been implemented in Ghana and Benin since 2030.");
  CHECK(rule_of(x, EdgeKind::active_in, "Container Control Programme", "Ghana") ==
        "active_in.works_in");
  CHECK(has_relation(x, EdgeKind::active_in, "Container Control Programme", "Benin"));
}

TEST_CASE("active_in.this_programme: the programme of the sentence") {
  auto x =
      run("Under AIRCOP, which three agencies set up with the customs services of many states, "
          "the project operates across Senegal.");
  CHECK(rule_of(x, EdgeKind::active_in, "AIRCOP", "Senegal") == "active_in.this_programme");
}

TEST_CASE("active_in: a place inside a programme's name, or a mere co-occurrence, gives no edge") {
  auto x = run("AIRCOP staff flew from Dakar to Brussels.");
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "AIRCOP", "Dakar"));
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "AIRCOP", "Brussels"));
}

TEST_CASE("held_in and active_in in the graph: event -> place, programme -> place, with evidence") {
  kg::Corpus corpus;
  corpus.name = "invented";
  kg::Item item = kg_test::make_item(
      "Mr Piet Langer came to Brussels. AIRCOP works in Togo and Benin.", "Talks", 1);
  corpus.items.push_back(item);
  kg::BuildReport report;
  kg::KnowledgeGraph graph = kg::build_graph(corpus, std::string(KG_SOURCE_DIR) + "/rules", report);
  auto event = graph.find("event:1");
  auto brussels = graph.find("place:brussels");
  auto aircop = graph.find("programme:aircop");
  REQUIRE(event);
  REQUIRE(brussels);
  REQUIRE(aircop);
  int held = 0, active = 0;
  for (const kg::EdgeRef& edge : graph.edges_sorted()) {
    if (edge.data->kind == EdgeKind::held_in) {
      ++held;
      CHECK(edge.source == *event);
      CHECK(edge.target == *brussels);
      REQUIRE(edge.data->evidence.size() == 1);
      CHECK(edge.data->evidence[0].rule == "held_in.travel");
      CHECK(edge.data->evidence[0].sentence == "Mr Piet Langer came to Brussels.");
    }
    if (edge.data->kind == EdgeKind::active_in) {
      ++active;
      CHECK(edge.source == *aircop);
      CHECK(graph.node(edge.target).kind == kg::NodeKind::place);
    }
  }
  CHECK(held == 1);
  CHECK(active == 2);
}

TEST_CASE("held_elsewhere: a place of another year, of last year or of a past event is no venue") {
  // The test item is dated 2030-01-01.
  auto x =
      run("The partners met in Tunis. Mr Ivo Marek, who had attended a donor conference in "
          "Oslo, spoke. They recalled the workshop held in Accra in 2027. A seminar in Quito "
          "last year prepared the talks.");
  CHECK(has_relation(x, EdgeKind::held_in, "Tunis"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Oslo"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Accra"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Quito"));
}

TEST_CASE("held_elsewhere: an event to come is no venue; the item's own year is") {
  auto x =
      run("The workshop was held in Lima in 2030. The next meeting will take place in Bogota "
          "in March. The delegates were invited to the forum in Manila next year.");
  CHECK(has_relation(x, EdgeKind::held_in, "Lima"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Bogota"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Manila"));
}

TEST_CASE(
    "held_in.met_with_in, held_in.remote, a signing venue, a visit to ports, a colon dateline") {
  auto met =
      run("Mr Ivo Marek met with Members of the European Parliament's Committee on Budgets "
          "in Strasbourg. He then visited Eurojust and Europol in The Hague.");
  CHECK(has_relation(met, EdgeKind::held_in, "Strasbourg"));
  auto listed =
      run("Ms Ada Roe met with representatives from DG HOME, DG JUST and the European "
          "External Action Service in Brussels on 3 May.");
  CHECK(rule_of(listed, EdgeKind::held_in, "Brussels") == "held_in.met_with_in");
  CHECK(has_relation(met, EdgeKind::held_in, "The Hague"));
  auto remote =
      run("Ms Ada Roe briefed the partners by videoconference from Vienna. The committee "
          "met online on 4 May, with participants in Dushanbe and Tashkent.");
  CHECK(rule_of(remote, EdgeKind::held_in, "Vienna") == "held_in.remote");
  CHECK(has_relation(remote, EdgeKind::held_in, "Dushanbe"));
  CHECK(has_relation(remote, EdgeKind::held_in, "Tashkent"));
  auto signing =
      run("Lusaka, Zambia: The partners agreed on a plan. After signing the agreement at "
          "the Port of Rotterdam, the ministers left. Officers joined a study visit to "
          "the ports of Antwerp and Hamburg.");
  CHECK(rule_of(signing, EdgeKind::held_in, "Lusaka") == "held_in.dateline");
  CHECK(has_relation(signing, EdgeKind::held_in, "Zambia"));
  CHECK(has_relation(signing, EdgeKind::held_in, "Port of Rotterdam"));
  CHECK(has_relation(signing, EdgeKind::held_in, "Antwerp"));
  CHECK(has_relation(signing, EdgeKind::held_in, "Hamburg"));
}

TEST_CASE("held_in.met_with_in: a place of the topic after 'to discuss' is no venue") {
  auto x = run("Mr Ivo Marek met with the European Commission to discuss the situation in Libya.");
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Libya"));
}

TEST_CASE("active_in: 'the programme' of the sentences before, with its verb of operation") {
  auto x =
      run("Sweden contributed EUR 2 million to the Coastal Shield Programme. The programme, "
          "financed by Sweden and Norway, trains coast guards in Ghana and Togo. In the near "
          "future the Programme might be expanding to two more countries: Benin and Niger.");
  CHECK(rule_of(x, EdgeKind::active_in, "Coastal Shield Programme", "Ghana") ==
        "active_in.this_programme_does");
  CHECK(has_relation(x, EdgeKind::active_in, "Coastal Shield Programme", "Togo"));
  CHECK(has_relation(x, EdgeKind::active_in, "Coastal Shield Programme", "Benin"));
  CHECK(has_relation(x, EdgeKind::active_in, "Coastal Shield Programme", "Niger"));
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Coastal Shield Programme", "Sweden"));
}

TEST_CASE("active_in: a programme assisting places, 'and its work in', 'where the programme'") {
  auto x =
      run("The Safe Borders Programme is responsible for assisting Chad and Sudan. Ms Ada Roe "
          "presented the Clear Water Project, funded by Sweden, and its work in Peru. She "
          "showed data from Chile, where the Clear Water Project supports the police.");
  CHECK(rule_of(x, EdgeKind::active_in, "Safe Borders Programme", "Chad") ==
        "active_in.assists_places");
  CHECK(has_relation(x, EdgeKind::active_in, "Safe Borders Programme", "Sudan"));
  CHECK(rule_of(x, EdgeKind::active_in, "Clear Water Project", "Peru") == "active_in.its_work_in");
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Clear Water Project", "Sweden"));
}

TEST_CASE("active_in: a launch today in a city is the event's place, not the programme's") {
  auto x = run("The Coastal Shield Programme was launched today in Accra.");
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Coastal Shield Programme", "Accra"));
}

TEST_CASE("held_in.event_of_programme_in: the place of a programme's meeting is no active_in") {
  auto x =
      run("DG DEVCO hosted the annual steering committee of the Deep Sea Programme in Lisbon, "
          "Portugal. Denmark signed an agreement of DKK 5 million for the Bright Roads "
          "Campaign in Bamako.");
  CHECK(rule_of(x, EdgeKind::held_in, "Lisbon") == "held_in.event_of_programme_in");
  CHECK(has_relation(x, EdgeKind::held_in, "Portugal"));
  CHECK(has_relation(x, EdgeKind::held_in, "Bamako"));
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Deep Sea Programme", "Lisbon"));
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Bright Roads Campaign", "Bamako"));
}

TEST_CASE("held_elsewhere.recalled: a study tour someone recalls") {
  auto x =
      run("Ms Ada Roe addressed the committee and recalled the study tour to Myanmar and Laos "
          "that UNODC organised for its members.");
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Myanmar"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Laos"));
}

TEST_CASE("active_in: purposes, sectors of countries, a coordinator for a region") {
  auto x =
      run("The partners launched the Safe Quays Initiative, a joint initiative to strengthen "
          "port security in Ghana and Togo. The programme works with the justice sectors of "
          "Mali and Chad. Mr Ivo Marek, Container Control Programme Regional Coordinator for "
          "Eastern Africa, joined.");
  CHECK(has_relation(x, EdgeKind::active_in, "Safe Quays Initiative", "Ghana"));
  CHECK(has_relation(x, EdgeKind::active_in, "Safe Quays Initiative", "Togo"));
  CHECK(has_relation(x, EdgeKind::active_in, "Safe Quays Initiative", "Mali"));
  CHECK(has_relation(x, EdgeKind::active_in, "Container Control Programme", "Eastern Africa"));
}

TEST_CASE("active_in: a span of regions, an expansion into places, a province") {
  auto x =
      run("The Deep Sea Programme assists states to combat maritime crime from West Africa, to "
          "the Horn of Africa, across the Indian Ocean and to the Pacific. Ms Ada Roe spoke on "
          "the expansion of the project into the Pacific Islands, the Gambia and Uruguay. The "
          "Clear Water Project is being implemented in the province of Khyber Pakhtunkhwa.");
  for (const char* place : {"West Africa", "Horn of Africa", "Indian Ocean", "Pacific"})
    CHECK(has_relation(x, EdgeKind::active_in, "Deep Sea Programme", place));
  CHECK(rule_of(x, EdgeKind::active_in, "Deep Sea Programme", "Uruguay") ==
        "active_in.expansion_into");
  CHECK(has_relation(x, EdgeKind::active_in, "Deep Sea Programme", "Gambia"));
  CHECK(has_relation(x, EdgeKind::active_in, "Clear Water Project", "Khyber Pakhtunkhwa"));
}

TEST_CASE("active_in.region_span: a route of two places is no span") {
  auto x = run("The Deep Sea Programme helped victims trafficked from Nigeria to Italy.");
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Deep Sea Programme", "Nigeria"));
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Deep Sea Programme", "Italy"));
}

TEST_CASE("held_in and active_in: a hearing of bodies in a city, a programme that equips posts") {
  auto x =
      run("Ms Ada Roe spoke at a joint hearing of the Committee on Budgets (BUDG) and the "
          "Committee on Development (DEVE) of the European Parliament in Strasbourg. Funded by "
          "Luxembourg, the Deep Sea Programme also equips border posts in Burkina Faso.");
  CHECK(has_relation(x, EdgeKind::held_in, "Strasbourg"));
  CHECK(has_relation(x, EdgeKind::active_in, "Deep Sea Programme", "Burkina Faso"));
}

TEST_CASE("held_in.event_in: organised by a body in a city; organised crime is no event") {
  auto x =
      run("Ms Ada Roe spoke at the info day of the fund, organised by DG HOME in Brussels. "
          "The Force helps to combat organized crime in the Sahel.");
  CHECK(has_relation(x, EdgeKind::held_in, "Brussels"));
  CHECK_FALSE(has_relation(x, EdgeKind::held_in, "Sahel"));
}

TEST_CASE("active_in.programme_units_in: the programme's units or operations in places") {
  auto x =
      run("Mr Ivo Marek, Coordinator of the Container Control Programme, presented the work of "
          "port control units in Ecuador and Panama. Ms Ada Roe met the Minister to discuss "
          "the situation in Libya.");
  CHECK(rule_of(x, EdgeKind::active_in, "Container Control Programme", "Ecuador") ==
        "active_in.programme_units_in");
  CHECK(has_relation(x, EdgeKind::active_in, "Container Control Programme", "Panama"));
  CHECK_FALSE(has_relation(x, EdgeKind::active_in, "Container Control Programme", "Libya"));
}

TEST_CASE("mentions in the graph: each named entity not joined to the event otherwise, once") {
  kg::Corpus corpus;
  corpus.name = "invented";
  corpus.items.push_back(kg_test::make_item(
      "Mr Piet Langer came to Brussels. The study traces routes from Libya to Italy and from "
      "Libya to Malta. It was produced under AIRCOP.",
      "Talks", 1));
  kg::BuildReport report;
  kg::KnowledgeGraph graph = kg::build_graph(corpus, std::string(KG_SOURCE_DIR) + "/rules", report);
  auto event = graph.find("event:1");
  REQUIRE(event);
  std::map<std::string, int> named;  // target id -> mentions edges
  for (const kg::EdgeRef& edge : graph.edges_sorted()) {
    if (edge.data->kind != EdgeKind::mentions) continue;
    CHECK(edge.source == *event);
    REQUIRE(edge.data->evidence.size() == 1);
    CHECK_FALSE(edge.data->evidence[0].rule.empty());
    ++named[graph.node(edge.target).id];
  }
  CHECK(named["place:libya"] == 1);
  CHECK(named["place:italy"] == 1);
  CHECK(named["programme:aircop"] == 1);
  CHECK(named.count("person:piet-langer") == 0);  // attended
  CHECK(named.count("place:brussels") == 0);      // held_in
  for (kg::NodeIndex node : graph.nodes_sorted()) {
    bool joined = !graph.out_edges(node).empty() || !graph.in_edges(node).empty();
    CHECK_MESSAGE(joined, graph.node(node).id << " is isolated");
  }
}

namespace {

// The rule that found a place of that name, or "" when none did.
std::string place_rule(const kg::ItemExtraction& x, const std::string& name) {
  for (const auto& m : x.mentions)
    if (!m.removed && m.kind == kg::NodeKind::place && kg_test::names(m, name)) return m.rule;
  return "";
}

}  // namespace

TEST_CASE("place.listed_with_known: unknown towns listed beside a known place") {
  auto x = run("Officers were trained in Nairobi, Kalokol, Lodwar and Garsen last week.");
  CHECK(place_rule(x, "Kalokol") == "place.listed_with_known");
  CHECK(place_rule(x, "Lodwar") == "place.listed_with_known");
  CHECK(place_rule(x, "Garsen") == "place.listed_with_known");
  auto particle = run("Patrols now run between Maputo and Vila da Ilha every week.");
  CHECK(place_rule(particle, "Vila da Ilha") == "place.listed_with_known");
}

TEST_CASE("place.town_in_known_place: a town placed in a known country") {
  auto x = run("The prosecutors met in Qorveh, Iran, with the border police.");
  CHECK(place_rule(x, "Qorveh") == "place.town_in_known_place");
}

TEST_CASE("place_list: no place without a known one, nor from a word that is no town") {
  // No member is a known place: nothing says these are places.
  CHECK(place_rule(run("The course was held in Kalokol and Lodwar."), "Kalokol").empty());
  // A compass word, a body's acronym, an office and a month are no towns.
  CHECK(place_rule(run("It runs in Southern, Eastern Africa since May."), "Southern").empty());
  CHECK(place_rule(run("Experts came from Lima and KAVRAZ to the meeting."), "KAVRAZ").empty());
  CHECK(
      place_rule(run("Staff came from Nairobi and Registry to the meeting."), "Registry").empty());
  CHECK(place_rule(run("The talks took place in Dakar, March and April."), "March").empty());
  // A clause after the list: the surname of a person the item named.
  auto clause =
      run("Ms Olga Varnavska-Lund met the governor. Training went on in Agadez, and Varnavska-Lund "
          "called for more.");
  CHECK(place_rule(clause, "Varnavska-Lund").empty());
}

TEST_CASE("honorifics: Atty. introduces a person, and is no place") {
  auto x =
      run("The mentor spoke in Bangkok, and Atty. Rosalinda Duque-Marcelo of the council replied.");
  CHECK(place_rule(x, "Atty").empty());
  CHECK(kg_test::find(x, "Rosalinda Duque-Marcelo") != nullptr);
}

TEST_CASE("gazetteer: first-level divisions of countries the genre reports on") {
  auto x = run(
      "Courses were held in Edo State, in Kachin State, in Balkh and in Antioquia. Mr Abdullahi "
      "Farah Hirsi opened them.");
  for (const char* place : {"Edo State", "Kachin State", "Balkh", "Antioquia"}) {
    CAPTURE(place);
    const kg::Mention* m = find(x, place);
    REQUIRE(m != nullptr);
    CHECK(m->kind == kg::NodeKind::place);
  }
  // A province named like a person's name is only a place with its noun.
  CHECK(find(x, "Abdullahi Farah Hirsi") != nullptr);
}
