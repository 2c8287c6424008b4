// funds: donors, agencies and instruments that pay for programmes, on invented sentences
// (the gazetteers hold real countries and agencies; programmes and people are invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

namespace {
bool funds(const kg::ItemExtraction& x, const std::string& source, const std::string& target) {
  return has_relation(x, kg::EdgeKind::funds, source, target);
}
}  // namespace

TEST_CASE("funds.contributed_to: a country contributes an amount to one or several programmes") {
  auto x =
      run("The Government of Japan contributed USD 2.5 million to the Safe Harbours Programme. "
          "Germany provided EUR 5 million to the Clean Courts Initiative and the Open Seas "
          "Project. Switzerland will provide CHF 2 million to support the second phase of the "
          "Alpine Routes Project.");
  CHECK(funds(x, "Japan", "Safe Harbours Programme"));
  CHECK(funds(x, "Germany", "Clean Courts Initiative"));
  CHECK(funds(x, "Germany", "Open Seas Project"));
  CHECK(funds(x, "Switzerland", "Alpine Routes Project"));
}

TEST_CASE("funds.contributed_to: 'provided' needs money, 'provided support' is no funding") {
  auto x = run("Norway provided support to the Desert Wells Programme.");
  CHECK(!funds(x, "Norway", "Desert Wells Programme"));
  auto y = run("Norway provided funding for the Desert Wells Programme.");
  CHECK(funds(y, "Norway", "Desert Wells Programme"));
}

TEST_CASE("programme.coordinated: two programmes joined by 'and' are two names") {
  auto x =
      run("Denmark pledged EUR 3 million to the Safe Seas Programme and the Clean Courts "
          "Initiative.");
  CHECK(find(x, "Safe Seas Programme") != nullptr);
  CHECK(find(x, "Clean Courts Initiative") != nullptr);
  CHECK(find(x, "Safe Seas Programme and the Clean Courts Initiative") == nullptr);
  CHECK(funds(x, "Denmark", "Clean Courts Initiative"));
}

TEST_CASE("funds.support_from: 'thanks to a contribution from the Government of X'") {
  auto x =
      run("The Green Border Project opened thanks to a generous contribution from the "
          "Government of Germany. With a contribution of EUR 500,000 from the Agence Française "
          "de Développement, the Urban Youth Project will open two centres.");
  CHECK(funds(x, "Germany", "Green Border Project"));
  CHECK(funds(x, "Agence française de développement", "Urban Youth Project"));
}

TEST_CASE("funds.possessive_contribution and funds.thanked_for_contribution") {
  auto x =
      run("The United States' contribution of USD 4 million to the Border Light Initiative was "
          "announced. Mr Ivo Kranjc thanked the European Union for its substantial contribution "
          "to the Coral Sea Programme.");
  CHECK(funds(x, "United States", "Border Light Initiative"));
  CHECK(funds(x, "European Union", "Coral Sea Programme"));
}

TEST_CASE("funds.money_given: the programme comes in the next sentence") {
  auto x =
      run("Sweden announced a new contribution of SEK 20 million. The funds will support the "
          "Green Border Project.");
  CHECK(funds(x, "Sweden", "Green Border Project"));
}

TEST_CASE("funds.signed_agreement: the donor signs, the co-signing UN agency does not fund") {
  auto x =
      run("Canada and UNODC signed an agreement for the Northern Trails Programme worth CAD "
          "1 million.");
  CHECK(funds(x, "Canada", "Northern Trails Programme"));
  CHECK(!funds(x, "UNODC", "Northern Trails Programme"));
  auto y =
      run("The European Union and UNODC have signed an agreement worth EUR 6 million to fight "
          "wildlife crime. This signature opens a new chapter. The four-year programme will be "
          "implemented by the Forest Guardians Programme.");
  CHECK(funds(y, "European Union", "Forest Guardians Programme"));
  CHECK(!funds(y, "UNODC", "Forest Guardians Programme"));
  auto z =
      run("The EU and UNODC signed a Memorandum of Understanding on the Harbour Safety "
          "Programme.");
  CHECK(!funds(z, "European Union", "Harbour Safety Programme"));
}

