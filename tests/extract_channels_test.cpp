// Constructions found missing on held-out pages in the fiftieth session. Each is proved on
// invented sentences (bodies, programmes and places real, people invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::has_relation;
using kg_test::run_both_passes;

TEST_CASE("funds: a donor's contribution 'provided under' an instrument 'as part of' a frame") {
  auto x = run_both_passes(
      "Border officers in Dakar were trained under the Global Maritime Crime Programme. The "
      "programme is funded by the European Union and Denmark. The EU's contribution is provided "
      "under the Instrument contributing to Stability and Peace as part of the EU's Critical "
      "Maritime Routes Programme.");
  for (const char* donor : {"European Union", "Instrument contributing to Stability and Peace"}) {
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Global Maritime Crime Programme"));
    CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, donor, "Critical Maritime Routes Programme"));
  }
}

TEST_CASE("funds: the body a donor's money is provided through funds too") {
  auto x = run_both_passes(
      "The new scanners came with a grant of USD 1.5 million from Japan to the Container Control "
      "Programme in West Africa for 2021-2023, channelled through the Japan International "
      "Cooperation Agency.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Container Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan International Cooperation Agency",
                     "Container Control Programme"));
}

TEST_CASE("funds: 'manages the X funds' names a fund's manager, not a funder") {
  auto x = run_both_passes(
      "Ms Oda Lindqvist of the Service for Foreign Policy Instruments, which manages the IcSP "
      "funds for the Commission, recalled that the network began under the Container Control "
      "Programme.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                           "Container Control Programme"));
  // The verb "funds" still funds, and a manager of a funded project says nothing against it.
  auto y = run_both_passes(
      "The Service for Foreign Policy Instruments manages the IcSP, which funds the Container "
      "Control Programme.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Container Control Programme"));
}

TEST_CASE("funds: 'The expansion is financed by X' refers back to the programme expanded") {
  auto x = run_both_passes(
      "The Ministry of Health and UNODC announced the expansion of the Listen First Programme to "
      "twelve provinces. The expansion is financed by the Ministry of Health with EUR 900,000.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Ministry of Health", "Listen First"));
}

TEST_CASE("funds: a sum between the funder and 'under' the programme paid for") {
  auto x = run_both_passes(
      "The survey was financed by Sweden with SEK 4 million under the Global Programme against "
      "Money Laundering.");
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "Sweden", "Global Programme against Money Laundering"));
}

TEST_CASE("funds: 'confirmed a contribution to the X project of Y' funds Y") {
  auto x = run_both_passes(
      "DG INTPA confirmed a contribution of EUR 3 million to the Sahel project of UNODC's Global "
      "Programme against Smuggling of Migrants.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "DG INTPA",
                     "Global Programme against Smuggling of Migrants"));
}

TEST_CASE("funds: 'Its activities in X are financed under Y as part of Z' are the programme's") {
  auto x = run_both_passes(
      "The Airport Communication Project links airports in Africa. Its activities in Africa are "
      "financed under the Instrument contributing to Stability and Peace as part of the Cocaine "
      "Route Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "AIRCOP"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                           "Cocaine Route Programme"));
  auto y = run_both_passes(
      "The Global SMART Programme monitors synthetic drugs. Its activities in Viet Nam are funded "
      "by Japan.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Global SMART Programme"));
}

TEST_CASE("funds: 'financed by X as a separate sub-project, \"Y\"' ends the funders at 'as'") {
  auto x = run_both_passes(
      "The Unplugged Programme reaches schools in Central Asia. The extension is financed by the "
      "European Union as a separate sub-project, \"Unplugged Kyrgyzstan 2024-2025\", with EUR "
      "300,000.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Kyrgyzstan", "Unplugged Programme"));
}

