// Funding constructions found missing on the blind pages of the sixth and seventh sessions,
// each proved on invented sentences (the funders are real, the programmes and people invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("funds: a decimal amount inside the funding clause does not end it") {
  auto x =
      run("The second phase of the Baltic Port Liaison Initiative, a EUR 7.5 million project "
          "funded by the European Union and implemented by UNODC, was launched today.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Port Liaison Initiative"));
  // A full stop that ends a sentence still ends the clause.
  auto y =
      run("The Baltic Port Liaison Initiative started in 2019. Later work was funded by Japan.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Japan", "Baltic Port Liaison Initiative"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Japan", "Baltic Port Liaison Initiative"));
}

TEST_CASE("programme.after_funding_adjective: what an 'EU-funded' name names is a programme") {
  auto x = run(
      "Ms Ada Lund pointed to the EU-funded Coastal Data Exchange Dialogue, managed by the EEAS.");
  const kg::Mention* dialogue = find(x, "Coastal Data Exchange Dialogue");
  REQUIRE(dialogue != nullptr);
  CHECK(dialogue->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Coastal Data Exchange Dialogue"));
  // Capitalised words before a lower-case noun describe that noun: no programme of their own.
  auto y = run("They discussed EU-funded Counter Terrorism projects in the Sahel.");
  CHECK(find(y, "Counter Terrorism") == nullptr);
}

TEST_CASE("programme.phrase_before_word: a name that opens with letters and digits") {
  auto x =
      run("The study was produced under the EU4Safer Roads project (EU4SR), which is funded by the "
          "European Union and implemented by the EUDA.");
  const kg::Mention* project = find(x, "EU4Safer Roads");
  REQUIRE(project != nullptr);
  CHECK(project->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "EU4Safer Roads"));
}

TEST_CASE("programme.funded_body: a body's name that is funded or implemented is a programme") {
  auto x =
      run("Delegates discussed the Baltic Inter-regional Network (BIN), funded by the EU and "
          "implemented by Expertise France. Ms Ines Kolar presented the Danube Police Information "
          "System (DPIS), which is financed by Japan.");
  const kg::Mention* network = find(x, "Baltic Inter-regional Network");
  REQUIRE(network != nullptr);
  CHECK(network->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Inter-regional Network"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Danube Police Information System"));
  // A body that only acts stays a body.
  auto y = run("The Baltic Inter-regional Network (BIN), founded in 2015, met in Riga.");
  const kg::Mention* body = find(y, "Baltic Inter-regional Network");
  REQUIRE(body != nullptr);
  CHECK(body->kind == kg::NodeKind::organisation);
}

TEST_CASE("programme.phase_numeral: a phase numeral names the phase, a programme of its own") {
  auto x =
      run("SEACOP VI is funded by the European Union through DG INTPA. The Sahel Justice Programme "
          "II. started.");
  const kg::Mention* phase = find(x, "SEACOP VI");
  REQUIRE(phase != nullptr);
  CHECK(phase->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "DG INTPA", "SEACOP VI"));
  CHECK(find(x, "SEACOP") == nullptr);
  // A numeral that goes on ("IIa", "V.2") is no phase numeral of this kind.
  auto y = run("The Sahel Justice Programme IIa and SEACOP V.2 were discussed.");
  CHECK(find(y, "Sahel Justice Programme II") == nullptr);
  CHECK(find(y, "SEACOP") != nullptr);
  CHECK(find(y, "SEACOP V") == nullptr);
}

TEST_CASE("funds.pledge_ellipsis: pledges listed without their verb, for the programme before") {
  auto x =
      run("The Ministry of Foreign Affairs of Portugal and UNODC co-hosted in Lisbon a donor "
          "conference for the Coastal Watch Initiative, a three-year programme implemented by "
          "UNODC's Global Maritime Crime Programme in West Africa. The conference was opened by Mr "
          "Rui Pato, Secretary of State, and by Ms Ana Oyo, Head of UNODC's Global Maritime Crime "
          "Programme. Italy pledged EUR 3 million through AICS, Belgium EUR 2 million, and Denmark "
          "and Finland a combined EUR 4 million.");
  for (const char* donor : {"Italy", "Belgium", "Denmark", "Finland"}) {
    CAPTURE(donor);
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Coastal Watch Initiative"));
    // The programme named as the implementer, and as Ms Oyo's workplace, gets no pledge.
    CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, donor, "Global Maritime Crime Programme"));
  }
  // A list of amounts with no giving verb before it gives no money.
  auto y =
      run("The Coastal Watch Initiative costs EUR 3 million, Belgium EUR 2 million on its own.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Belgium", "Coastal Watch Initiative"));
}