TEST_CASE("funds.passive: the sub-project is funded, not its parent") {
  auto x =
      run("Under the Global Programme on Clean Waters, the Lake Victoria Project is co-funded "
          "by Sweden and Finland. The Nile Delta Project, a component of the Global Programme on "
          "Clean Waters, is financed by the Netherlands.");
  CHECK(funds(x, "Sweden", "Lake Victoria Project"));
  CHECK(funds(x, "Finland", "Lake Victoria Project"));
  CHECK(funds(x, "Netherlands", "Nile Delta Project"));
  CHECK(!funds(x, "Sweden", "Global Programme on Clean Waters"));
  CHECK(!funds(x, "Netherlands", "Global Programme on Clean Waters"));
}

TEST_CASE("funds.passive: an EU instrument and the EU both fund; a clause after a comma ends") {
  auto x =
      run("The Blue Dunes Project is funded by the European Union through its Instrument "
          "contributing to Stability and Peace. The Reef Watch Campaign, financed by the "
          "European Commission (EC), informs fishermen in Kenya.");
  CHECK(funds(x, "European Union", "Blue Dunes Project"));
  CHECK(funds(x, "Instrument contributing to Stability and Peace", "Blue Dunes Project"));
  CHECK(funds(x, "European Commission", "Reef Watch Campaign"));
  CHECK(!funds(x, "Kenya", "Reef Watch Campaign"));
}

TEST_CASE("funds: an owner written into the source's name funds too") {
  auto x =
      run("The Safe Routes Project is financed by the European Commission's Service for "
          "Foreign Policy Instruments (FPI).");
  CHECK(funds(x, "Service for Foreign Policy Instruments", "Safe Routes Project"));
  CHECK(funds(x, "European Commission", "Safe Routes Project"));
}

TEST_CASE("funds.active and funds.funded_projects_such_as") {
  auto x =
      run("The EU finances a number of projects as part of the Andes Roads Programme. "
          "Japan-funded projects such as the River Schools Initiative and the Hill Clinics "
          "Project grew.");
  CHECK(funds(x, "European Union", "Andes Roads Programme"));
  CHECK(funds(x, "Japan", "River Schools Initiative"));
  CHECK(funds(x, "Japan", "Hill Clinics Project"));
}

TEST_CASE("funds: generic funded projects fund no programme of the sentence") {
  auto x = run("The Tiger Corridor Programme will complement ongoing EU-funded projects in Asia.");
  CHECK(!funds(x, "European Union", "Tiger Corridor Programme"));
}

TEST_CASE("funds: partners and implementers are not funders") {
  auto x =
      run("The Pacific Reef Campaign was launched in partnership with UNICEF and with the support "
          "of the World Bank. The Mountain Roads Initiative, implemented by UNODC and financed by "
          "the European Union, covers Peru.");
  CHECK(!funds(x, "UNICEF", "Pacific Reef Campaign"));
  CHECK(!funds(x, "World Bank", "Pacific Reef Campaign"));
  CHECK(funds(x, "European Union", "Mountain Roads Initiative"));
  CHECK(!funds(x, "UNODC", "Mountain Roads Initiative"));
}

TEST_CASE("funds: 'with EU funding', 'through its instrument, the EU funds', support with money") {
  auto x =
      run("With EU funding, the Coastal Shield Programme trained 300 officers. Through its "
          "Instrument contributing to Stability and Peace (IcSP), the European Union funds the "
          "Port Lights Project. Norway has supported the Green Forests Initiative since 2015 with "
          "NOK 30 million. The Government of Japan supports the Safe Roads Programme "
          "financially.");
  CHECK(funds(x, "European Union", "Coastal Shield Programme"));
  CHECK(funds(x, "European Union", "Port Lights Project"));
  CHECK(funds(x, "Instrument contributing to Stability and Peace", "Port Lights Project"));
  CHECK(funds(x, "Norway", "Green Forests Initiative"));
  CHECK(funds(x, "Japan", "Safe Roads Programme"));
}

TEST_CASE("funds: support without money, sponsors of an event and UN equipment fund nothing") {
  auto x =
      run("The Coastal Shield Programme works with Interpol. Ms Ana Lopes thanked UNICEF for "
          "supporting the Coastal Shield Programme. The conference was sponsored by the "
          "Government of Austria. UNODC provided USD 20,000 worth of equipment to the police.");
  CHECK(!funds(x, "UNICEF", "Coastal Shield Programme"));
  CHECK(!funds(x, "Austria", "Coastal Shield Programme"));
  CHECK(!funds(x, "UNODC", "Coastal Shield Programme"));
  CHECK(!funds(x, "Interpol", "Coastal Shield Programme"));
}