TEST_CASE("mentions: no name starts inside a word ('(A2J Project)' gives no 'J Project')") {
  auto x = run_both_passes(
      "UNDP will link it to its Access to Justice Project (A2J Project), funded by Denmark.");
  CHECK(kg_test::find(x, "J Project") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Denmark", "Access to Justice Project"));
}

TEST_CASE("persons: a professional title after a name is no person ('Chief Narcologist')") {
  auto x = run_both_passes(
      "Dr Petru Ursu, Chief Narcologist of the Ministry of Health, presented the treatment "
      "figures.");
  CHECK(kg_test::find(x, "Narcologist") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Petru Ursu", "Ministry of Health"));
}

TEST_CASE("represents: a delegation of a body of a country, led by its officer") {
  auto x = run_both_passes(
      "A delegation of the Financial Intelligence Unit (FIU) of Georgia, led by its Deputy Head, "
      "Ms Nino Beridze, visited The Hague.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Nino Beridze", "Financial Intelligence Unit"));
}

TEST_CASE("represents: 'who will head X at Y' speaks for both; 'who will chair' does not yet") {
  auto x = run_both_passes(
      "\"We will act fast,\" said Mr Tomas Berg, who will head the European Counter Terrorism "
      "Centre at Europol.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tomas Berg", "Europol"));
  auto y = run_both_passes(
      "Ms Ana Pires, who will chair the Horizontal Working Party on Drugs from July, presented the "
      "programme of the incoming presidency.");
  CHECK_FALSE(
      has_relation(y, kg::EdgeKind::represents, "Ana Pires", "Horizontal Working Party on Drugs"));
}

TEST_CASE("represents: 'X, the EU's mission in Y, whose Head of Operations, Mr A,'") {
  auto x = run_both_passes(
      "The seminar heard from EUCAP Sahel Mali, the European Union's civilian mission in Mali, "
      "whose Head of Operations, Mr Lars Dahl, described the mission's work.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lars Dahl", "EUCAP Sahel Mali"));
}

TEST_CASE("organisations: a federation's name before a country names its member there") {
  auto x = run_both_passes(
      "Ms Olena Hrytsenko, Director of La Strada Ukraine, and Mr Nika Beridze of Transparency "
      "International Georgia spoke on the panel.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Olena Hrytsenko", "La Strada Ukraine"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Nika Beridze",
                     "Transparency International Georgia"));
  // The country inside the member's name is no place mention.
  CHECK(kg_test::find(x, "Ukraine") == nullptr);
}

TEST_CASE("persons: 'Resident' and 'Cultural Heritage' inside a title are no names") {
  auto x = run_both_passes(
      "Ms Hana Sato, UNDP Deputy Resident Representative, and Mr Marco Greco, the mission's "
      "Cultural Heritage Adviser, opened the exhibition.");
  CHECK(kg_test::find(x, "Resident") == nullptr);
  CHECK(kg_test::find(x, "Cultural Heritage") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Hana Sato",
                     "United Nations Development Programme"));
}

TEST_CASE("represents: a title between two people with an article or its own first words") {
  // "the Head of X" between a comma and the next person is that person's.
  auto x = run_both_passes(
      "The handover took place in the presence of the Secretary-General of the Ministry of "
      "Justice, Mr Issa Kandine, the Head of the Delegation of the European Union to Chad, "
      "Ambassador Lena Hoff, and UNODC staff.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Issa Kandine", "Ministry of Justice"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Issa Kandine",
                           "Delegation of the European Union to Chad"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Hoff",
                     "Delegation of the European Union to Chad"));
  // "First Counsellor at X" right after a person and a comma is that person's.
  auto y = run_both_passes(
      "The ceremony was held in the presence of Mr Paul Renard, First Counsellor at the EU "
      "Delegation to Chad, Mr Jan Smit, Head of the field office of EUCAP Sahel Niger, and UNODC "
      "staff.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Paul Renard", "EU Delegation to Chad"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Jan Smit", "EU Delegation to Chad"));
}

TEST_CASE("programmes: INCB's projects are programmes that donors fund") {
  auto x = run_both_passes(
      "INCB Learning is funded by the Governments of Australia and France and by the European "
      "Union.");
  for (const char* donor : {"Australia", "France", "European Union"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "INCB Learning"));
}

TEST_CASE("represents: a police commissioner who heads a national body is no EU Commissioner") {
  auto x = run_both_passes(
      "The Central Office against Drug Trafficking (OCLAD) hosted the visit. The Director of the "
      "OCLAD, Commissioner Amadou Sow, thanked the donors.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Amadou Sow", "European Union"));
  auto y = run_both_passes(
      "The Joint Airport Interdiction Task Force (JAITF) seized cocaine. \"We act fast,\" said "
      "Commissioner Awa Diallo, head of the JAITF.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Awa Diallo", "European Union"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Awa Diallo",
                     "Joint Airport Interdiction Task Force"));
  // The EU office itself is still read.
  auto z = run_both_passes("Commissioner Ylva Larsen met the Executive Director of UNODC.");
  CHECK(has_relation(z, kg::EdgeKind::represents, "Ylva Larsen", "European Union"));
}