TEST_CASE(
    "programme.quoted_name and funds.thanked_for_funding: quoted projects, thanks for paying") {
  auto x =
      run("The steering committee of \"Response to Drugs in Togo\", a EUR 26.5 million project "
          "financed by the European Union under the European Development Fund (EDF), met. The "
          "two-year project, \"Health Behind Walls\" (Salud Tras los Muros), is financed with EUR "
          "900,000 from the Spanish Agency for International Development Cooperation (AECID).");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Response to Drugs in Togo"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Development Fund",
                     "Response to Drugs in Togo"));
  CHECK(has_relation(x, kg::EdgeKind::funds,
                     "Spanish Agency for International Development Cooperation",
                     "Health Behind Walls"));
  auto y =
      run("Dr. Ada Kilic briefed delegates on the UNODC-WHO Programme on Drug Dependence Treatment "
          "and Care. She thanked the EU for funding the programme's work in prisons. She thanked "
          "Japan for hosting the meeting.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union",
                     "UNODC-WHO Programme on Drug Dependence Treatment and Care"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Japan",
                           "UNODC-WHO Programme on Drug Dependence Treatment and Care"));
}

TEST_CASE("funds: title-case names, a place before a programme's name, 'to which X contributed'") {
  auto x = run(
      "Researchers came with the support of the Training and Operational Partnership Against "
      "Organised Crime (TOPCOP), which is financed by the EU. The project builds on the Kandahar "
      "Food Zone programme, which Germany and the United Kingdom have funded since 2013. Data "
      "came from the Global SMART Programme, to which the United States and Japan have "
      "contributed.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Training and Operational Partnership Against Organised Crime"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Germany", "Kandahar Food Zone"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "United Kingdom", "Kandahar Food Zone"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Global SMART Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "United States", "Global SMART Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Germany", "Global SMART Programme"));
}

TEST_CASE(
    "programmes: quoted titles with their acronym, a place inside a name, EU research "
    "projects' funding notice") {
  auto x = run(
      "UNODC's prison reform project in Chad, \"Support to Prison Reform in Chad\" (SPRC), is "
      "co-funded by the European Union and Italy. Mr. Gas Lefort, Team Leader of the Critical "
      "Maritime Routes Pacific Ocean project (CRIMPAC), which is financed by the European Union, "
      "spoke. MIRALUX has received funding from the European Union's Horizon 2020 research and "
      "innovation programme under grant agreement No 101021874. The \"World Crime Trends\" (WCT) "
      "report was cited.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Support to Prison Reform in Chad"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Italy", "Support to Prison Reform in Chad"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Critical Maritime Routes Pacific Ocean"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Horizon 2020", "MIRALUX"));
  // An acronym whose letters do not fit the quoted title names no programme by it.
  auto y = run("Delegates discussed \"Safer Borders for All\" (XQZ) at length.");
  CHECK(find(y, "Safer Borders for All") == nullptr);
}

TEST_CASE("learning: an acronym the corpus defines is the defined name's, not a name of its own") {
  auto xs = kg_test::run_corpus(
      {"UNODC runs the project \"Criminal Intelligence Networking in Kazakhstan\" (CINKA). Mr. Ali "
       "Berg, CINKA project coordinator, spoke.",
       "CINKA met in Almaty."});
  const kg::Mention* full = find(xs[0], "Criminal Intelligence Networking in Kazakhstan");
  const kg::Mention* later = find(xs[1], "CINKA");
  REQUIRE(full != nullptr);
  REQUIRE(later != nullptr);
  CHECK(later->entity != kg::kNone);
  CHECK(later->entity == full->entity);
}

TEST_CASE("programme.quoted_name: a quoted project title of common words is still a name") {
  auto x = run("The project, \"Women in Customs Service\", is financed by the European Union.");
  const kg::Mention* project = find(x, "Women in Customs Service");
  REQUIRE(project != nullptr);
  CHECK(project->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Women in Customs Service"));
  // With its own acronym the title is a name when the acronym fits its initials...
  auto y = run(
      "The project, \"Police Officers in Law Schools\" (POLS), is funded jointly by the European "
      "Union and by Japan.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union", "Police Officers in Law Schools"));
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Police Officers in Law Schools"));
  // ... and not when it does not.
  auto z = run("She quoted \"Police Officers in Law Schools\" (XQZ) at length.");
  CHECK(find(z, "Police Officers in Law Schools") == nullptr);
}

TEST_CASE("funds.passive: an adverb after the funding verb") {
  auto x = run("The Baltic Port Initiative is funded jointly by the European Union and by Japan.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Port Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Baltic Port Initiative"));
}

TEST_CASE("programme.part_of_funded: work placed under a name that is paid for") {
  auto x =
      run("The course was delivered by UNODC as part of RESOLVE Coastal, financed by the European "
          "Union through the Instrument contributing to Stability and Peace (IcSP).");
  const kg::Mention* programme = find(x, "RESOLVE Coastal");
  REQUIRE(programme != nullptr);
  CHECK(programme->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "RESOLVE Coastal"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "RESOLVE Coastal"));
  auto y = run("Officers were trained under Safer Borders Together, which is funded by Japan.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Safer Borders Together"));
  // A body already known stays a body; a clause reference is no programme.
  auto z =
      run("The work continues under the Instrument contributing to Stability and Peace, funded by "
          "the European Union. Under Article 5, funded by the EU, UNODC reports twice a year.");
  const kg::Mention* instrument = find(z, "Instrument contributing to Stability and Peace");
  REQUIRE(instrument != nullptr);
  CHECK(instrument->kind == kg::NodeKind::organisation);
  CHECK(find(z, "Article 5") == nullptr);
}