TEST_CASE("funds: thanked for its contribution of an amount to 'the project' named before") {
  auto x =
      run("Ministers met for the annual meeting of the Harbour Watch Programme. Participants "
          "thanked the European Union for its contribution of EUR 5 million to the project.");
  CHECK(funds(x, "European Union", "Harbour Watch Programme"));
}

TEST_CASE("funds.passive: funded in a region by two countries; a clause with 'and its' ends") {
  auto x =
      run("The Coastal Shield Programme is funded in Latin America by the Netherlands and "
          "Germany. Ms Ada Roe presented the Clear Water Project, funded by the Swedish "
          "International Development Cooperation Agency (SIDA), and its work in Peru and "
          "Chile.");
  CHECK(funds(x, "Netherlands", "Coastal Shield Programme"));
  CHECK(funds(x, "Germany", "Coastal Shield Programme"));
  CHECK(funds(x, "Swedish International Development Cooperation Agency", "Clear Water Project"));
  CHECK_FALSE(funds(x, "Peru", "Clear Water Project"));
  CHECK_FALSE(funds(x, "Chile", "Clear Water Project"));
}

TEST_CASE(
    "funds.active_past and funds_parent: the campaign is funded, not the programme running it") {
  auto x =
      run("The campaign 'Bright Roads', run by UNODC's Safe Cities Programme, received a grant "
          "from the Oak Foundation. The Bell Foundation and the Government of Ireland also "
          "co-financed the campaign, which is active in Chile.");
  CHECK(funds(x, "Oak Foundation", "Bright Roads"));
  CHECK(funds(x, "Bell Foundation", "Bright Roads"));
  CHECK(funds(x, "Ireland", "Bright Roads"));
  CHECK_FALSE(funds(x, "Oak Foundation", "Safe Cities Programme"));
  CHECK_FALSE(funds(x, "Ireland", "Safe Cities Programme"));
}

TEST_CASE("funds: 'the programme, funded by X' and money for an earlier phase of 'the project'") {
  auto x =
      run("The FCDO pledged GBP 4 million to the Deep Sea Programme. Under the northern window "
          "of the programme, funded by the European Union, patrols will continue. The "
          "European Commission, she recalled, had supported an earlier phase of the project "
          "with EUR 2 million.");
  CHECK(funds(x, "European Union", "Deep Sea Programme"));
  CHECK(funds(x, "European Commission", "Deep Sea Programme"));
}

TEST_CASE(
    "programme.name_acronym_word: a name that starts with a country, its acronym, 'project'") {
  auto x =
      run("The partners signed an agreement for the Bolivia Action against Wildlife Crime "
          "(BAWC) project, financed by the European Union.");
  const kg::Mention* m = find(x, "Bolivia Action against Wildlife Crime");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::programme);
  CHECK(m->rule == "programme.name_acronym_word");
  CHECK(find(x, "Bolivia") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Bolivia Action against Wildlife Crime"));
}

