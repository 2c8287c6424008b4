// Extraction rules, one test per rule at least, on invented sentences, with the project's
// rules folder (its gazetteers hold real institutions; the people here are invented).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::project_rules;
using kg_test::run;

TEST_CASE("sentences: abbreviations and initials do not end a sentence") {
  std::vector<kg::Span> noise;
  std::string text = "Mr. Karl A. Ostrow met Dr. Lee. Then they left.";
  auto sentences = kg::split_sentences(text, false, project_rules(), noise);
  CHECK(sentences.size() == 2);
}

TEST_CASE("noise.photo_credit: the credit is no mention, the caption is marked") {
  auto x = run("Tom Fisk and Ana Lindgren - Image © UNICEFMs Ana Lindgren opened the session.");
  const kg::Mention* unicef = find(x, "UNICEF");
  CHECK(unicef == nullptr);
  const kg::Mention* ana = find(x, "Ana Lindgren");
  REQUIRE(ana != nullptr);
  CHECK(ana->rule == "person.honorific_name");
  CHECK(x.sentences.size() >= 3);
  CHECK(x.sentences[1].caption);
}

TEST_CASE("noise.credit_author_before: author before the sign") {
  auto x = run("Photo UNICEF © Oslo, 2 May: the meeting opened.");
  CHECK(find(x, "UNICEF") == nullptr);
}

TEST_CASE("person.honorific_name") {
  auto x = run("Ms Jane Doeson visited the town.");
  const auto* m = find(x, "Jane Doeson");
  REQUIRE(m != nullptr);
  CHECK(m->rule == "person.honorific_name");
  CHECK(m->kind == kg::NodeKind::person);
}

TEST_CASE("person.honorific_name: a one-word place after a name is the surname") {
  auto x = run("Ms Ana Lima visited Paris.");
  CHECK(find(x, "Ana Lima") != nullptr);
  CHECK(find(x, "Lima") == nullptr);
  CHECK(find(x, "Paris") != nullptr);
}

TEST_CASE("person.honorific_list") {
  auto x = run("The picture shows Messrs de Wit, Lund and Okafor.");
  CHECK(find(x, "de Wit") != nullptr);
  CHECK(find(x, "Lund") != nullptr);
  CHECK(find(x, "Okafor") != nullptr);
}

TEST_CASE("person.title_name") {
  auto x = run("The talks were opened by Commissioner Anna Kowalska yesterday.");
  const auto* m = find(x, "Anna Kowalska");
  REQUIRE(m != nullptr);
  CHECK(m->rule == "person.title_name");
}

TEST_CASE("person.title_complement_name") {
  auto x = run("It was chaired by the Commissioner for Trade and Industry Olga Berg, and others.");
  const auto* m = find(x, "Olga Berg");
  REQUIRE(m != nullptr);
  CHECK(m->rule == "person.title_complement_name");
}

TEST_CASE("person.name_comma_title and represents.apposition") {
  auto x = run("Piotr Nowak, Senior Programme Officer at the European Commission, came to Oslo.");
  const auto* m = find(x, "Piotr Nowak");
  REQUIRE(m != nullptr);
  CHECK(m->rule == "person.name_comma_title");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Piotr Nowak", "European Commission"));
}

TEST_CASE("person.names_both_title") {
  auto x = run("Ana Lindgren and Tom Berg, both experts, spoke.");
  CHECK(find(x, "Ana Lindgren") != nullptr);
  CHECK(find(x, "Tom Berg") != nullptr);
}

TEST_CASE("person.title_comma_name") {
  auto x = run("The event was hosted by the Minister of Justice of Freedonia, Karl Ostrow.");
  const auto* m = find(x, "Karl Ostrow");
  REQUIRE(m != nullptr);
}

