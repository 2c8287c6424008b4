// Resolution: honorific and surname forms join full names, acronyms their expansions,
// misspellings their long names; two readings stay apart and say so. Invented people.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <unistd.h>

#include "extract_fixture.hpp"
#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "kg/query.hpp"
#include "kg/resolve.hpp"

using kg_test::project_rules;

namespace {

kg::Corpus make_corpus(const std::vector<std::string>& texts) {
  kg::Corpus corpus;
  corpus.name = "test";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    kg::Item item;
    item.n = static_cast<int>(i) + 1;
    item.date = item.end_date = "2030-01-0" + std::to_string(i + 1);
    item.title = "Item " + std::to_string(i + 1);
    item.text = texts[i];
    corpus.items.push_back(item);
  }
  return corpus;
}

struct Built {
  kg::Corpus corpus;
  kg::KnowledgeGraph graph;
  kg::Resolution resolution;
};

Built build(const std::vector<std::string>& texts) {
  Built b;
  b.corpus = make_corpus(texts);
  kg::Lexicon lexicon(project_rules());
  auto extractions = kg::extract_corpus(b.corpus, project_rules(), lexicon);
  b.resolution = kg::resolve(extractions, lexicon);
  b.graph = kg::assemble_graph(b.corpus, extractions, b.resolution);
  return b;
}

int count_named(const kg::KnowledgeGraph& graph, kg::NodeKind kind, const std::string& name) {
  int n = 0;
  for (auto i : graph.nodes_sorted())
    if (graph.node(i).kind == kind && graph.node(i).name == name) ++n;
  return n;
}

int count_kind(const kg::KnowledgeGraph& graph, kg::NodeKind kind) {
  int n = 0;
  for (auto i : graph.nodes_sorted())
    if (graph.node(i).kind == kind) ++n;
  return n;
}

}  // namespace

TEST_CASE("names: folding, edit distance, near spellings") {
  CHECK(kg::fold_name("Ms. LUNGAWA-Éclair's") == "ms lungawa eclair s");
  CHECK(kg::edit_distance("Fedetova", "Fedotova") == 1);
  CHECK(kg::near_same_name("Irina Fedetova", "Irina Fedotova"));
  CHECK(kg::near_same_name("Sea Patrol Program", "Sea Patrol Programme"));
  CHECK_FALSE(kg::near_same_name("Support Section I", "Support Section III"));
  CHECK_FALSE(kg::near_same_name("Anna Berg", "Anna Borg"));  // short words: two people
  // Two typos, or one in each of two words, are two people.
  CHECK_FALSE(kg::near_same_name("Tomivel Gorvelmi", "Tamiver Lovelmi"));
  CHECK_FALSE(kg::near_same_name("Renanren Velanan", "Ananren Velmian"));
  CHECK_FALSE(kg::near_same_name("Velorina Tasmiran", "Velorina Tasmirondo"));
  CHECK(kg::near_same_name("Velorina Tasmiran", "Velorina Tasmitan"));
}

TEST_CASE("names: every near spelling shares a typo key with its name") {
  auto keys = [](std::string_view word) {
    std::set<std::string> out;
    kg::typo_keys(word, [&](std::string_view key) { out.emplace(key); });
    return out;
  };
  auto share_key = [&](std::string_view a, std::string_view b) {
    auto x = keys(a), y = keys(b);
    return std::any_of(x.begin(), x.end(), [&](const std::string& k) { return y.count(k) > 0; });
  };
  const std::vector<std::pair<std::string, std::string>> near = {
      {"fedotov", "fedetov"},  {"fedotov", "fedotova"},  {"velmian", "elmian"},
      {"tasmiran", "tasmian"}, {"programme", "program"}, {"anna", "anna"}};
  for (const auto& [a, b] : near) {
    CAPTURE(a);
    CAPTURE(b);
    CHECK(share_key(a, b));
    CHECK(share_key(b, a));
  }
  CHECK_FALSE(share_key("gorvelmi", "lovelmi"));  // two letters apart: never compared
  CHECK_FALSE(share_key("berg", "borg"));
}