TEST_CASE("funds.it_is_funded: 'the new phase' is the programme of the sentence before") {
  auto x =
      run("Ms Ada Roe launched a new phase of the Harbour Watch Programme at the port. The new "
          "phase is financed by the Government of Japan and the United States.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Harbour Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "United States", "Harbour Watch Programme"));
}

TEST_CASE("funds: a donor in apposition, 'the money will also support', a venue is no funder") {
  auto x =
      run("At a pledging conference held in Geneva, the Government of Canada announced a "
          "contribution of CAD 2 million to the Harbour Watch Programme. The money will also "
          "support the Bright Roads Campaign. Ms Ada Roe thanked Canada and the European "
          "Union, the main donor of the Harbour Watch Programme, for their support.");
  CHECK(funds(x, "Canada", "Harbour Watch Programme"));
  CHECK(funds(x, "Canada", "Bright Roads Campaign"));
  CHECK(funds(x, "European Union", "Harbour Watch Programme"));
  CHECK_FALSE(funds(x, "Geneva", "Harbour Watch Programme"));
}

TEST_CASE("funds: 'which is funded by X through Y', 'funded by X with EUR N and by Y'") {
  auto x =
      run("Ministers reviewed the Deep Sea Programme. The programme, which is funded by the "
          "European Union through the Instrument contributing to Stability and Peace, brings "
          "together four agencies.");
  CHECK(funds(x, "European Union", "Deep Sea Programme"));
  CHECK(funds(x, "Instrument contributing to Stability and Peace", "Deep Sea Programme"));
  auto y =
      run("The partners launched the Safe Quays Initiative online. The initiative is funded by "
          "the European Union with EUR 8 million and by the Kingdom of the Netherlands.");
  CHECK(funds(y, "European Union", "Safe Quays Initiative"));
  CHECK(funds(y, "Netherlands", "Safe Quays Initiative"));
}

TEST_CASE("funds: 'the programme' with no programme just before is the one the title names") {
  auto x =
      run("Donors met in Hanoi for the annual review. Ms Ada Roe presented the results. The "
          "Instrument contributing to Stability and Peace has co-financed the programme since "
          "2029.",
          "Donors review the Deep Sea Programme");
  CHECK(funds(x, "Instrument contributing to Stability and Peace", "Deep Sea Programme"));
}

TEST_CASE("funds: a visit paid for is no programme") {
  auto x =
      run("Officers of the Kenya Revenue Authority made a study visit to the Port of Hamburg. "
          "The visit was financed by Germany.");
  for (const auto& r : x.relations) CHECK(r.kind != kg::EdgeKind::funds);
}

TEST_CASE("funds: funders after 'including', a denied sum, 'X, which already funds'") {
  auto x =
      run("The Bright Roads Campaign receives no funds from the EU; it is financed by voluntary "
          "contributions from Member States, including Belgium and Ireland.");
  CHECK(funds(x, "Belgium", "Bright Roads Campaign"));
  CHECK(funds(x, "Ireland", "Bright Roads Campaign"));
  CHECK_FALSE(funds(x, "European Union", "Bright Roads Campaign"));
  auto y =
      run("The partners signed an agreement for the Deep Sea Programme. The Government of "
          "Japan, which already funds the programme's work in Viet Nam, sent an observer.");
  CHECK(funds(y, "Japan", "Deep Sea Programme"));
}

TEST_CASE("funds_parent.possessive_component: the named component is funded, not its parent") {
  auto x =
      run("The Harbour Watch Programme's component on ports, the Clear Water Project, is "
          "co-financed by Switzerland.");
  CHECK(funds(x, "Switzerland", "Clear Water Project"));
  CHECK_FALSE(funds(x, "Switzerland", "Harbour Watch Programme"));
}

TEST_CASE("funds: renewed support with money, funders with an aside, an agreement signed by") {
  auto x =
      run("Sweden renewed its support to the Harbour Watch Programme with SEK 10 million. "
          "Norway and Denmark, through their development agencies, fund the Deep Sea "
          "Programme. A grant agreement for the Clear Water Project was signed by the EU and "
          "UNODC.");
  CHECK(funds(x, "Sweden", "Harbour Watch Programme"));
  CHECK(funds(x, "Norway", "Deep Sea Programme"));
  CHECK(funds(x, "Denmark", "Deep Sea Programme"));
  CHECK(funds(x, "European Union", "Clear Water Project"));
  CHECK_FALSE(funds(x, "UNODC", "Clear Water Project"));
  auto plain = run("Japan renewed its support to the Harbour Watch Programme.");
  CHECK_FALSE(funds(plain, "Japan", "Harbour Watch Programme"));  // no money named
}

TEST_CASE("funds: a programme that receives money, a country giving through its agency") {
  auto x =
      run("Ms Ada Roe visited the Green Valleys Programme. The programme, which receives EUR 10 "
          "million from the European Union, has helped 5,000 families. The Government of "
          "Sweden contributes a further SEK 20 million through SIDA.");
  CHECK(funds(x, "European Union", "Green Valleys Programme"));
  CHECK(funds(x, "Sweden", "Green Valleys Programme"));
  CHECK(
      funds(x, "Swedish International Development Cooperation Agency", "Green Valleys Programme"));
}

TEST_CASE("funds.whose_contribution and a programme named in capitals after its word") {
  auto x =
      run("Mr Ivo Marek presented the Deep Sea Programme. He thanked Norway, whose contribution "
          "of NOK 12 million financed the programme's mentoring in Ghana. They discussed the "
          "EU-funded project BRIGHT Harbours, which UNODC implements in Togo.");
  CHECK(funds(x, "Norway", "Deep Sea Programme"));
  CHECK(find(x, "BRIGHT Harbours") != nullptr);
  CHECK(funds(x, "European Union", "BRIGHT Harbours"));
}

TEST_CASE("funds: 'as well as by', 'whose main donor is', 'and implemented by' ends the funders") {
  auto x =
      run("SEACOP, which trains port units, is funded by the European Union through its Global "
          "Illicit Flows Programme, as well as by Canada and Norway. Officers reviewed the Global "
          "SMART Programme, whose main donor is Japan.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "SEACOP"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Canada", "SEACOP"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "SEACOP"));
  // The programme the money goes through is SEACOP's parent, not a second target.
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Canada", "Global Illicit Flows Programme"));
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::funds, "European Union", "Global Illicit Flows Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Global SMART Programme"));
  // The second pass knows the project's name from the first.
  auto items = kg_test::run_corpus(
      {"The project \"Support to the Andean Drug Observatories\" (PREDEM) closed. Funded by the "
       "European Commission and implemented by UNODC since 2012, PREDEM helped set up "
       "registers."});
  CHECK(has_relation(items[0], kg::EdgeKind::funds, "European Commission",
                     "Support to the Andean Drug Observatories"));
  CHECK_FALSE(has_relation(items[0], kg::EdgeKind::funds, "UNODC",
                           "Support to the Andean Drug Observatories"));
}