TEST_CASE("programme.funded_body: ', a project funded by' after a body's name and its phase") {
  auto x = run(
      "The course was delivered under BALTIC Police III, a project funded by the European Union "
      "through the Directorate-General for Neighbourhood and Enlargement Negotiations (DG NEAR) "
      "and implemented by CEPOL.");
  const kg::Mention* project = find(x, "BALTIC Police III");
  REQUIRE(project != nullptr);
  CHECK(project->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "BALTIC Police III"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "DG NEAR", "BALTIC Police III"));
  // An apposition that calls the body something else keeps it a body.
  auto y = run("Officers of the Baltic Border Police, a service funded by the state, attended.");
  const kg::Mention* police = find(y, "Baltic Border Police");
  REQUIRE(police != nullptr);
  CHECK(police->kind == kg::NodeKind::organisation);
}

TEST_CASE("gazetteer: the Instrument for Stability is not the instrument that followed it") {
  auto x =
      run("The Harbour Watch Project was financed by the European Union through the Instrument for "
          "Stability (IfS) from 2011, and its second phase through the Instrument contributing to "
          "Stability and Peace.");
  const kg::Mention* old_instrument = find(x, "Instrument for Stability");
  REQUIRE(old_instrument != nullptr);
  CHECK(old_instrument->canonical == "Instrument for Stability");
  const kg::Mention* new_instrument = find(x, "Instrument contributing to Stability and Peace");
  REQUIRE(new_instrument != nullptr);
  CHECK(new_instrument->canonical == "Instrument contributing to Stability and Peace");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument for Stability", "Harbour Watch Project"));
}

TEST_CASE("funds: donors listed in apposition, 'to which X and Y contribute', Team Europe") {
  auto x =
      run("Ms Ada Lund thanked the EU, Japan and Norway, the main donors of the Baltic Harbour "
          "Programme, for their help.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Harbour Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Baltic Harbour Programme"));
  auto y = run(
      "She presented the Team Europe Initiative on Coastal Crime in West Africa, to which Spain "
      "and Denmark also contribute funding.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Spain",
                     "Team Europe Initiative on Coastal Crime in West Africa"));
  CHECK(has_relation(y, kg::EdgeKind::funds, "Denmark",
                     "Team Europe Initiative on Coastal Crime in West Africa"));
  // Donors of something else are not the programme's.
  auto z =
      run("The EU and Japan, the main donors of UNODC, met the Baltic Harbour Programme team.");
  CHECK_FALSE(has_relation(z, kg::EdgeKind::funds, "Japan", "Baltic Harbour Programme"));
}

TEST_CASE("funds: an amount over some years to an unnamed component of a named programme") {
  auto x =
      run("The EU will contribute EUR 5 million over three years to the rule of law and criminal "
          "justice component of the UNODC Country Programme for Kordavia (2014-2017).");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Country Programme for Kordavia"));
}

TEST_CASE("programme: a name in capitals, then 'a global initiative financed by'") {
  auto x = run(
      "The workshop was organised by UNODC under STRIVE Juvenile, a global initiative financed "
      "by the European Union through its Instrument contributing to Stability and Peace (IcSP).");
  const kg::Mention* strive = find(x, "STRIVE Juvenile");
  REQUIRE(strive != nullptr);
  CHECK(strive->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "STRIVE Juvenile"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "STRIVE Juvenile"));
  auto y =
      run("The training was held under Safer Borders Together, a regional project financed "
          "by Japan. This work is part of Project K27, a regional project financed by Norway.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Safer Borders Together"));
  CHECK(has_relation(y, kg::EdgeKind::funds, "Norway", "Project K27"));
}

TEST_CASE("funds.contribution_from_to: 'a contribution of EUR 2 million from X to Y'") {
  auto x =
      run("A contribution agreement of EUR 2 million from Italy to the UNODC Sahel Programme was "
          "signed today in Vienna.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Italy", "Sahel Programme"));
  auto y = run("A grant of USD 500,000 from Japan for the Container Control Programme arrived.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Container Control Programme"));
}