TEST_CASE("honorific and surname forms join the full name; case variants too") {
  auto b =
      build({"Ms Irina Fedotova, Director of UNICEF, came. Ms Fedotova spoke. Later FEDOTOVA left.",
             "Mr Irina Fedetova met them."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Irina Fedotova") == 1);
  CHECK(count_kind(b.graph, kg::NodeKind::person) == 1);
}

TEST_CASE("a surname alone joins the person of the same item, else the only one in the corpus") {
  auto b = build({"Ms Eva Lindqvist, Chief of UNICEF, came.",
                  "Mr Tom Lindqvist, Director of UNHCR, came. Mr Lindqvist spoke.",
                  "Ms Sara Okonkwo, Officer of UNICEF, came.", "Later Ms Okonkwo wrote."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Eva Lindqvist") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Tom Lindqvist") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Lindqvist") == 0);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Okonkwo") == 0);
}

TEST_CASE("an ambiguous surname stays apart and is noted") {
  auto b = build({"Ms Eva Lindqvist, Chief of UNICEF, came.",
                  "Mr Tom Lindqvist, Director of UNHCR, came.", "Later Ms Lindqvist wrote."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Lindqvist") == 1);
  bool noted =
      std::any_of(b.resolution.notes.begin(), b.resolution.notes.end(),
                  [](const std::string& n) { return n.find("kept apart") != std::string::npos; });
  CHECK(noted);
}

TEST_CASE("middle names join: Anna Maria Berglund is Anna Berglund") {
  auto b = build({"Ms Anna Maria Berglund, Chief of UNICEF, came.", "Ms Anna Berglund spoke."});
  CHECK(count_kind(b.graph, kg::NodeKind::person) == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Anna Maria Berglund") == 1);
}

TEST_CASE("acronyms join their expansions across items; gazetteer canonical names win") {
  auto b = build({"The Blue Shield Campaign (BSC) began.", "The BSC grew.",
                  "The United Nations Children's Fund and UNICEF met."});
  CHECK(count_named(b.graph, kg::NodeKind::programme, "Blue Shield Campaign") == 1);
  CHECK(count_kind(b.graph, kg::NodeKind::programme) == 1);
  CHECK(count_named(b.graph, kg::NodeKind::organisation, "UNICEF") == 1);
}

TEST_CASE("the Commission, EU Commission and European Commission are one") {
  auto b = build({"The European Commission met.", "The EU Commission met.", "The Commission met."});
  CHECK(count_named(b.graph, kg::NodeKind::organisation, "European Commission") == 1);
}

TEST_CASE("misspelled long names join; ids are stable and unique") {
  auto b = build(
      {"The Baltic Maritime Research Centre met.", "The Baltic Maritime Reserch Centre met."});
  CHECK(count_kind(b.graph, kg::NodeKind::organisation) == 1);
  CHECK(b.graph.find("organisation:baltic-maritime-research-centre").has_value());
}

TEST_CASE("a programme named in full, then shortened, is one programme") {
  auto b = build({"The Joint Lakeside Action Plan began.", "The Joint Action Plan grew."});
  CHECK(count_named(b.graph, kg::NodeKind::programme, "Joint Lakeside Action Plan") == 1);
  CHECK(count_kind(b.graph, kg::NodeKind::programme) == 1);
}

TEST_CASE("a site named in full, then shortened, is one place") {
  CHECK(kg::shortened_name("Norvik airport", "Lakeside-Norvik International Airport") == false);
  CHECK(kg::shortened_name("Lakeside Norvik airport", "Lakeside-Norvik International Airport"));
  auto b =
      build({"The kits reached the Lakeside-Norvik International Airport. Later the "
             "Lakeside Norvik airport reopened."});
  CHECK(count_named(b.graph, kg::NodeKind::place, "Lakeside-Norvik International Airport") == 1);
  CHECK(count_kind(b.graph, kg::NodeKind::place) == 1);
}

TEST_CASE("evidence: every mention and edge carries item, sentence and rule") {
  auto b = build({"Ms Eva Lindqvist, Chief of UNICEF, came."});
  auto node = b.graph.find("person:eva-lindqvist");
  REQUIRE(node.has_value());
  const auto& data = b.graph.node(*node);
  REQUIRE(!data.mentions.empty());
  CHECK(data.mentions[0].rule == "person.honorific_name");  // the pattern, not "learned.*"
  CHECK(data.mentions[0].sentence.str().find("Lindqvist") != std::string::npos);
  auto edges = b.graph.out_edges(*node);
  REQUIRE(!edges.empty());
  for (const auto& e : edges) CHECK(!e.data->evidence.empty());
}

TEST_CASE("resolved entities are found by id, name, alias and surname (as kg explain does)") {
  auto b = build({"Ms Eva Lindqvist, Chief of UNICEF, came. Ms Lindqvist left."});
  auto id_of = [&](std::string_view name) {
    return b.graph.node(kg::resolve_name(b.graph, name)).id;
  };
  CHECK(id_of("eva lindqvist") == "person:eva-lindqvist");
  CHECK(id_of("person:eva-lindqvist") == "person:eva-lindqvist");
  CHECK(id_of("Lindqvist") == "person:eva-lindqvist");
  CHECK_THROWS_AS(kg::resolve_name(b.graph, "Nobody Here"), kg::Error);
}

TEST_CASE("Polish names: people with the right ids, capitals of Latin Extended-A included") {
  auto b = build({"Ms Anna Śmigła opened the meeting. Mr Jan Żukowski closed it."});
  CHECK(b.graph.find("person:anna-smigla").has_value());
  CHECK(b.graph.find("person:jan-zukowski").has_value());
  CHECK(count_named(b.graph, kg::NodeKind::person, "Jan Żukowski") == 1);
}

TEST_CASE("initials join the one person whose given names they start: E. Lund is Eva Lund") {
  auto b = build({"Ms Evelina Lundqvist-Berg, Director at UNICEF, came.",
                  "Ms E. Lundqvist-Berg and Mr J. R. Okafor-Ade spoke.",
                  "Mr John Robert Okafor-Ade, Chief of UNHCR, came."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Evelina Lundqvist-Berg") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "E. Lundqvist-Berg") == 0);
  CHECK(count_named(b.graph, kg::NodeKind::person, "John Robert Okafor-Ade") == 1);
  CHECK(count_kind(b.graph, kg::NodeKind::person) == 2);
  auto two = build({"Ms Eva Lindqvist, Chief of UNICEF, came.",
                    "Mr Erik Lindqvist, Director of UNHCR, came.", "Ms E. Lindqvist wrote."});
  CHECK(count_named(two.graph, kg::NodeKind::person, "E. Lindqvist") == 1);
}

TEST_CASE("kept extractions: removed mentions dropped, relations renumbered, rule ids held once") {
  kg::ItemExtraction x;
  x.item = 7;
  auto mention = [](const char* surface, const char* name, const char* rule, bool removed) {
    kg::Mention m;
    m.surface = surface;
    m.name = name;
    m.rule = rule;
    m.removed = removed;
    m.sentence = 1;
    return m;
  };
  x.mentions = {mention("Ms Velka Orrin", "Velka Orrin", "person.title_full_name", false),
                mention("Orrin", "Orrin", "person.surname_in_item", true),
                mention("Dravik Institute", "Dravik Institute", "organisation.named", false)};
  x.mentions[2].kind = kg::NodeKind::organisation;
  x.mentions[2].entity = 12;
  x.relations = {{kg::EdgeKind::represents, 0, 2, 1, "represents.person_of_org"},
                 {kg::EdgeKind::represents, 1, 2, 1, "represents.person_of_org"},
                 {kg::EdgeKind::attended, 2, std::nullopt, 0, "attended.verb"}};
  kg::KeptExtraction kept = kg::keep_extractions({x}).front();
  CHECK(kept.item == 7);
  REQUIRE(kept.mentions.size() == 2);
  CHECK(kept.mentions[0].surface == "Ms Velka Orrin");
  CHECK(kept.mentions[0].name == "Velka Orrin");
  CHECK(kept.mentions[0].entity == kg::kNoIndex);
  CHECK(kept.mentions[0].sentence == 1);
  CHECK(kept.mentions[1].name == "Dravik Institute");
  CHECK(kept.mentions[1].kind == kg::NodeKind::organisation);
  CHECK(kept.mentions[1].entity == 12);
  // The relation from the removed mention is gone; the others point at the kept positions.
  REQUIRE(kept.relations.size() == 2);
  CHECK(kept.relations[0].source == 0);
  CHECK(kept.relations[0].target == 1);
  CHECK(kept.relations[1].source == 1);
  CHECK(kept.relations[1].target == kg::kNoIndex);
  CHECK(kept.relations[1].rule == "attended.verb");
  kg::ExtractionKeeper keeper;
  kg::KeptExtraction a = keeper.keep(x), b = keeper.keep(x);
  CHECK(a.relations[0].rule.c_str() == b.relations[0].rule.c_str());
  CHECK(a.mentions[0].rule.c_str() == b.mentions[0].rule.c_str());
}

TEST_CASE("kept extractions: a build resolves and assembles them as the extractions they keep") {
  // The same texts through the ItemExtraction overloads (which keep first) and through kept
  // extractions made by hand give the same graph.
  kg::Corpus corpus = make_corpus({"Ms Velka Orrin of the Dravik Institute attended. Orrin spoke.",
                                   "Mr Tomas Belcor met Ms Orrin in Vienna."});
  kg::Lexicon lexicon(project_rules());
  auto extractions = kg::extract_corpus(corpus, project_rules(), lexicon);
  kg::Resolution whole = kg::resolve(extractions, lexicon);
  kg::KnowledgeGraph expected = kg::assemble_graph(corpus, extractions, whole);
  std::vector<kg::ExtractedItem> items;
  for (std::size_t i = 0; i < extractions.size(); ++i)
    items.push_back(kg::extracted_item(corpus.items[i], extractions[i]));
  std::vector<kg::KeptExtraction> kept = kg::keep_extractions(extractions);
  kg::Resolution resolution = kg::resolve(kept, lexicon);
  CHECK(resolution.entity_of == whole.entity_of);
  kg::KnowledgeGraph graph =
      kg::assemble_graph(corpus.name, std::move(items), std::move(kept), std::move(resolution));
  std::ostringstream a, b;
  kg::write_graph_json(expected, a);
  kg::write_graph_json(graph, b);
  CHECK(a.str() == b.str());
  CHECK(graph.node_count() > corpus.items.size());
}

TEST_CASE("a person named with a patronymic, then by the given names alone, is one person") {
  auto b =
      build({"Ms Siti Aminah binti Rahmat of UNODC opened the course. Ms Siti Aminah closed it.",
             "Mr Ahmad Faizal bin Osman met Mr Ahmad Rahim."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Siti Aminah binti Rahmat") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Siti Aminah") == 0);
  // Another given name is another person.
  CHECK(count_named(b.graph, kg::NodeKind::person, "Ahmad Rahim") == 1);
  CHECK(kg::patronymic_at({"siti", "aminah", "binti", "rahmat"}) == 2);
  CHECK(kg::patronymic_at({"mwanaisha", "binti", "omar"}) == 0);  // one given name: no short form
  CHECK(kg::patronymic_at({"siti", "aminah", "binti"}) == 0);     // no father's name after it
  CHECK(kg::patronymic_at({"mwanaisha", "binti", "omar"}, 1) == 1);
}

TEST_CASE("one given name before a patronymic: 'Mr Nazrin' is Nazrin bin Abdul Latif") {
  auto b = build({"Mr Hafiz bin Abdul Karim of UNODC opened the course. Mr Hafiz closed it.",
                  "Mr Omar bin Salleh met Mr Omar bin Yusof. Mr Omar left."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Hafiz bin Abdul Karim") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Hafiz") == 0);
  // Two people of that given name in the item: "Mr Omar" stays apart.
  CHECK(count_named(b.graph, kg::NodeKind::person, "Omar") == 1);
}

namespace {

bool has_alias(const kg::KnowledgeGraph& graph, const std::string& name, const std::string& alias) {
  for (auto i : graph.nodes_sorted())
    if (graph.node(i).name == name)
      return std::count(graph.node(i).aliases.begin(), graph.node(i).aliases.end(), alias) > 0;
  return false;
}

}  // namespace

TEST_CASE("a country's mission named by its demonym, name or alias is one entity") {
  auto b =
      build({"The Dutch Embassy and UNICEF met. Ms Anna de Vries of the Embassy of the Kingdom "
             "of the Netherlands spoke.",
             "The Netherlands Embassy funded it.",
             "Mr Kenji Sato of the Japanese Embassy and Ms Aiko Mori of the Embassy of Japan came.",
             "The British High Commission and the High Commission of the United Kingdom met.",
             "The Swedish Permanent Mission and the Permanent Mission of Sweden to the United "
             "Nations in Vienna met."});
  const auto org = kg::NodeKind::organisation;
  CHECK(count_named(b.graph, org, "Embassy of the Kingdom of the Netherlands") == 1);
  CHECK(count_named(b.graph, org, "Dutch Embassy") == 0);
  CHECK(count_named(b.graph, org, "Netherlands Embassy") == 0);
  CHECK(has_alias(b.graph, "Embassy of the Kingdom of the Netherlands", "Dutch Embassy"));
  CHECK(has_alias(b.graph, "Embassy of the Kingdom of the Netherlands", "Netherlands Embassy"));
  CHECK(count_named(b.graph, org, "Japanese Embassy") == 0);
  CHECK(count_named(b.graph, org, "Embassy of Japan") == 1);
  CHECK(count_named(b.graph, org, "High Commission of the United Kingdom") == 1);
  CHECK(count_named(b.graph, org, "British High Commission") == 0);
  CHECK(count_named(b.graph, org, "Permanent Mission of Sweden to the United Nations in Vienna") ==
        1);
  CHECK(count_named(b.graph, org, "Swedish Permanent Mission") == 0);
  // The country itself stays a place of its own.
  CHECK(count_named(b.graph, kg::NodeKind::place, "Japan") <= 1);
  CHECK(count_kind(b.graph, org) == 5);  // UNICEF and the four missions
}

TEST_CASE("missions of other countries, other cities and EU delegations stay apart") {
  auto b = build({"The French Embassy in Dakar and the Embassy of France in Bamako met.",
                  "The Embassy of France in Dakar and the Embassy of Spain in Dakar met.",
                  "The Embassy of France spoke.",
                  "The EU Delegation to Senegal and the Delegation of the European Union to "
                  "Senegal met the Senegalese Embassy."});
  const auto org = kg::NodeKind::organisation;
  CHECK(count_named(b.graph, org, "Embassy of France in Dakar") == 1);  // the fullest form
  CHECK(count_named(b.graph, org, "French Embassy in Dakar") == 0);
  CHECK(has_alias(b.graph, "Embassy of France in Dakar", "French Embassy in Dakar"));
  CHECK(count_named(b.graph, org, "Embassy of France in Bamako") == 1);
  CHECK(count_named(b.graph, org, "Embassy of Spain in Dakar") == 1);
  // Named in an item of its own, with no city: maybe another French embassy.
  CHECK(count_named(b.graph, org, "Embassy of France") == 1);
  CHECK(count_named(b.graph, org, "EU Delegation to Senegal") +
            count_named(b.graph, org, "Delegation of the European Union to Senegal") >=
        1);
  CHECK(count_named(b.graph, org, "Senegalese Embassy") == 1);
}

TEST_CASE("a mission with no city joins the one of its item that has a city") {
  auto b = build({"The Embassy of Switzerland in Bolivia met UNICEF.",
                  "The Embassy of Switzerland in Serbia and the Swiss Embassy met."});
  const auto org = kg::NodeKind::organisation;
  CHECK(count_named(b.graph, org, "Embassy of Switzerland in Serbia") == 1);
  CHECK(has_alias(b.graph, "Embassy of Switzerland in Serbia", "Swiss Embassy"));
  CHECK(count_named(b.graph, org, "Embassy of Switzerland in Bolivia") == 1);
  CHECK(count_named(b.graph, org, "Swiss Embassy") == 0);
}

TEST_CASE("the first of two surnames, or a given name, alone joins the full name of its item") {
  auto b =
      build({"Captain Rafael Ignacio Quintero Barrachina, of the Guardia Civil, came. "
             "\"Training helps,\" Captain Quintero said.",
             "Rear Admiral Tomás Berganza de la Peña, of the Spanish Navy, spoke. Rear Admiral "
             "Berganza opened the course, with Ms Beatriz Larrañeta Ugalde. Ambassador "
             "Larrañeta Ugalde and Ms Larrañeta left.",
             "Commander Dawit Tesfaye Gebremedhin, of the Federal Police, spoke. Commander "
             "Dawit thanked them. Mr Dawit left.",
             "Commander Tesfaye, of the Navy, came."});
  CHECK(count_named(b.graph, kg::NodeKind::person, "Rafael Ignacio Quintero Barrachina") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Tomás Berganza de la Peña") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Beatriz Larrañeta Ugalde") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Dawit Tesfaye Gebremedhin") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Berganza") == 0);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Larrañeta") == 0);
  CHECK(count_named(b.graph, kg::NodeKind::person, "Dawit") == 0);
  // Only in the same item: elsewhere "Tesfaye" may be another person's only name.
  CHECK(count_named(b.graph, kg::NodeKind::person, "Tesfaye") == 1);
}

TEST_CASE("a delegation accredited to a country sits in a city that is no part of its name") {
  auto b = build({"Ms Ana Lind of the Delegation of the European Union to Colombia spoke.",
                  "The briefing was hosted by the Delegation of the European Union to Colombia in "
                  "Bogotá. Mr Olav Brekke of the Delegation of the European Union to the "
                  "International Organisations in Vienna spoke."});
  CHECK(count_named(b.graph, kg::NodeKind::organisation,
                    "Delegation of the European Union to Colombia") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::organisation,
                    "Delegation of the European Union to Colombia in Bogotá") == 0);
  CHECK(count_named(b.graph, kg::NodeKind::place, "Bogotá") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::organisation,
                    "EU Delegation to the International Organisations in Vienna") == 1);
}

TEST_CASE("a delegation named by its seat is the one the corpus accredits to that country") {
  auto b = build({"Ms Ana Lind of the Delegation of the European Union to Gabon and ECCAS spoke.",
                  "Mr Olav Brekke of the EU Delegation in Libreville spoke. Ms Rita Holm of the "
                  "EU Delegation in Luanda spoke. Mr Karl Stein of the EU Delegation in Vienna "
                  "spoke."});
  CHECK(count_named(b.graph, kg::NodeKind::organisation,
                    "Delegation of the European Union to Gabon and ECCAS") == 1);
  CHECK(count_named(b.graph, kg::NodeKind::organisation, "EU Delegation in Libreville") == 0);
  // No delegation to Angola named: the seat's form stays the name.
  CHECK(count_named(b.graph, kg::NodeKind::organisation, "EU Delegation in Luanda") == 1);
  // A member state's capital seats the delegation to the organisations there.
  CHECK(count_named(b.graph, kg::NodeKind::organisation,
                    "EU Delegation to the International Organisations in Vienna") == 1);
}

TEST_CASE("a delegation named by its seat stays apart when two are accredited to the country") {
  auto b =
      build({"Ms Ana Lind of the EU Delegation to Kenya spoke. Mr Ole Dahl of the EU "
             "Delegation to Kenya and Somalia spoke.",
             "Mr Olav Brekke of the EU Delegation in Nairobi spoke."});
  CHECK(count_named(b.graph, kg::NodeKind::organisation, "EU Delegation in Nairobi") == 1);
}

TEST_CASE("a unit named after its owner keeps its own name among its aliases") {
  auto b =
      build({"Mr Eko Varda, Chief of UNODC's Organized Crime and Illicit Trafficking "
             "Branch, opened the meeting."});
  const std::string branch = "Organised Crime and Illicit Trafficking Branch";
  CHECK(has_alias(b.graph, branch, "UNODC's Organized Crime and Illicit Trafficking Branch"));
  CHECK(has_alias(b.graph, branch, "Organized Crime and Illicit Trafficking Branch"));
  // Only forms the gazetteer knows: no made-up tail of the surface.
  CHECK_FALSE(has_alias(b.graph, branch, "Illicit Trafficking Branch"));
}

TEST_CASE("a programme named with its years keeps that form, owner left out, among its aliases") {
  // The gazetteer's programme keeps its owner in the surface; its name drops the years.
  auto b =
      build({"Norway funds the UNODC Regional Programme for Afghanistan and Neighbouring "
             "Countries 2031-2034.",
             "Ms Ida Varnek presented UNODC's Regional Programme for Afghanistan and "
             "Neighbouring Countries (2031 - 2035)."});
  const std::string programme = "Regional Programme for Afghanistan and Neighbouring Countries";
  CHECK(has_alias(b.graph, programme, programme + " 2031-2034"));
  CHECK(has_alias(b.graph, programme, programme + " (2031 - 2035)"));
  CHECK(has_alias(b.graph, programme, "UNODC " + programme + " 2031-2034"));
  // Only the name with its years: no shorter tail of it.
  CHECK_FALSE(has_alias(b.graph, programme, "Neighbouring Countries 2031-2034"));
}

TEST_CASE("a delegation written with its owner before or after its head is one body") {
  // The page's own name (its first line) is one form, an item's "EU Delegation to Senegal"
  // the other: one delegation.
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("kg-resolve-owner-order-" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream out(path);
    out << "Delegation of the European Union to Senegal\nNews\n\n"
           "18/12/2017 - Equipment for the airport unit\n\n"
           "Mr Moussa Ba, Director of OCRTIS, received the equipment from Ms Clara Aubry of UNODC, "
           "in the presence of Mr Luca Bernardi, Head of Cooperation at the EU Delegation.\n\n"
           "12/11/2017 - MEPs visit the port\n\n"
           "The visit was prepared by the EU Delegation. It ended with a dinner hosted by Ms Anne "
           "Lefort, Ambassador and Head of the EU Delegation to Senegal.\n";
  }
  kg::Corpus corpus = kg::read_corpus({path.string()});
  std::filesystem::remove(path);
  kg::Lexicon lexicon(project_rules());
  auto extractions = kg::extract_corpus(corpus, project_rules(), lexicon);
  auto graph = kg::assemble_graph(corpus, extractions, kg::resolve(extractions, lexicon));
  int delegations = 0;
  for (auto i : graph.nodes_sorted())
    if (graph.node(i).kind == kg::NodeKind::organisation &&
        graph.node(i).name.find("Senegal") != std::string::npos)
      ++delegations;
  CHECK(delegations == 1);
}
