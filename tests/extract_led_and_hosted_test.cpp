// Constructions of who leads whom and of bodies hosted by others, found missing on the
// twenty-sixth session's blind pages (heldout-blind68 to -blind71), each proved on invented
// sentences (the institutions are real, the people invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;
using kg_test::run_corpus;

TEST_CASE("represents.org_title_person: the body's acronym in brackets before the title") {
  auto x =
      run("The Royal Malaysia Police (PDRM) Deputy Inspector-General Tan Sri Azlan Karim and the "
          "Australian Federal Police (AFP) Deputy Commissioner Ian Whitcombe on Thursday signed "
          "a Memorandum of Understanding.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ian Whitcombe", "Australian Federal Police"));
}

TEST_CASE("represents.delegation_led_by: officers of a body led by a ranked person") {
  auto x =
      run("A delegation of eight senior officers of the Ministry of Interior of Montenegro, led by "
          "Police General Darko Vujović, Head of the Criminal Police Directorate, visited Vienna. "
          "Officers of Mali's Central Office for Narcotics (OCS), led by Commissioner Awa Keita, "
          "seized 2 tonnes of cannabis resin.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Darko Vujović",
                     "Ministry of Interior of Montenegro"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Darko Vujović", "Criminal Police Directorate"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Awa Keita", "Central Office for Narcotics"));
  // The police rank is no EU Commissioner's office.
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Awa Keita", "European Union"));
  auto eu =
      run("The meeting with Commissioner Ilse Brandt took place in Brussels with the "
          "European Commission.");
  CHECK(has_relation(eu, kg::EdgeKind::represents, "Ilse Brandt", "European Commission"));
}

TEST_CASE("organisation.owner_mission: a body's mission or liaison office to another body") {
  auto x = run(
      "Ambassador Selam Tadesse, Head of the African Union Mission to the European Union, and Ms "
      "Rania Haddad, Head of the UNODC Liaison Office to the African Union, spoke in Addis Ababa.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Selam Tadesse",
                     "African Union Mission to the European Union"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rania Haddad",
                     "UNODC Liaison Office to the African Union"));
  // A team or a meeting of a body in a place is no mission.
  auto team =
      run("Ms Ana Pires of the EU Trust Fund team in DG DEVCO met the G5 Sahel Permanent "
          "Secretariat in Nouakchott.");
  CHECK(find(team, "Nouakchott") != nullptr);
}

TEST_CASE("attended.presented_to_body: a body's Member States in its working party") {
  auto x = run(
      "Ms Lina Haddad, Head of the UNODC Programme Office in Jordan, travelled to Brussels to "
      "present UNODC's work in Jordan to EU Member States in the Council's Working Party on the "
      "Mashreq/Maghreb (MaMa).");
  for (const char* body :
       {"European Union", "Council of the European Union", "Working Party on the Mashreq/Maghreb"})
    CHECK(has_relation(x, kg::EdgeKind::attended, body));
}

TEST_CASE("ranks and titles: Sub-Commissioner and Comptroller before a name, no EU office") {
  auto x = run(
      "Sub-Commissioner Julio Ayala Funes of the National Civil Police (PNC) described the "
      "destruction of 6,000 weapons. Deputy Comptroller Chiamaka Obi of the Nigeria Customs "
      "Service and Mr Rohan Ali, Acting Comptroller of the Customs and Excise Division, spoke.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Julio Ayala Funes", "National Civil Police"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Julio Ayala Funes", "European Union"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Chiamaka Obi", "Nigeria Customs Service"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rohan Ali", "Customs and Excise Division"));
  // A dash before the title still lets an EU Commissioner be one.
  auto eu = run("Mombasa - Commissioner Ilse Brandt visited the Port Control Unit.");
  CHECK(has_relation(eu, kg::EdgeKind::represents, "Ilse Brandt", "European Union"));
}

TEST_CASE("organisation.head_noun: 'the National Guard' names a country's force") {
  auto x = run("The Ambassador was briefed by Colonel Hedi Mansour of the National Guard.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Hedi Mansour", "National Guard"));
}

TEST_CASE("place.park: a surname Park before an apposition is a person's") {
  auto x = run("Minji Park, Officer at UNODC, presented data gathered in Lumo National Park.");
  const kg::Mention* person = find(x, "Minji Park");
  REQUIRE(person != nullptr);
  CHECK(person->kind == kg::NodeKind::person);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Minji Park", "UNODC"));
  const kg::Mention* park = find(x, "Lumo National Park");
  REQUIRE(park != nullptr);
  CHECK(park->kind == kg::NodeKind::place);
}

TEST_CASE("shortened bodies: a body's name without its nationality adjective is that body") {
  auto x =
      run("The officers were hosted by the Latvian State Border Guard in Daugavpils. They then "
          "visited the State Border Guard training centre in Rezekne.");
  const kg::Mention* full = find(x, "Latvian State Border Guard");
  REQUIRE(full != nullptr);
  int shortened = 0;
  for (const auto& m : x.mentions)
    if (!m.removed && m.surface == "State Border Guard") {
      ++shortened;
      CHECK(m.name == full->name);
    }
  CHECK(shortened == 1);
}

TEST_CASE("represents.unit_owner: a unit named once with its owner speaks for it later too") {
  // Through the corpus's two passes: the second finds the unit's name the first learned.
  auto items = run_corpus(
      {"Investigators from the Environmental Police Department of the Ministry of Public "
       "Security completed a course. Lieutenant Colonel Tran Thi Mai of the Environmental Police "
       "Department described a case."});
  REQUIRE(items.size() == 1);
  CHECK(has_relation(items[0], kg::EdgeKind::represents, "Tran Thi Mai",
                     "Environmental Police Department"));
  CHECK(has_relation(items[0], kg::EdgeKind::represents, "Tran Thi Mai",
                     "Ministry of Public Security"));
}

TEST_CASE("represents.unit_owner: two units of one name with two owners give no other owner") {
  auto items = run_corpus(
      {"Ms Ana Lopes, Head of the Legal Affairs Department of the Ministry of Justice, met DG "
       "HOME. Mr Jan Berg, Head of the Legal Affairs Department of the Ministry of Finance, also "
       "attended. Ms Eva Holm of the Legal Affairs Department took notes."});
  REQUIRE(items.size() == 1);
  const kg::ItemExtraction& x = items[0];
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Lopes", "Ministry of Justice"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Ana Lopes", "Ministry of Finance"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jan Berg", "Ministry of Finance"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Jan Berg", "Ministry of Justice"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Eva Holm", "Ministry of Justice"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Eva Holm", "Ministry of Finance"));
}