TEST_CASE("funds: a programme's phase is its own programme, funded through 'the third phase of'") {
  auto x = run(
      "COPOLAD III, the third phase of the Cooperation Programme between Latin America, the "
      "Caribbean and the European Union on Drugs Policies, is financed by the European Union with "
      "EUR 15 million.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "COPOLAD III"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "European Union", "COPOLAD"));
}

TEST_CASE("programme: a name ending in '+', and 'another project financed by'") {
  auto x = run("The GLACY+ project is funded by the European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "GLACY+"));
  auto y = run("FIIAPP also coordinates the EU-funded EUROsociAL+ programme.");
  const kg::Mention* programme = find(y, "EUROsociAL+");
  REQUIRE(programme != nullptr);
  CHECK(programme->kind == kg::NodeKind::programme);
  auto z =
      run("The team works closely with GAR-SI Sahel, another project financed by the EU Emergency "
          "Trust Fund for Africa.");
  CHECK(has_relation(z, kg::EdgeKind::funds, "European Union Emergency Trust Fund for Africa",
                     "GAR-SI Sahel"));
}

TEST_CASE(
    "programmes: a quoted name after its owner's possessive; a name given an acronym, then 'a "
    "project'") {
  auto x = run(
      "She presented Enabel's project \"Vivre ensemble sans discrimination\", financed by the EU "
      "Emergency Trust Fund for Africa. The meeting was held under EU4Monitoring Drugs (EU4MD), a "
      "project implemented by the EMCDDA and financed by the European Union through the European "
      "Neighbourhood Instrument (ENI).");
  CHECK(find(x, "Vivre ensemble sans discrimination") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union Emergency Trust Fund for Africa",
                     "Vivre ensemble sans discrimination"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "EU4Monitoring Drugs"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Neighbourhood Instrument",
                     "EU4Monitoring Drugs"));
  // A sentence's first word does not open the name.
  auto y = run("Officials of the Drug Control Agency (DCA), a partner of the project, attended.");
  CHECK(find(y, "Officials of the Drug Control Agency") == nullptr);
}

TEST_CASE(
    "funds: 'in the region by', 'the programme's activities in X are financed by', 'X, through Y, "
    "will contribute', 'which the EU has supported with EUR N'") {
  auto x = run(
      "The Andean Precursor Control Programme (APCP) is funded in the region by Australia, Japan "
      "and Thailand. Mr Tom Berg, from UNODC's Global Programme on Cybercrime, showed cases; the "
      "programme's activities in South-East Asia are financed by Canada and Norway. Austria, "
      "through the Austrian Development Agency, will contribute EUR 1 million to the UNODC Sahel "
      "Programme over the next three years. The cooperative has benefited from DEVIDA's Coastal "
      "Alternative Livelihoods Programme (CALP), which the EU has supported since 2012 with budget "
      "support of EUR 32 million.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Thailand", "Andean Precursor Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Global Programme on Cybercrime"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Austrian Development Agency", "Sahel Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Austria", "Sahel Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Coastal Alternative Livelihoods Programme"));
  // Support without money is no funding.
  auto y =
      run("UNODC's Coastal Alternative Livelihoods Programme (CALP), which the EU has supported "
          "politically since 2012, was discussed.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "European Union",
                           "Coastal Alternative Livelihoods Programme"));
}

TEST_CASE("funds.apposition_project: 'under NAME+ (expansion), a joint project co-funded by'") {
  auto x =
      run("The workshop was organised jointly by UNODC's Global Programme on Cybercrime and the "
          "Council of Europe under OCTOPUS+ (Cooperation against Online Crime), a joint project "
          "co-funded by the European Union and the Council of Europe that uses Mauritius as one of "
          "its regional hubs.");
  CHECK(find(x, "OCTOPUS+") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "OCTOPUS+"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Council of Europe", "OCTOPUS+"));
  // The money is the described project's, not the programme that works under it; and the
  // place it uses pays nothing.
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::funds, "European Union", "Global Programme on Cybercrime"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Mauritius", "OCTOPUS+"));
}

TEST_CASE("funds: the funders end at ', and' with a verb of the programme's") {
  auto x = run(
      "The Baltic Port Initiative is also financed by the European Union, and works closely with "
      "Frontex and with EUCAP Sahel Niger.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Port Initiative"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Frontex", "Baltic Port Initiative"));
  auto y =
      run("The initiative is funded by the European Union, and cooperates with Frontex on the "
          "Baltic Port Initiative.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Frontex", "Baltic Port Initiative"));
}

TEST_CASE("funds.which_supported: the instrument after 'under'; a list's last programme") {
  auto x =
      run("Officers joined trainings of the Baltic Port Initiative, which the EU funds under the "
          "Instrument contributing to Stability and Peace (IcSP).");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Port Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Baltic Port Initiative"));
  auto y =
      run("The statement names the Global Programme on Cybercrime and the Baltic Port Initiative, "
          "which the EU finances under the Instrument contributing to Stability and Peace.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Baltic Port Initiative"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                           "Global Programme on Cybercrime"));
}

TEST_CASE("funds: an acronym explained as a programme 'to be financed by'; a donor in apposition") {
  auto x =
      run("Mr Carl Berg presented TARJUST, the EU's new governance in justice programme, to be "
          "financed by the European Union with EUR 15 million from 2020.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "TARJUST"));
  auto y =
      run("The Swedish International Development Cooperation Agency (Sida), also a donor to the "
          "Baltic Port Initiative, sent its apologies.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Swedish International Development Cooperation Agency",
                     "Baltic Port Initiative"));
}

TEST_CASE("funds.funded_by_list: 'Funded by X ..., the initiative' names the item's programme") {
  auto x = run(
      "The Baltic Port Initiative was launched in Riga today. Funded by the European Union with "
      "EUR 12 million over four years, the initiative is implemented by UNODC.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Baltic Port Initiative"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Baltic Port Initiative"));
}

TEST_CASE("funds: money for an activity a named programme carries out funds that programme") {
  auto x =
      run("The workshop was funded by the European Union as part of a regional project implemented "
          "by UNODC's Global Firearms Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Global Firearms Programme"));
  auto y =
      run("The training was financed by Norway and implemented by the Global Maritime Crime "
          "Programme.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Norway", "Global Maritime Crime Programme"));
  // A programme that only implements another named in the sentence gets nothing.
  auto z =
      run("The Sahel Judicial Platform project, funded by Denmark, is implemented by the Sahel "
          "Programme.");
  CHECK_FALSE(has_relation(z, kg::EdgeKind::funds, "Denmark", "Sahel Programme"));
}