TEST_CASE("programmes: the EU's Programme to promote Regional Maritime Security is MASE") {
  auto x = run_both_passes(
      "The centre was built under the Programme to promote Regional Maritime Security (MASE), "
      "which "
      "is funded by the European Union and coordinated by the Indian Ocean Commission.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "MASE"));
}

TEST_CASE("funds: the funders end at ', and with', ', and on' and ', now connects'") {
  auto x = run_both_passes(
      "The project works with the Border Management Programme in Central Asia, also funded by the "
      "European Union, and with the Afghan Border Police.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Afghan Border Police",
                           "Border Management Programme in Central Asia"));
  auto y = run_both_passes(
      "Ms Berg briefed her on GLO.ACT, funded by the European Union, and on its results in "
      "Belarus and Colombia.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union", "GLO.ACT"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Colombia", "GLO.ACT"));
  auto z = run_both_passes(
      "AIRCOP, which is funded by the European Union and Japan, now connects task forces in "
      "Africa and the Middle East.");
  CHECK(has_relation(z, kg::EdgeKind::funds, "Japan", "AIRCOP"));
  CHECK_FALSE(has_relation(z, kg::EdgeKind::funds, "Middle East", "AIRCOP"));
}

TEST_CASE("funds: 'The campaign was developed with X and is financed by Y'") {
  auto x = run_both_passes(
      "The Ministry of Health launched \"Clean Ports\", a national awareness campaign. The "
      "campaign "
      "was developed with UNODC and is financed by the European Union and Sweden.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Sweden", "Clean Ports"));
}

TEST_CASE("programmes: a quoted French programme name before its acronym") {
  auto x = run_both_passes(
      "UNODC launched the \"Programme d'Appui à la Justice Pénale au Tchad\" (PAJP), funded by "
      "the European Union.");
  const kg::Mention* programme = kg_test::find(x, "Programme d'Appui à la Justice Pénale au Tchad");
  REQUIRE(programme != nullptr);
  CHECK(programme->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Programme d'Appui à la Justice Pénale au Tchad"));
}

TEST_CASE(
    "organisations: a nationality or country before the Red Cross names its national society") {
  auto x = run_both_passes(
      "The project is run with the Irish Red Cross and the Kenya Red Cross Society, and the Red "
      "Cross movement welcomed it.");
  CHECK(kg_test::find(x, "Irish Red Cross") != nullptr);
  CHECK(kg_test::find(x, "Kenya Red Cross Society") != nullptr);
  CHECK(kg_test::find(x, "Kenya") == nullptr);
  CHECK(kg_test::find(x, "Red Cross") != nullptr);
}

TEST_CASE("organisations: 'the Delegations of the European Union' in the plural name no body") {
  auto x = run_both_passes("UNODC briefed the Delegations of the European Union in the region.");
  CHECK(kg_test::find(x, "Delegations of the European Union") == nullptr);
  CHECK(kg_test::find(x, "European Union") != nullptr);
}

TEST_CASE("programmes: a correctional or storage 'Facility' is a building, not a programme") {
  auto x = run_both_passes(
      "UNODC opened a clinic at the Chikurubi Maximum Security Correctional Facility, the first "
      "set up under the Prison Health Project for Southern Africa. The project is funded with EUR "
      "900,000 from Sweden and EUR 300,000 from Ireland through Irish Aid.");
  CHECK(kg_test::find(x, "Chikurubi Maximum Security Correctional Facility") == nullptr);
  for (const char* donor : {"Sweden", "Ireland", "Irish Aid"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Prison Health Project for Southern Africa"));
  // A facility that is a programme keeps its reading.
  auto y = run_both_passes(
      "The Asset Recovery Facility for the Western Balkans is funded by the European Union.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union",
                     "Asset Recovery Facility for the Western Balkans"));
}

TEST_CASE("funds: 'the X's activities in Y are financed by Z' funds X") {
  auto x = run_both_passes(
      "The course is part of the Pacific-European Union Marine Partnership Programme, financed by "
      "the European Union, while the Global Maritime Crime Programme's activities in the Pacific "
      "are financed by Norway.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Global Maritime Crime Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Norway",
                           "Pacific-European Union Marine Partnership Programme"));
}