TEST_CASE(
    "funds: a programme described as a funder's component or project, and money 'to X "
    "from Y'") {
  auto seacop =
      run("SEACOP is an EU-financed component of the Cocaine Route Programme that helps ports.");
  CHECK(
      has_relation(seacop, kg::EdgeKind::funds, "European Union", "Seaport Cooperation Programme"));
  CHECK_FALSE(
      has_relation(seacop, kg::EdgeKind::funds, "European Union", "Cocaine Route Programme"));
  auto x =
      run("Officers took part in the Coral Sea Network, the EU-funded project led by the Guardia "
          "Civil. The unit has been supported by funding to the Container Control Programme from "
          "Canada and Japan. The visit was financed by Sweden under its 2016 contribution to "
          "AIRCOP. Staff of INTERPOL, the project partner, attended.");
  const kg::Mention* network = find(x, "Coral Sea Network");
  REQUIRE(network != nullptr);
  CHECK(network->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Coral Sea Network"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Canada", "Container Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Container Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Sweden", "AIRCOP"));
  const kg::Mention* interpol = find(x, "INTERPOL");
  REQUIRE(interpol != nullptr);
  CHECK(interpol->kind == kg::NodeKind::organisation);
}

TEST_CASE("funds: co-funders after the programme's start, a further contribution, a co-financing") {
  auto x = run(
      "The Ambassador recalled that Sweden has financed the Harbour Watch Programme since its "
      "launch in 2012, together with Austria and Chile. Iceland's further contribution of "
      "EUR 90,000 to the Clean Courts Initiative was announced. Delegates welcomed Norway's "
      "co-financing of the Open Seas Project under the Instrument contributing to Stability and "
      "Peace.");
  CHECK(funds(x, "Sweden", "Harbour Watch Programme"));
  CHECK(funds(x, "Austria", "Harbour Watch Programme"));
  CHECK(funds(x, "Chile", "Harbour Watch Programme"));
  CHECK(funds(x, "Iceland", "Clean Courts Initiative"));
  CHECK(funds(x, "Norway", "Open Seas Project"));
  CHECK(funds(x, "Instrument contributing to Stability and Peace", "Open Seas Project"));
}

TEST_CASE("programme.name_acronym_word: a qualifier between the acronym and the programme word") {
  auto x = run(
      "The Forests for Tomorrow (F4T) flagship initiative, financed by Denmark, protects parks.");
  const kg::Mention* initiative = find(x, "Forests for Tomorrow");
  REQUIRE(initiative != nullptr);
  CHECK(initiative->kind == kg::NodeKind::programme);
  CHECK(funds(x, "Denmark", "Forests for Tomorrow"));
}