TEST_CASE("funds.receives_from: a programme named only as the one delivering the support") {
  auto x = run(
      "The support is delivered by UNODC's Sahel Programme, which received CHF 750,000 from the "
      "Swiss Agency for Development and Cooperation for 2016-2017.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Swiss Agency for Development and Cooperation",
                     "Sahel Programme"));
}

TEST_CASE("programme.sub_programme: a programme and its country joined by a hyphen") {
  auto x =
      run("The course was held under GLO.ACT-Bangladesh, a project financed by the European Union. "
          "The SEACOP-Ghana project began.");
  CHECK(find(x, "GLO.ACT-Bangladesh") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "GLO.ACT-Bangladesh"));
  CHECK(find(x, "Bangladesh") == nullptr);  // a place inside the name
}

TEST_CASE("funds.and_by: a second funder after a phrase between commas") {
  auto x = run(
      "The course was run by UNODC's Global Programme on Cybercrime, which is funded by the "
      "Foreign and Commonwealth Office and, for its work in Central America, co-financed by the "
      "European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Global Programme on Cybercrime"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Foreign and Commonwealth Office",
                     "Global Programme on Cybercrime"));
}

TEST_CASE("funds.thanked_for_funding: the programme written with its owner's possessive") {
  auto x =
      run("Ms Ilse Varga thanked Denmark and the European Union for financing UNODC's Harbour "
          "Watch Programme, which trains port officers.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Denmark", "Harbour Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Harbour Watch Programme"));
}

TEST_CASE("funds.donor_apposition: the instrument the donor pays through funds the programme too") {
  auto x =
      run("The European Union, the largest donor of AIRCOP through the Instrument contributing to "
          "Stability and Peace, also paid for the scanners.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "AIRCOP"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "AIRCOP"));
}

TEST_CASE("programme.name_acronym_word: a name joined by 'in and with' before its acronym") {
  auto x = kg_test::run_corpus(
      {"The course was organised by the Safer Rivers in and with Africa (SRWA) project. SRWA is "
       "financed by Norway, with co-funding from Japan."})[0];
  const kg::Mention* programme = find(x, "Safer Rivers in and with Africa");
  REQUIRE(programme != nullptr);
  CHECK(programme->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Safer Rivers in and with Africa"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Safer Rivers in and with Africa"));
}

TEST_CASE("funds: contributions signed or announced to a programme, with the fund between commas") {
  auto signed_ =
      run("The Swedish Ministry for Foreign Affairs has signed a contribution of EUR 2 million to "
          "the Harbour Watch Programme to help three ports.");
  CHECK(has_relation(signed_, kg::EdgeKind::funds, "Swedish Ministry for Foreign Affairs",
                     "Harbour Watch Programme"));
  auto announced =
      run("The Commissioner announced an EU contribution of EUR 3 million, from the Internal "
          "Security Fund, to the Harbour Watch Programme, to support prosecutors.");
  CHECK(has_relation(announced, kg::EdgeKind::funds, "European Union", "Harbour Watch Programme"));
  CHECK(has_relation(announced, kg::EdgeKind::funds, "Internal Security Fund",
                     "Harbour Watch Programme"));
}