TEST_CASE("person.name_from_org and represents.person_from_org") {
  auto x = run("The panel heard Lena Vos from UNICEF.");
  REQUIRE(find(x, "Lena Vos") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Vos", "UNICEF"));
}

TEST_CASE("person.name_representing and represents.to_represent") {
  auto x = run("Mia Holt, representing UNICEF, closed the day.");
  REQUIRE(find(x, "Mia Holt") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Mia Holt", "UNICEF"));
}

TEST_CASE("person.name_verb") {
  auto x = run("Yesterday, Piet Smeets attended the fair.");
  CHECK(find(x, "Piet Smeets") != nullptr);
}

TEST_CASE("no person for month names, weekdays and sentence starters") {
  auto x = run("On Monday, May Day was held. More here. Follow the news on Twitter.");
  for (const auto& m : x.mentions) CHECK_MESSAGE(m.kind != kg::NodeKind::person, m.name);
}

TEST_CASE("organisation.owner_unit keeps the owner as a mention") {
  auto x = run("Mr Bo Lind, Chief of UNICEF's Fish Stock Assessment Section, spoke.");
  const auto* unit = find(x, "Fish Stock Assessment Section");
  REQUIRE(unit != nullptr);
  CHECK(unit->rule == "organisation.owner_unit");
  CHECK(find(x, "UNICEF") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Bo Lind", "Fish Stock Assessment Section"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Bo Lind", "UNICEF"));
}

TEST_CASE("organisation.unit_at_owner") {
  auto x = run("She works in the Fish Stock Assessment Section at UNICEF.");
  CHECK(find(x, "Fish Stock Assessment Section") != nullptr);
}

TEST_CASE("organisation.office_for") {
  auto x = run("The Regional Office for Oceania opened.");
  CHECK(find(x, "Regional Office for Oceania") != nullptr);
}

TEST_CASE("organisation.ministry") {
  auto x = run("It was organised with the Freedonian Ministry of Fisheries and Tides.");
  CHECK(find(x, "Freedonian Ministry of Fisheries and Tides") != nullptr);
}

TEST_CASE("organisation.university") {
  auto x = run("Students from Lakeside University joined.");
  CHECK(find(x, "Lakeside University") != nullptr);
}

TEST_CASE("organisation.head_noun, but not a generic name") {
  auto x = run("The Baltic Maritime Research Centre met the Steering Committee.");
  CHECK(find(x, "Baltic Maritime Research Centre") != nullptr);
  CHECK(find(x, "Steering Committee") == nullptr);
}

TEST_CASE("programme.named with a complement and an owner") {
  auto x = run("UNICEF's Global Programme on Piracy at Sea grew.");
  const auto* m = find(x, "Global Programme on Piracy at Sea");
  CHECK((m != nullptr || find(x, "Global Programme on Piracy") != nullptr));
  CHECK(find(x, "UNICEF") != nullptr);
}

TEST_CASE("programme.acronym_before_word and acronym.after_mention") {
  auto x = run("The Blue Shield Campaign (BSC) started. The XYZ programme ended.");
  CHECK(find(x, "Blue Shield Campaign") != nullptr);
  CHECK(find(x, "XYZ") != nullptr);
  bool learned = std::any_of(x.acronyms.begin(), x.acronyms.end(), [](const auto& a) {
    return a.first == "BSC" && a.second == "Blue Shield Campaign";
  });
  CHECK(learned);
}

TEST_CASE("programme.hashtag and programme.operation") {
  auto x = run("The #StopIt campaign and Operation Nightfall were praised.");
  CHECK(find(x, "#StopIt") != nullptr);
  CHECK(find(x, "Operation Nightfall") != nullptr);
}

TEST_CASE("place.port_of") {
  auto x = run("Containers reached the Port of Gdynia.");
  CHECK(find(x, "Port of Gdynia") != nullptr);
}

TEST_CASE("represents.org_title_person and represents.parenthetical") {
  auto x =
      run("UNICEF Regional Director Ms Eva Lund spoke. Tom Berg (UNICEF Representative) listened.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "UNICEF"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tom Berg", "UNICEF"));
}

TEST_CASE("represents.org_possessive_person and represented_by") {
  auto x = run("UNICEF's Ms Eva Lund opened it. UNHCR was represented by Mr Bo Lind.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "UNICEF"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Bo Lind", "UNHCR"));
}

TEST_CASE("represents.title_then_person and persons_from_org") {
  auto x =
      run("The reporting officer from UNICEF, Ms Eva Lund, came. Ms Ida Berg and Ms Mia Holt from "
          "UNHCR came too.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "UNICEF"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ida Berg", "UNHCR"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Mia Holt", "UNHCR"));
}

TEST_CASE("attended: subject verbs, agents, meetings, counterparts, partnerships") {
  auto x =
      run("UNICEF attended the forum. It was hosted by the European Parliament. "
          "They met with UNHCR. EU counterparts joined. "
          "In partnership with the World Bank, the workshop ran. It was held at the European "
          "Commission.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNICEF"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Parliament"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNHCR"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Union"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "World Bank"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Commission"));
}

TEST_CASE("attended: people in captions are mentioned, not attending") {
  auto x = run(
      "Eva Lund and Bo Lind - Image © UNICEFThe fair opened. Ms Eva Lund, UNICEF Director, came.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Eva Lund"));
  CHECK(!has_relation(x, kg::EdgeKind::attended, "Bo Lind"));
}

TEST_CASE("attended.title_org: bodies in the title are parties") {
  auto x = run("Talks went well.", "UNICEF-UNHCR talks on water");
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNICEF"));
}