TEST_CASE("gazetteer: the EU's cybercrime actions run with the Council of Europe are programmes") {
  auto x =
      run("The EU finances such work through the Global Action on Cybercrime Extended (GLACY+) and "
          "through iPROCEEDS, both implemented by the Council of Europe.");
  const kg::Mention* glacy = find(x, "GLACY+");
  REQUIRE(glacy != nullptr);
  CHECK(glacy->kind == kg::NodeKind::programme);
  const kg::Mention* proceeds = find(x, "iPROCEEDS");
  REQUIRE(proceeds != nullptr);
  CHECK(proceeds->kind == kg::NodeKind::programme);
}

TEST_CASE("gazetteer: Canada's funding programmes are bodies that fund, and UNOWA is a UN office") {
  auto x = run(
      "The scanners were bought with funds from Canada's Anti-Crime Capacity Building Program "
      "for the Harbour Watch Project. The United Nations Office for West Africa (UNOWA) attended.");
  const kg::Mention* accbp = find(x, "Anti-Crime Capacity Building Program");
  REQUIRE(accbp != nullptr);
  CHECK(accbp->kind == kg::NodeKind::organisation);
  CHECK(find(x, "United Nations Office for West Africa") != nullptr);
}

TEST_CASE("funds: 'one of the donors of X together with Y, Z', 'over two years, through', ENPI") {
  auto x =
      run("The visit was financed by Belgium, one of the donors of the Container Control "
          "Programme together with the European Union, Canada and Norway. Ireland will contribute "
          "EUR 500,000 over two years, through Irish Aid, to the West Africa Coast Initiative. "
          "EuroMed Justice III is financed by the European Commission under the European "
          "Neighbourhood and Partnership Instrument (ENPI).");
  for (const char* donor : {"Belgium", "European Union", "Canada", "Norway"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Container Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Ireland", "West Africa Coast Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Irish Aid", "West Africa Coast Initiative"));
  const kg::Mention* enpi = find(x, "ENPI");
  REQUIRE(enpi != nullptr);
  CHECK(enpi->canonical == "European Neighbourhood and Partnership Instrument");
  auto part =
      run("The course is funded by Irish Aid as part of its contribution to the Global "
          "Programme against Trafficking in Persons.");
  CHECK(has_relation(part, kg::EdgeKind::funds, "Irish Aid",
                     "Global Programme against Trafficking in Persons"));
}

TEST_CASE(
    "funds: 'X, to which A is a donor'; 'whose contribution comes from'; 'the other main donors'") {
  auto x =
      run("Ms Wen presented the work of the Global SMART Programme on synthetic drugs, to which "
          "the Czech Republic is a donor. The Sahel Programme is funded by Denmark, Japan and the "
          "European Union, whose contribution comes from the European Union Emergency Trust Fund "
          "for Africa. Mr Lind recalled that Germany and the Netherlands are the other main "
          "donors of the Sahel Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Czech Republic", "Global SMART Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union Emergency Trust Fund for Africa",
                     "Sahel Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Germany", "Sahel Programme"));
}

TEST_CASE("funds: ', and X took part' after a list of funders starts a new clause") {
  auto x =
      run("The seminar was held under the Global Programme on Cybercrime, with funding from "
          "Norway, and Eurojust took part in the discussions. The Container Control Programme "
          "receives funding from Japan, Canada, and the European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Global Programme on Cybercrime"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Eurojust", "Global Programme on Cybercrime"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Eurojust"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Container Control Programme"));
  // The list goes on to the verb that gives the money: the last name is still a funder.
  auto given =
      run("The European Commission has committed EUR 2 million to the Sahel Programme, and "
          "the Netherlands announced a contribution of EUR 750,000 to the Sahel Programme.");
  CHECK(has_relation(given, kg::EdgeKind::funds, "Netherlands", "Sahel Programme"));
}

TEST_CASE(
    "funds: 'contributions to X came from'; 'X, which succeeded Y, is funded by'; 'through its'") {
  auto x =
      run("Contributions to the 2016-2020 Container Control Programme came from Canada, Norway "
          "and the United States. Additional contributions to the Global SMART Programme have "
          "come from Austria and Spain.");
  for (const char* donor : {"Canada", "Norway", "United States"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Container Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Spain", "Global SMART Programme"));
  auto subject =
      run("The Global Maritime Crime Programme, which succeeded the Counter-Piracy Programme in "
          "2015, is funded by Denmark and Sweden.");
  CHECK(has_relation(subject, kg::EdgeKind::funds, "Denmark", "Global Maritime Crime Programme"));
  CHECK_FALSE(has_relation(subject, kg::EdgeKind::funds, "Denmark", "Counter-Piracy Programme"));
  auto own =
      run("She recalled that the European Union, which funds the Paris Pact Initiative through "
          "its Instrument contributing to Stability and Peace, hosted the meeting.");
  CHECK(has_relation(own, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Paris Pact Initiative"));
}

TEST_CASE("funds: the donors of a fund through which a programme is financed fund it") {
  auto x =
      run("The Global SMART Programme is financed through the SMART Multi-Donor Trust Fund, to "
          "which Norway, Switzerland and the United Kingdom contribute.");
  for (const char* donor : {"Norway", "Switzerland", "United Kingdom"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Global SMART Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "SMART Multi-Donor Trust Fund",
                     "Global SMART Programme"));
}

TEST_CASE(
    "funds: 'the EUR 3 million that A has provided to X since 2019 through its Y'; 'its donors "
    "include'") {
  auto x =
      run("The agreement adds to the EUR 3 million that the European Union has provided to the "
          "Global Maritime Crime Programme since 2019 through its Instrument contributing to "
          "Stability and Peace. The Container Control Programme is implemented with the WCO, and "
          "its donors include Qatar, the Netherlands and Japan.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Global Maritime Crime Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Global Maritime Crime Programme"));
  for (const char* donor : {"Qatar", "Netherlands", "Japan"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Container Control Programme"));
}

TEST_CASE("funds: the smaller donors' development agencies are bodies, by name or acronym") {
  auto x =
      run("The Harbour Watch Programme is funded by SlovakAid, Hungary Helps, the Romanian Agency "
          "for International Development Cooperation (RoAid) and ESTDEV.");
  for (const char* donor : {"SlovakAid", "Hungary Helps Agency",
                            "Romanian Agency for International Development Cooperation",
                            "Estonian Centre for International Development"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Harbour Watch Programme"));
  CHECK(find(x, "Hungary") == nullptr);  // the agency's name, not the country
}

TEST_CASE(
    "funds: sums in other currencies, 'the EU-funded X programme' after a name, "
    "'Financed through the IPA, the second phase'") {
  auto x = run(
      "Poland will contribute PLN 600,000 to the Global Programme against Smuggling of Migrants. "
      "The briefing covered STRIVE Juvenile, the EU-funded UNODC programme on preventing the "
      "recruitment of children, and the Youth Forum, an EU-funded workshop.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Poland",
                     "Global Programme against the Smuggling of Migrants"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "STRIVE Juvenile"));
  auto phase = run(
      "The agreement extends the project \"Safe Borders for Moldova\" (SBM). Financed through the "
      "Instrument for Pre-accession Assistance (IPA), the second phase will equip mobile units.");
  CHECK(has_relation(phase, kg::EdgeKind::funds, "Instrument for Pre-accession Assistance",
                     "Safe Borders for Moldova"));
}

TEST_CASE(
    "funds: 'funded since 2014 by'; an amount with its value in brackets; 'the UNODC "
    "project \"X\"'") {
  auto x =
      run("Ms Berg explained how findings on the Harbour Watch Programme, funded since 2014 by "
          "Denmark, the European Union and Japan, had been shared. The Czech Republic will "
          "contribute CZK 5 million (approximately EUR 180,000) to the UNODC project \"Safer "
          "Borders for Tajikistan\", which will equip mobile teams.");
  for (const char* donor : {"Denmark", "European Union", "Japan"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Harbour Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Czechia", "Safer Borders for Tajikistan"));
}

TEST_CASE(
    "funds.joins_among_donors: 'among the donors of the programme' the sentence before names") {
  auto x =
      run("Ambassador Jan Peeters and Ms Anna Lund of UNODC today signed a contribution agreement "
          "of EUR 2 million for the UNODC Harbour Watch Programme. With this contribution, Belgium "
          "joins Denmark, Japan and the European Union among the donors of the programme, which "
          "was launched in 2013.");
  for (const char* donor : {"Belgium", "Denmark", "Japan", "European Union"})
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Harbour Watch Programme"));
}