TEST_CASE(
    "funds: second funders after an amount, 'alongside', and 'co-funded and implemented by'") {
  auto amounts =
      run("The Harbour Watch Programme is co-financed with EUR 4 million by the European Union and "
          "with EUR 1 million by Finland.");
  CHECK(has_relation(amounts, kg::EdgeKind::funds, "Finland", "Harbour Watch Programme"));
  auto alongside = run(
      "Finland has co-financed the Harbour Watch Programme since 2015, alongside the European "
      "Union, whose contribution is channelled through the Instrument contributing to Stability "
      "and Peace.");
  CHECK(has_relation(alongside, kg::EdgeKind::funds, "European Union", "Harbour Watch Programme"));
  CHECK(has_relation(alongside, kg::EdgeKind::funds,
                     "Instrument contributing to Stability and Peace", "Harbour Watch Programme"));
  auto implemented = run(
      "The course was run by the Harbour Watch Programme, which is funded by the European Union "
      "and co-funded and implemented by the Finnish Border Guard.");
  CHECK(has_relation(implemented, kg::EdgeKind::funds, "Finnish Border Guard",
                     "Harbour Watch Programme"));
}

TEST_CASE("funds.through_programme: money paid through a named programme funds it") {
  auto x = run("The new boats were funded by Finland through the Harbour Watch Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Finland", "Harbour Watch Programme"));
}

TEST_CASE("programme.defined_acronym_apposition: 'its project with' after a defined acronym") {
  auto x =
      run("Europol presented EU4Safe Harbours (EU4SH), its project with neighbourhood countries, "
          "which is financed by the European Union.");
  CHECK(find(x, "EU4Safe Harbours") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "EU4Safe Harbours"));
}

TEST_CASE("funds: an implementing programme named with its acronym is no parent of itself") {
  auto x =
      run("The courses are part of a EUR 2.7 million action financed by Finland and carried out by "
          "the Harbour Watch Programme (HWP), in response to the attacks.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Finland", "Harbour Watch Programme"));
}

TEST_CASE(
    "funds.renewed_contributions_to_reference: contributions renewed to the programme named "
    "before") {
  auto x = run(
      "Mr Lauri Hakala presented the Harbour Watch Programme for the Baltic Sea. He reported that "
      "Norway and Sweden had renewed their contributions to the Programme, and that Finland would "
      "join.");
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "Norway", "Harbour Watch Programme for the Baltic Sea"));
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "Sweden", "Harbour Watch Programme for the Baltic Sea"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Finland",
                           "Harbour Watch Programme for the Baltic Sea"));
}

TEST_CASE("programme.quoted_name: apostrophes inside double quotes, 'its project', sub-projects") {
  auto x = run(
      "UNODC presented its regional project \"Safer Harbours for the Baltic\" and the project "
      "\"Promotion de l'accès au droit\". The course opened \"Dune Watch\", a sub-project of the "
      "regional project.");
  for (const char* name :
       {"Safer Harbours for the Baltic", "Promotion de l'accès au droit", "Dune Watch"}) {
    CAPTURE(name);
    const kg::Mention* m = find(x, name);
    REQUIRE(m != nullptr);
    CHECK(m->kind == kg::NodeKind::programme);
  }
  CHECK(find(x, "Promotion de l") == nullptr);
  // Single quotes still end at the next apostrophe: 'the project 'Clean Ports' and ...'.
  auto single = run("The project 'Clean Ports' ended in May.");
  CHECK(find(single, "Clean Ports") != nullptr);
}

TEST_CASE("funds.contributed_to: 'mobilise EUR N through an instrument for a programme'") {
  auto x =
      run("The European Union will mobilise an additional EUR 12 million through the Instrument "
          "contributing to Stability and Peace for the Coastal Watch Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Coastal Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Coastal Watch Programme"));
}

TEST_CASE("programme.word_name_funded_apposition: 'Tamkeen, the EU-funded project that'") {
  auto x = run(
      "Rabat hosted the closing conference of Tamkeen, the EU-funded project that has supported "
      "returning migrants.");
  const kg::Mention* m = find(x, "Tamkeen");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Tamkeen"));
  auto city = run("Ms Ana Ruiz flew to Rabat, the capital, on Monday.");
  const kg::Mention* rabat = find(city, "Rabat");
  REQUIRE(rabat != nullptr);
  CHECK(rabat->kind == kg::NodeKind::place);
}