TEST_CASE("funds: passive, prefix, list, donor") {
  auto x =
      run("The Blue Shield Campaign is funded by the European Union. "
          "The EU-funded Clean Rivers Project grew. "
          "Funded by Norway and Japan, the Safe Roads Initiative expanded. "
          "The Dry Lands Programme met. The meeting was hosted by the donor, UNICEF.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Blue Shield Campaign"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Clean Rivers Project"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Safe Roads Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Safe Roads Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "UNICEF", "Dry Lands Programme"));
}

TEST_CASE("funds.support_from") {
  auto x = run("The Dry Lands Programme runs with funding from the World Bank.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "World Bank", "Dry Lands Programme"));
}

TEST_CASE("funds: implementers are not funders") {
  auto x =
      run("The Clean Rivers Project is co-funded by Norway and implemented by UNICEF and UNHCR.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Clean Rivers Project"));
  CHECK(!has_relation(x, kg::EdgeKind::funds, "UNICEF", "Clean Rivers Project"));
  CHECK(!has_relation(x, kg::EdgeKind::funds, "UNHCR", "Clean Rivers Project"));
}

TEST_CASE("funds.it_is_funded: the campaign, funded by X, refers to the programme before") {
  auto x =
      run("Ms Eva Lund presented the Blue Shield Campaign. The campaign, funded by Japan, "
          "reaches schools.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Blue Shield Campaign"));
}

TEST_CASE("programme.named: a name may start with a place") {
  auto x = run("Experts from Kenya reviewed the Central Asia Water Safety Initiative.");
  const kg::Mention* m = find(x, "Central Asia Water Safety Initiative");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::programme);
  CHECK(find(x, "Central Asia") == nullptr);
}

TEST_CASE("funds: the programme is financed by X, anaphora; amounts and clauses end sources") {
  auto x =
      run("The Lake Chad Basin Clean Water Programme started in 2021. The programme is "
          "financed by Norway with EUR 3 million and will support farmers in Chad.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Lake Chad Basin Clean Water Programme"));
  CHECK(!has_relation(x, kg::EdgeKind::funds, "Chad", "Lake Chad Basin Clean Water Programme"));
}

TEST_CASE("organisation.delegation_to: an EU Delegation to a place is one organisation") {
  auto x = run("Mr Karl Ostrow met the EU Delegation to Peru in Lima.");
  const kg::Mention* m = find(x, "EU Delegation to Peru");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::organisation);
  CHECK(find(x, "Peru") == nullptr);
  CHECK(find(x, "Lima") != nullptr);
}

TEST_CASE("attended.met_and_with: colleagues of Y and Z after a met clause attend") {
  auto x =
      run("Ms Eva Lund met with Mr Karl Ostrow, Director at UNICEF, and with officials of "
          "UNHCR and the World Bank to discuss water.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNHCR"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "World Bank"));
}

TEST_CASE("attended.met_with: a videoconference with X and Y") {
  auto x = run("Ms Eva Lund held a videoconference with UNHCR and the World Bank.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNHCR"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "World Bank"));
}

TEST_CASE("organisation: a name ends before 'and' and an honorific") {
  auto x = run("Mr Karl Ostrow of the Peruvian Ministry of Water and Ms Eva Lund spoke.");
  const kg::Mention* m = find(x, "Peruvian Ministry of Water");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::organisation);
  CHECK(find(x, "Eva Lund") != nullptr);
}

TEST_CASE("organisation.unit_at_owner: an owned unit of generic words, without a job title") {
  auto x = run("Ms Eva Lund, Chief of the Organized Crime Prevention Section of UNICEF, spoke.");
  const kg::Mention* m = find(x, "Organized Crime Prevention Section");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::organisation);
}

TEST_CASE("organisation.head_noun: a name may start with a place") {
  auto x =
      run("The workshop was opened by the Northern and Central Asia Clearinghouse for Clean "
          "Water and Sanitation in Lima.");
  const kg::Mention* m =
      find(x, "Northern and Central Asia Clearinghouse for Clean Water and Sanitation");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::organisation);
  CHECK(find(x, "Central Asia") == nullptr);
}

TEST_CASE("organisation.head_noun: 'and the' joins two names, it is not inside one") {
  auto x = run("The Freedonian Police Service and the Sylvanian Immigration Service attended.");
  CHECK(find(x, "Freedonian Police Service") != nullptr);
  CHECK(find(x, "Sylvanian Immigration Service") != nullptr);
  CHECK(find(x, "Freedonian Police Service and the Sylvanian Immigration Service") == nullptr);
}

TEST_CASE("organisation.head_noun: national customs, navies and armed forces") {
  auto x = run("Officials of the Freedonian Customs Administration and the Sylvanian Navy met.");
  CHECK(find(x, "Freedonian Customs Administration") != nullptr);
  CHECK(find(x, "Sylvanian Navy") != nullptr);
  auto staff = run("Staff of the Freedonian Coast Guard joined the patrol.");
  CHECK(find(staff, "Freedonian Coast Guard") != nullptr);
  CHECK(find(staff, "Staff of the Freedonian Coast Guard") == nullptr);
}

TEST_CASE("person.surname_in_item: a surname alone joins the item's person") {
  auto x = run("Ms Eva Lundqvist came. Later Lundqvist spoke.");
  int count = 0;
  for (const auto& m : x.mentions)
    if (!m.removed && m.rule == "person.surname_in_item") ++count;
  CHECK(count == 1);
}