TEST_CASE("funds: second funders and instruments after an amount or another verb") {
  auto amount =
      run("The Steering Committee of the project \"Safer Valley Borders\" met. The project is "
          "financed by the European Union with EUR 3.5 million under the Development Cooperation "
          "Instrument (DCI) and co-financed by the Government of Japan, which paid for two posts.");
  CHECK(has_relation(amount, kg::EdgeKind::funds, "European Union", "Safer Valley Borders"));
  CHECK(has_relation(amount, kg::EdgeKind::funds, "Development Cooperation Instrument",
                     "Safer Valley Borders"));
  CHECK(has_relation(amount, kg::EdgeKind::funds, "Japan", "Safer Valley Borders"));
  auto implemented = run(
      "The EU presented the Coastal Rule of Law Programme. The programme will be implemented by "
      "UNODC and UNDP and is co-financed by the European Union, with EUR 17 million, and by "
      "Germany, with EUR 3 million.");
  CHECK(has_relation(implemented, kg::EdgeKind::funds, "European Union",
                     "Coastal Rule of Law Programme"));
  CHECK(has_relation(implemented, kg::EdgeKind::funds, "Germany", "Coastal Rule of Law Programme"));
  CHECK_FALSE(
      has_relation(implemented, kg::EdgeKind::funds, "UNODC", "Coastal Rule of Law Programme"));
}

TEST_CASE(
    "funds.signed_agreement: the date before the place; programme.quoted_name: 'a project that'") {
  auto x = run(
      "The Government of Sweden and UNODC signed on 26 August in Bogota a new agreement of SEK 24 "
      "million for the project \"Forest Livelihoods Watch\" for 2015-2018.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Sweden", "Forest Livelihoods Watch"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Forest Livelihoods Watch"));
  // Both passes: the name learned from its quoted form is found where the text writes it bare.
  auto quoted = kg_test::run_corpus(
                    {"The EU signed an agreement for \"Caminos de Cacao\", an alternative "
                     "development project that accompanies families. The first phase of Caminos "
                     "de Cacao, financed through the Instrument contributing to Stability and "
                     "Peace (IcSP), ended in 2015."})
                    .front();
  const kg::Mention* m = find(quoted, "Caminos de Cacao");
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::programme);
  CHECK(has_relation(quoted, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Caminos de Cacao"));
}

TEST_CASE("funds: the instrument after 'which the EU finances through'") {
  auto x = run(
      "The workshop was organised under the project \"Safer Delta Chemicals\", which the European "
      "Union finances through the Instrument contributing to Stability and Peace (IcSP).");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Safer Delta Chemicals"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Safer Delta Chemicals"));
}

TEST_CASE("programme.quoted_name after 'initiative on'; funds.for_which_funding: amount under") {
  auto x = run(
      "Ms Ilse Varga presented a new UNODC initiative on \"Safer Ports for Island States\", for "
      "which the European Commission has committed EUR 4 million under the Instrument "
      "contributing to Stability and Peace. Mr Ivo Sand described a project entitled \"Clean "
      "Rivers, Open Borders\".");
  const kg::Mention* ports = find(x, "Safer Ports for Island States");
  REQUIRE(ports != nullptr);
  CHECK(ports->kind == kg::NodeKind::programme);
  CHECK(find(x, "Clean Rivers, Open Borders") != nullptr);
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "European Commission", "Safer Ports for Island States"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Safer Ports for Island States"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Safer Ports for Island States"));
}

TEST_CASE(
    "funds.among_its_donors: 'X is among its donors, alongside Y' funds the programme before") {
  auto x = run(
      "Mr Ivo Sand presented the Safe Cargo Programme, which trains port officers. The European "
      "Union is among its main donors, alongside Iceland and Chile.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Safe Cargo Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Safe Cargo Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Safe Cargo Programme"));
}

TEST_CASE("funds: 'US$' is money, not a place; plural 'whose contributions finance'") {
  auto x = run(
      "The Reef Watch Programme, to which Chile contributed US$ 300,000 in 2017, met in Suva. Ms "
      "Lea Roth thanked Iceland and Japan, whose contributions finance the Reef Watch Programme.");
  CHECK(find(x, "US") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Reef Watch Programme"));
}

TEST_CASE("gazetteer: the Internal Security Fund's Police and Borders instruments are their own") {
  auto x = run(
      "The project \"Safe Coasts\" is co-financed by the European Union through the Internal "
      "Security Fund – Borders and Visa (ISF-BV). The project \"Safe Roads\" is funded under the "
      "Internal Security Fund – Police.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Internal Security Fund - Borders and Visa",
                     "Safe Coasts"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Internal Security Fund - Police", "Safe Roads"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Internal Security Fund", "Safe Roads"));
}

TEST_CASE(
    "funds: an opening participle before 'the three-year programme'; 'Programme of Support'") {
  auto x =
      run("The Programme of Support to Justice in the North of Chad (PASJ) was launched in Abeche. "
          "Financed by the European Union through its Emergency Trust Fund for Africa, with "
          "co-financing from Iceland, the three-year programme is implemented by UNODC.");
  const std::string programme = "Programme of Support to Justice in the North of Chad";
  const kg::Mention* m = find(x, programme);
  REQUIRE(m != nullptr);
  CHECK(m->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", programme));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", programme));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", programme));
}

TEST_CASE("funds.it_is_funded: 'that programme' and 'Its second phase' refer back") {
  auto x = run(
      "The offices will use the Safe Ports Programme. In South Asia that programme is funded by "
      "Iceland and by Japan. Mr Ivo Sand presented the Clean Rivers Project. Its second phase is "
      "financed by Chile.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Safe Ports Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Safe Ports Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Clean Rivers Project"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Chile", "Safe Ports Programme"));
}

TEST_CASE("funds: 'worth EUR N over three years' before the verb; 'Funded by X, the new phase'") {
  auto x = run(
      "Iceland and UNODC launched the project \"Safe Harbour Ledgers\". The project, worth EUR "
      "2.4 million over three years, is co-funded by Chile and Japan. The EU presented the Reef "
      "Watch Programme. Funded by the EU through the Instrument contributing to Stability and "
      "Peace with EUR 6.5 million, the new phase will run until 2025.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Safe Harbour Ledgers"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Safe Harbour Ledgers"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Reef Watch Programme"));
}

TEST_CASE("funds.it_is_funded: 'The programme covers A and B, and is financed by X'") {
  auto x = run(
      "Ms Ana Ruiz discussed the Regional Programme for the Andes. The Regional Programme covers "
      "Peru, Bolivia and Ecuador, and is financed by Iceland, Chile and Japan.");
  const std::string programme = "Regional Programme for the Andes";
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", programme));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", programme));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Peru", programme));
}

TEST_CASE("programme: 'the ILO's X project', 'progress of X, a project financed by', 'action, X'") {
  auto x = run(
      "The Commission will add EUR 2 million to the ILO's Fair Harvest Standards project, which "
      "the EU funds. Delegates reviewed the progress of Safe Schools for Girls in the Sahel, a "
      "joint UNICEF-UNODC project financed by Sweden. Norway signed an agreement for a new "
      "three-year action, Countering Wildlife Crime in Southern Africa (CWCSA).");
  for (const char* name : {"Fair Harvest Standards", "Safe Schools for Girls in the Sahel",
                           "Countering Wildlife Crime in Southern Africa"}) {
    CAPTURE(name);
    const kg::Mention* m = find(x, name);
    REQUIRE(m);
    CHECK(m->kind == kg::NodeKind::programme);
  }
  CHECK(has_relation(x, kg::EdgeKind::funds, "Sweden", "Safe Schools for Girls in the Sahel"));
  // A short reference at a sentence's start, and a lower-case 'programme' (a funding
  // instrument, read as a body), are left alone.
  auto y =
      run("The Global Facility, a project funded by the EU, met. Money came from the "
          "Commission's Fight against Fraud programme.");
  CHECK_FALSE(find(y, "The Global Facility"));
  CHECK_FALSE(find(y, "Global Facility"));
  CHECK_FALSE(find(y, "Fight against Fraud"));
}

TEST_CASE("programme: a name of capitalised words right after 'the project'") {
  auto x =
      run("The equipment was delivered under the project Strengthening Border Controls in Remote "
          "Districts, funded by the European Union through the Instrument for Pre-accession "
          "Assistance.");
  const std::string project = "Strengthening Border Controls in Remote Districts";
  const kg::Mention* m = find(x, project);
  REQUIRE(m);
  CHECK(m->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", project));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument for Pre-accession Assistance", project));
  // A body's head word inside the name does not make it a body.
  auto body =
      run("Officials launched the project Support to the National Commission for Public "
          "Integrity, which the European Union finances.");
  const kg::Mention* support =
      find(body, "Support to the National Commission for Public Integrity");
  REQUIRE(support);
  CHECK(support->kind == kg::NodeKind::programme);
  // The project's own bodies and staff are no project.
  auto committee = run("The project Steering Committee met in Tirana.");
  CHECK_FALSE(find(committee, "Steering Committee"));
  // The EU's word 'action', with the name quoted or not.
  auto action =
      run("The course was financed by the European Union under the IPA II regional action "
          "Fighting Fraud in the Balkans. The study was funded by the European Union through the "
          "Instrument contributing to Stability and Peace, as part of the action \"Safer Roads "
          "for Traders\", which the EU Delegation manages.");
  CHECK(
      has_relation(action, kg::EdgeKind::funds, "European Union", "Fighting Fraud in the Balkans"));
  CHECK(has_relation(action, kg::EdgeKind::funds, "European Union", "Safer Roads for Traders"));
  const kg::Mention* regional = find(action, "Fighting Fraud in the Balkans");
  REQUIRE(regional);
  CHECK(regional->kind == kg::NodeKind::programme);
}
