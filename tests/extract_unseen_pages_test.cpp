// Constructions found missing on the sixth session's blind pages (heldout-blind3 and -blind4)
// and on the misses of the sets before, each proved on invented sentences (the institutions are
// real, the people invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("organisation.named_by_acronym: common words given their own acronym name one body") {
  auto x = run(
      "Dr Olav Brekke of the Nordic Youth Policy Observatory (NYPO) spoke for the European "
      "Civil Society Platform on Prison Reform (ECSPPR). The Regional Working Group (XYZ) met.");
  const kg::Mention* observatory = find(x, "Nordic Youth Policy Observatory");
  REQUIRE(observatory != nullptr);
  CHECK(observatory->kind == kg::NodeKind::organisation);
  CHECK(find(x, "European Civil Society Platform on Prison Reform") != nullptr);
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Olav Brekke", "Nordic Youth Policy Observatory"));
  auto when = run("Mr Ivo Sand spoke at the Baltic Drug Policy Observatory on Monday.");
  CHECK(find(when, "Baltic Drug Policy Observatory") != nullptr);
  // An acronym that is not the name's initials does not make common words a name.
  CHECK(find(x, "Regional Working Group") == nullptr);
}

TEST_CASE("organisation.academic_in_city and foreign_head: names English texts keep as they are") {
  auto x =
      run("Prof. Aine Brady of Queen's College Dublin and Dr Luc Ferrand of the Institut de "
          "Recherche sur la Sécurité met staff of Fundación Nueva Esperanza in Bogotá and of the "
          "Hanna-Bergmann-Stiftung.");
  const kg::Mention* college = find(x, "Queen's College Dublin");
  REQUIRE(college != nullptr);
  CHECK(college->kind == kg::NodeKind::organisation);
  CHECK(find(x, "Dublin") == nullptr);  // the city inside the name is no place of its own
  CHECK(has_relation(x, kg::EdgeKind::represents, "Aine Brady", "Queen's College Dublin"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Luc Ferrand",
                     "Institut de Recherche sur la Sécurité"));
  CHECK(find(x, "Fundación Nueva Esperanza") != nullptr);
  CHECK(find(x, "Hanna-Bergmann-Stiftung") != nullptr);
  CHECK(find(x, "Bogotá") != nullptr);
}

TEST_CASE("represents.list_entry_org: a speaker list of names each with a body alone") {
  auto x =
      run("The panel heard Ms Ilse Varga, Europol; Dr Joon Park, Riverside Harm Reduction "
          "Network (RHRN); and Mr Pau Serra, DG HOME. It also thanked Ms Ada Lin, the EEAS "
          "and Frontex for their support.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilse Varga", "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Joon Park", "Riverside Harm Reduction Network"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pau Serra", "DG HOME"));
  const kg::Mention* park = find(x, "Joon Park");  // a surname that is a site's head word
  REQUIRE(park != nullptr);
  CHECK(park->kind == kg::NodeKind::person);
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::represents, "Ada Lin", "European External Action Service"));
}

TEST_CASE("represents: a title in a unit of an owner, and what a person covers at a body") {
  auto x =
      run("Ms Kaja Lund, Policy Officer in the Firearms Unit of the European Commission's DG "
          "HOME, met Mr Teo Rossi, who covers drug policy at the European External Action "
          "Service.");
  CHECK(find(x, "Policy Officer in the Firearms Unit") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Kaja Lund", "Firearms Unit"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Kaja Lund", "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Teo Rossi", "European External Action Service"));
}

TEST_CASE("persons: a rank alone before a name, a two-letter initial, a title in lower case") {
  auto x =
      run("Certificates were handed over by General Omar Haidari of the Frontier Police and Mr. "
          "Anatol Dubois, Chargé d'affaires a.i. of the Delegation of the European Union to "
          "Moldova. Mr. Bolat Kh. Nurmanov also spoke for the General Prosecutor's Office of "
          "Moldova.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Omar Haidari", "Frontier Police"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anatol Dubois",
                     "Delegation of the European Union to Moldova"));
  CHECK(find(x, "Bolat Kh. Nurmanov") != nullptr);
  CHECK(find(x, "General Prosecutor's Office of Moldova") != nullptr);
}

TEST_CASE("represents.at_org_person_title: whom visitors met at a body works there") {
  auto x =
      run("At Eurojust, the visitors met Ms. Dana Kral, National Member for Slovakia, and at "
          "Europol they saw the operations room.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dana Kral", "Eurojust"));
}

TEST_CASE("organisation.office_for: an acronym owner's possessive is no part of the name") {
  auto x =
      run("Mr. Timur Bekov, National Programme Officer at UNODC's Programme Office in Almaty, "
          "spoke.");
  const kg::Mention* office = find(x, "UNODC Programme Office in Almaty");
  REQUIRE(office != nullptr);
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Timur Bekov", "UNODC Programme Office in Almaty"));
  CHECK(find(x, "Almaty") == nullptr);
}

TEST_CASE(
    "represents: on behalf of a body by a person; a job noun with a programme; a role "
    "in brackets closing a list entry") {
  auto x =
      run("The statement was delivered on behalf of the European Union by Ambassador Lena "
          "Holt, Permanent Representative of Austria. Ms. Ama Owusu, a money laundering expert "
          "with UNODC's Global Programme against Money Laundering, ran a session.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Holt", "European Union"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ama Owusu", "UNODC"));
  auto list =
      run("Speakers:\n- Mr. Bo Lind, First Counsellor, Europol (moderator)\n- Ms. Ida "
          "Berg, Senior Adviser, Frontex");
  CHECK(has_relation(list, kg::EdgeKind::represents, "Bo Lind", "Europol"));
}

TEST_CASE("persons: Romanian comma letters belong to names") {
  auto x =
      run("The conference was opened by Ms. Ioana Pătrașcu-Ionescu, State Secretary at the "
          "Ministry of Justice of Romania, and Mr. Ștefan Bălțatu.");
  const kg::Mention* secretary = find(x, "Ioana Pătrașcu-Ionescu");
  REQUIRE(secretary != nullptr);
  CHECK(secretary->kind == kg::NodeKind::person);
  CHECK(find(x, "Ștefan Bălțatu") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ioana Pătrașcu-Ionescu",
                     "Ministry of Justice of Romania"));
}

TEST_CASE("funds: money for a project a sentence introduces with an article is for no named one") {
  auto x =
      run("Finland funds the Women in Policing Initiative (WPI). Norway finances a parallel "
          "UNODC project on prison reform in Kyrgyzstan.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Finland", "Women in Policing Initiative"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Norway", "Women in Policing Initiative"));
}

TEST_CASE("organisation: a country's possessive mission, a region opening an owner's unit") {
  auto x =
      run("Mr. Juho Kallio of Finland's Permanent Representation to the EU and Ms Lia Sand "
          "of the EEAS Africa Department attended.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Juho Kallio",
                     "Permanent Representation of Finland to the EU"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lia Sand", "Africa Department"));
  CHECK(find(x, "Africa") == nullptr);
}

TEST_CASE("represents: speaker lists with an acronym's brackets inside the role's brackets") {
  auto x =
      run("Speakers:\n- Ana Grieg (Head of the European Migrant Smuggling Centre (EMSC), "
          "Europol)\n- Rui Lemos MEP (rapporteur, Committee on Budgets (BUDG))");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Ana Grieg", "European Migrant Smuggling Centre"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Grieg", "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rui Lemos", "Committee on Budgets"));
}

TEST_CASE(
    "represents: a vice-chair before a name, abbreviated ranks, a unit's acronym before "
    "its owner, a job noun with no article") {
  auto x =
      run("The hearing was chaired by LIBE Vice-Chair Ilze Berzina MEP. He was joined by Pol. "
          "Maj. Gen. Somchai Rattana, Deputy Secretary-General of the Office of the Narcotics "
          "Control Board (ONCB). Ms Lotte Bos of the European Cybercrime Centre (EC3) at Europol "
          "and Mr Pedro Sy, cybercrime expert with UNODC's Global Programme on Cybercrime, spoke.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilze Berzina",
                     "Committee on Civil Liberties, Justice and Home Affairs"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Somchai Rattana",
                     "Office of the Narcotics Control Board"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lotte Bos", "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pedro Sy", "UNODC"));
}

TEST_CASE(
    "programmes: a name with its acronym described as a funded project, an acronym-led "
    "name described as a programme") {
  auto x =
      run("The workshop was organised under Safer Rivers in and with Asia (SRIWA), a project "
          "funded by the European Union and co-funded by Germany. Both sides welcomed the results "
          "of RESIST Global, the EU-funded programme on preventing violent extremism.");
  const kg::Mention* rivers = find(x, "Safer Rivers in and with Asia");
  REQUIRE(rivers != nullptr);
  CHECK(rivers->kind == kg::NodeKind::programme);
  CHECK(find(x, "Asia") == nullptr);  // a place inside a programme's name
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Safer Rivers in and with Asia"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Germany", "Safer Rivers in and with Asia"));
  const kg::Mention* resist = find(x, "RESIST Global");
  REQUIRE(resist != nullptr);
  CHECK(resist->kind == kg::NodeKind::programme);
}

TEST_CASE("organisations: a programme's office, a police title with its own 'of'") {
  auto x =
      run("Ms Ana Lee, Assistant Commissioner of Police of the Royal Malaysia Police, spoke. "
          "Mr Ousmane Diallo of the UNODC Sahel Programme Office in Dakar attended.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Lee", "Royal Malaysia Police"));
  CHECK(find(x, "Assistant Commissioner of Police of the Royal Malaysia Police") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ousmane Diallo",
                     "UNODC Sahel Programme Office in Dakar"));
}

TEST_CASE(
    "not_attending: a body whose session a side event is beside, one where things are "
    "expected") {
  auto x =
      run("Both sides discussed the scheduling decisions expected at the Commission on Crime "
          "Prevention and Criminal Justice in May.",
          "EU-US dialogue on drugs");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended,
                           "Commission on Crime Prevention and Criminal Justice"));
  auto side = run("Experts from Europol presented their findings.",
                  "CCPCJ side event discusses firearms trafficking");
  CHECK_FALSE(has_relation(side, kg::EdgeKind::attended,
                           "Commission on Crime Prevention and Criminal Justice"));
  CHECK(has_relation(side, kg::EdgeKind::attended, "Europol"));
}

TEST_CASE(
    "represents: a state secretary, a body represented by 'its' title holder, a body with "
    "its acronym represented, MEPs including a member") {
  auto x =
      run("She was received by State Secretary Ion Rusu of the Ministry of Internal Affairs of "
          "the Republic of Moldova. IOM was represented by its Chief of Mission in Ghana, Ms. "
          "Thandi Amadi. The European External Action Service (EEAS) was represented by Mr. Aras "
          "Simkus, Policy Officer. Several MEPs, including Mr. Pavel Novotny, asked questions.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ion Rusu",
                     "Ministry of Internal Affairs of the Republic of Moldova"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Thandi Amadi",
                     "International Organization for Migration"));
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Aras Simkus", "European External Action Service"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pavel Novotny", "European Parliament"));
}

TEST_CASE(
    "funds: 'among others', a further amount, a country through its agency, money "
    "earmarked for a next phase, money through an instrument, an implementer no target") {
  auto x =
      run("Ms Ada Chukwu described the Global Programme on Cybercrime, financed among others by "
          "Norway and the United Kingdom. The Safe Harbours Initiative (SHI) is funded by the "
          "European Union to the tune of EUR 12 million, with a further EUR 2 million from "
          "Germany. Sweden, through the Swedish International Development Cooperation Agency "
          "(Sida), announced a contribution of SEK 10 million to the initiative.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Global Programme on Cybercrime"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Germany", "Safe Harbours Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Sweden", "Safe Harbours Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Swedish International Development Cooperation Agency",
                     "Safe Harbours Initiative"));
  auto phase =
      run("The Small Arms Control Programme (SACP) was launched in Skopje. The programme, financed "
          "by the European Union to the tune of EUR 6 million through the Instrument for "
          "Pre-accession Assistance (IPA II), is implemented by UNODC's Global Firearms "
          "Programme. The EU had earmarked EUR 9 million under IPA II for a second phase, SACP "
          "II, to start in 2020.");
  CHECK(has_relation(phase, kg::EdgeKind::funds, "Instrument for Pre-accession Assistance",
                     "Small Arms Control Programme"));
  CHECK_FALSE(
      has_relation(phase, kg::EdgeKind::funds, "European Union", "Global Firearms Programme"));
  // "for a second phase, SACP II": money earmarked under an instrument, both fund.
  auto earmarked =
      run("The Small Arms Control Programme (SACP) was launched. The EU had earmarked "
          "EUR 9 million under IPA II for a second phase, SACP II, to start in 2020.");
  CHECK(has_relation(earmarked, kg::EdgeKind::funds, "Instrument for Pre-accession Assistance",
                     "Small Arms Control Programme"));
}

TEST_CASE("persons: Vietnamese names in Latin Extended Additional") {
  auto x =
      run("The workshop was opened by Ms Phan Thị Thu Hằng, Deputy Director of the Ministry of "
          "Public Security, and Mr Nguyễn Văn Thành of the Supreme Court.");
  const kg::Mention* director = find(x, "Phan Thị Thu Hằng");
  REQUIRE(director != nullptr);
  CHECK(director->kind == kg::NodeKind::person);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Nguyễn Văn Thành", "Supreme Court"));
}

TEST_CASE("represents.respective_on_behalf: two people for two bodies, in order") {
  auto x =
      run("Dr. Lia Moreno and Mr. Dario Vukic responded on behalf of UNODC and Europol and "
          "proposed more mentoring.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lia Moreno", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dario Vukic", "Europol"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Dario Vukic", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Lia Moreno", "Europol"));
}

TEST_CASE(
    "organisation.delegation_to: a place and a regional body, 'for' a region, never two "
    "delegations") {
  auto x =
      run("Ms. Ewa Zielinska, Head of Cooperation at the Delegation of the European Union to "
          "Nigeria and ECOWAS, spoke. Mr Jonas Ekdahl of the Delegation of the European Union for "
          "the Pacific and staff of the EU Delegation to Kenya and the EU Delegation to Uganda "
          "attended.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ewa Zielinska",
                     "Delegation of the European Union to Nigeria and ECOWAS"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jonas Ekdahl",
                     "Delegation of the European Union for the Pacific"));
  CHECK(find(x, "EU Delegation to Kenya") != nullptr);
  CHECK(find(x, "EU Delegation to Uganda") != nullptr);
}

TEST_CASE("organisations: a company with its legal form, a university's faculty") {
  auto x =
      run("Dr. Kwame Fischer of Evalua Partners GmbH, the company contracted for the "
          "evaluation, presented. Prof. Vuk Radic of the University of Belgrade's Faculty of "
          "Security Studies presented a study.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Kwame Fischer", "Evalua Partners GmbH"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Vuk Radic", "Faculty of Security Studies"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Vuk Radic", "University of Belgrade"));
}

TEST_CASE("persons: a law, a community or a rank word after a body is no name") {
  auto x =
      run("Mr Piotr Nowel of the European Commission explained how the EU Deforestation "
          "Regulation and the EU Drugs Directive apply. The annual meeting of the Europol "
          "Analysis Community (EAC) took place in The Hague. The Vice-Minister of Defence and "
          "Controlled Substances of the Ministry of Interior, Ms Anita Rojas Tellez, spoke. The "
          "unit's head, Commissaire Principal Idrissa Garba Moussa, presented the seizures.");
  CHECK(find(x, "Piotr Nowel") != nullptr);
  CHECK(find(x, "Deforestation Regulation") == nullptr);
  CHECK(find(x, "Drugs Directive") == nullptr);
  CHECK(find(x, "Analysis Community") == nullptr);
  CHECK(find(x, "Controlled Substances") == nullptr);
  CHECK(find(x, "Anita Rojas Tellez") != nullptr);
  CHECK(find(x, "Idrissa Garba Moussa") != nullptr);
  CHECK(find(x, "Principal Idrissa Garba Moussa") == nullptr);
}

TEST_CASE("organisations: a field's second half after 'and the' when an activity opens it") {
  auto x =
      run("Officers of the National Authority for the Protection of Witnesses and the Fight "
          "against Corruption met Mr Omar Ba of the Dakar Observatory on Road Safety and the "
          "Prevention of Accidents. Staff of the Ministry of Justice and the Ministry of Health "
          "attended, with Major Aziz Karimov of the Border Troops of Uzbekistan.");
  CHECK(find(x,
             "National Authority for the Protection of Witnesses and the Fight against "
             "Corruption") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Omar Ba",
                     "Dakar Observatory on Road Safety and the Prevention of Accidents"));
  // Two bodies stay two: a second head after 'and the' is no activity.
  CHECK(find(x, "Ministry of Justice") != nullptr);
  CHECK(find(x, "Ministry of Health") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Aziz Karimov", "Border Troops of Uzbekistan"));
}

TEST_CASE("names: a body's name does not end inside a longer capitalised name") {
  auto x =
      run("The course was held within the Partnership for Improving Service Delivery through "
          "Stronger Audit Institutions (PISDSAI), a programme financed by the European Union. "
          "Officers of the Philippine National Police Anti-Cybercrime Group and the Rwanda "
          "Investigation Bureau Director attended.");
  CHECK(find(x, "Partnership for Improving Service") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Partnership for Improving Service Delivery through Stronger Audit "
                     "Institutions"));
  // A group is a body's head word: the unit is named whole, with the force it belongs to.
  CHECK(find(x, "Philippine National Police Anti-Cybercrime Group") != nullptr);
  CHECK(find(x, "Rwanda Investigation Bureau") != nullptr);
}

TEST_CASE("organisations: a country's name before 'Ministry of' is part of the ministry's name") {
  auto x =
      run("Ms Claire Wagner-Hoss of the Luxembourg Ministry of Justice spoke. Mr Tomas Lind of the "
          "Estonia Ministry of Social Affairs spoke too.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Claire Wagner-Hoss",
                     "Luxembourg Ministry of Justice"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tomas Lind",
                     "Estonia Ministry of Social Affairs"));
  CHECK(find(x, "Ministry of Justice") == nullptr);
}

TEST_CASE("organisation.owner_delegation_to: 'the European Union Delegation to Senegal'") {
  auto x =
      run("INTERPOL and the European Union Delegation to Senegal were also represented. Ms Ines "
          "Baptiste of the European Union Delegation to Senegal spoke.");
  CHECK(find(x, "European Union Delegation to Senegal") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ines Baptiste",
                     "European Union Delegation to Senegal"));
}

TEST_CASE("organisation.owner_head_first: 'Frontex's Centre of Excellence for ...'") {
  // Both passes: the second knows the centre and its owner from the first.
  auto items = kg_test::run_corpus(
      {"Europol's Centre of Excellence for Combating Cyber Fraud (CECF) and UNODC held a workshop. "
       "Ms Lea Haddad-Ritter, Head of the Centre of Excellence, opened it."});
  const kg::ItemExtraction& x = items[0];
  CHECK(find(x, "Centre of Excellence for Combating Cyber Fraud") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lea Haddad-Ritter",
                     "Centre of Excellence for Combating Cyber Fraud"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lea Haddad-Ritter", "Europol"));
}

TEST_CASE(
    "organisations: a participle and its preposition opening a sentence are no part of "
    "a name") {
  auto x =
      run("Speaking for the Danish Embassy, First Secretary Jens Holm Kragh asked for a joint "
          "framework. Strengthening the Legal Regime against Terrorism, UNODC's programme, was "
          "presented.");
  CHECK(find(x, "Danish Embassy") != nullptr);
  CHECK(find(x, "Speaking for the Danish Embassy") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jens Holm Kragh", "Danish Embassy"));
}

TEST_CASE("person.name_comma_title: a name and its title after a preposition or a verb") {
  auto x =
      run("The subcommittee heard from Vytautas Rimkevicius, Coordinator of the Customs Service of "
          "Lithuania, on seizures. The chair thanked Lena Brodersen, Director of Europol's "
          "analysis centre, for the data.");
  CHECK(find(x, "Vytautas Rimkevicius") != nullptr);
  CHECK(find(x, "Lena Brodersen") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Brodersen", "Europol"));
}

TEST_CASE("represents: a speaker list's entry may end with the body's city in brackets") {
  auto x =
      run("Speakers:\n\n- Dilshod Rakhimov, Regional Representative, UNODC Regional Office for "
          "Central Asia (Tashkent)\n- Ms Olga Berzina, DG HOME (Brussels)");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dilshod Rakhimov",
                     "UNODC Regional Office for Central Asia"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Olga Berzina", "DG HOME"));
}

TEST_CASE(
    "persons: the words of a tool's name are no person's ('the UNODC Early Warning Advisory')") {
  auto x = run("Mr Pavel Ostrowski presented the UNODC Early Warning Advisory and its portal.");
  CHECK(find(x, "Early Warning Advisory") == nullptr);
  CHECK(find(x, "Pavel Ostrowski") != nullptr);
}

TEST_CASE("persons: a city's name after a title or a name's particle belongs to the person") {
  auto x =
      run("Ambassador Sofia Lindqvist-Moreau opened the session. Ambassador Pieter-Jan van der "
          "Brugge closed it.");
  CHECK(find(x, "Sofia Lindqvist-Moreau") != nullptr);
  CHECK(find(x, "Pieter-Jan van der Brugge") != nullptr);
  CHECK(find(x, "Sofia") == nullptr);
  CHECK(find(x, "Bruges") == nullptr);
}

TEST_CASE("represents.to_represent: 'and, on behalf of UNODC, by Ms B' gives the body to B") {
  auto x =
      run("The agreement was signed by the Head of the EU Delegation, Ambassador Tomas Varga, and, "
          "on behalf of UNODC, by Ms Awa Sangare, Head of the UNODC Programme Office in Mali.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Awa Sangare", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Tomas Varga", "UNODC"));
}

TEST_CASE("programmes: 'Ms A of the Global Programme's team' is a person, no programme") {
  auto x =
      run("Ms Ines Halvorsen-Brandt of the Global Programme's team in Vienna walked officials "
          "through the findings.");
  CHECK(find(x, "Ines Halvorsen-Brandt") != nullptr);
  for (const kg::Mention& m : x.mentions)
    if (!m.removed && m.kind == kg::NodeKind::programme) CHECK(m.name.rfind("Ms ", 0) != 0);
}

TEST_CASE("person.title_name: a title of several words, or two titles, before a name") {
  auto x = run(
      "The course was opened by Deputy Prosecutor General Sengdao Vilaykham. NPA Executive "
      "Director Commander Tiago Ferraz Lobo presented the seizures. The list of speakers:\n"
      "- Comisario Mayor Hernán Eusebio Quiroga Leal, Police Community of the Americas (AMERIPOL)");
  CHECK(find(x, "Sengdao Vilaykham") != nullptr);
  CHECK(find(x, "Tiago Ferraz Lobo") != nullptr);
  CHECK(find(x, "Hernán Eusebio Quiroga Leal") != nullptr);
  CHECK(find(x, "General Sengdao Vilaykham") == nullptr);
}

TEST_CASE("represents.apposition: 'opened by A, by the Ambassador of the EU, Ms B'") {
  auto x = run(
      "The training was opened by Deputy Prosecutor General Sengdao Vilaykham, by the Ambassador "
      "of the European Union to the Lao PDR, Ms Ewa Brzozowska-Lind, and by Mr Olle Sund.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ewa Brzozowska-Lind", "European Union"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Sengdao Vilaykham", "European Union"));
}

TEST_CASE("persons: a member with their country in brackets, and the role after it") {
  auto x = run(
      "The committee heard Ilse Brandvold-Ek (Norway), AFET's rapporteur on the report, and Tove "
      "Marrak-Lind (Finland), FEMM Vice-Chair. Officers met in Leticia, on the border with "
      "Tabatinga (Brazil) and Santa Rosa (Peru).");
  CHECK(find(x, "Ilse Brandvold-Ek") != nullptr);
  CHECK(find(x, "Tove Marrak-Lind") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilse Brandvold-Ek",
                     "Committee on Foreign Affairs"));
  const kg::Mention* town = find(x, "Santa Rosa");
  CHECK((town == nullptr || town->kind != kg::NodeKind::person));
}

TEST_CASE("person.title_name: ranks of the police and of detectives, and 'Per' as a given name") {
  auto x =
      run("The course was chaired by Police Brigadier General Min Thura Aung.\n"
          "- Detective Superintendent Per Holmgren-Ros, Swedish National Police Board");
  CHECK(find(x, "Min Thura Aung") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Per Holmgren-Ros",
                     "Swedish National Police Board"));
}

TEST_CASE("person.title_complement_name: a portfolio's last word is no part of the name") {
  auto x =
      run("Commissioner for International Partnerships Liisa Marttila opened the workshop. "
          "Commissioner for Climate Action Bram Oost said little.");
  CHECK(find(x, "Liisa Marttila") != nullptr);
  CHECK(find(x, "Partnerships Liisa Marttila") == nullptr);
  CHECK(find(x, "Bram Oost") != nullptr);
}

TEST_CASE("gazetteer: Canada's federal departments named 'X Canada'") {
  auto x =
      run("Ms Dana Whitlow, Director General of the Controlled Substances Branch at Health Canada, "
          "spoke with Mr Obi Kalu of Public Safety Canada.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dana Whitlow", "Health Canada"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Obi Kalu", "Public Safety Canada"));
}

TEST_CASE("person.judicial_title_name: 'Justice A B of the High Court', 'Hon. Lady Justice C D'") {
  auto x = run(
      "The keys were received by Justice Amina Wekesa-Oduya of the High Court of Kenya. "
      "Facilitators included Justice Sani Garba Musa of the High Court of Kaduna State. Hon. "
      "Lady Justice Njeri Gakuru opened the clinic, with Alhaji Sule Bako Danladi. The Honourable "
      "Attorney General spoke. The Justice Sector Support Programme paid for the clinic.");
  CHECK(find(x, "Amina Wekesa-Oduya") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Amina Wekesa-Oduya", "High Court of Kenya"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Sani Garba Musa", "High Court of Kaduna State"));
  CHECK(find(x, "Njeri Gakuru") != nullptr);
  CHECK(find(x, "Sule Bako Danladi") != nullptr);
  CHECK(find(x, "Attorney") == nullptr);
  const kg::Mention* programme = find(x, "Justice Sector Support Programme");
  REQUIRE(programme != nullptr);
  CHECK(programme->kind == kg::NodeKind::programme);
}

TEST_CASE("person.title_surname: a surname alone after a title, three letters at least") {
  auto x = run(
      "The review was co-chaired by Mr Ravi Nadar and Deputy Minister Sultani of the ministry. "
      "\"We agree,\" said Commissioner Lindholm-Ek. Undersecretary Ma. Teresa Dalisay-Cruz of the "
      "DILG spoke.");
  CHECK(find(x, "Sultani") != nullptr);
  CHECK(find(x, "Lindholm-Ek") != nullptr);
  CHECK(find(x, "Ma") == nullptr);
}

TEST_CASE("not_attending.said_elsewhere: a quote given in another city than the dateline's") {
  auto x =
      run("Niamey, 19 June 2017 - The EU signed an agreement with UNODC. \"No impunity,\" said "
          "Commissioner Karl Osterholt-Vega in Brussels. \"We agree,\" said Ms Awa Sidibe-Kone in "
          "Niamey.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Karl Osterholt-Vega", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Awa Sidibe-Kone", ""));
  auto no_dateline = run("The EU signed. \"No impunity,\" said Ms Ana Roe-Lund in Brussels.");
  CHECK(has_relation(no_dateline, kg::EdgeKind::attended, "Ana Roe-Lund", ""));
}

TEST_CASE("gazetteer: well-known programmes that pages name without a programme word") {
  auto x = run(
      "The survey was produced by SIMCI, which is financed by Colombia's Ministry of Justice and "
      "Law. EuroMed Police is funded by the European Union. The EU Policy Cycle - EMPACT met.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Ministry of Justice and Law", "SIMCI"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "EuroMed Police"));
  const kg::Mention* empact = find(x, "EMPACT");
  REQUIRE(empact != nullptr);
  CHECK(empact->kind == kg::NodeKind::programme);
}

TEST_CASE("attended.people_of_list_subject: where the officers serve may stand before the verb") {
  auto x = run(
      "Eighteen officers of the Ghana Revenue Authority and the Ghana Immigration Service who "
      "serve in the Joint Port Control Unit at the Port of Tema completed a course on profiling.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Ghana Revenue Authority", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Ghana Immigration Service", ""));
}

TEST_CASE(
    "attended.at_body: findings presented at a videoconference of the Council's working "
    "party") {
  auto x =
      run("The findings were presented to delegates at a videoconference of the Council's Working "
          "Party on Terrorism (COTER).");
  CHECK(has_relation(x, kg::EdgeKind::attended, "COTER", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Council of the European Union", ""));
}

TEST_CASE("represents.apposition: 'Mr A, told Members that ...' is the sentence going on") {
  auto x =
      run("The EUDA's Executive Director, Mr. Lars Vendby-Kroll, told Members that seizures in EU "
          "ports had reached a record.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lars Vendby-Kroll",
                     "European Union Drugs Agency"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Lars Vendby-Kroll", "European Union"));
}

TEST_CASE("organisation.office_for: an office for the repression of a named crime") {
  auto x = run(
      "Mr Koffi Dossou of the Central Office for the Repression of Illicit Drug Trafficking and "
      "Money Laundering (OCRTIDB) presented the seizures.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Koffi Dossou",
                     "Central Office for the Repression of Illicit Drug Trafficking and Money "
                     "Laundering"));
}

TEST_CASE("gazetteer: towns, ports and border crossings that such news names") {
  auto x =
      run("Officers from Poipet, Torkham and Tecún Umán met in Limassol, then visited the port of "
          "Chornomorsk.");
  for (const char* town : {"Poipet", "Torkham", "Tecún Umán", "Limassol"}) {
    const kg::Mention* place = find(x, town);
    REQUIRE_MESSAGE(place != nullptr, town);
    CHECK(place->kind == kg::NodeKind::place);
  }
}

TEST_CASE("organisations: a month after 'in' is when, not where, the body is") {
  auto x = run("The delegation visited the Moroccan Ministry of Justice in October.");
  CHECK(find(x, "Moroccan Ministry of Justice") != nullptr);
  CHECK(find(x, "Moroccan Ministry of Justice in October") == nullptr);
}

TEST_CASE("gazetteer: a programme's long official name with a comma in it") {
  auto x =
      run("The Regional Programme on Drug Control, Crime Prevention and Criminal Justice Reform in "
          "the Arab States is funded by Denmark and Norway.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Denmark", "Regional Programme for the Arab States"));
  CHECK(find(x, "Regional Programme on Drug Control") == nullptr);
}

TEST_CASE("attended.devoted_session: a working party devoted its meeting of a date to a topic") {
  auto x =
      run("Under the Austrian Presidency, the HDG devoted its meeting of 23 October to the fight "
          "against cocaine trafficking.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Horizontal Working Party on Drugs", ""));
}

TEST_CASE(
    "organisations: an acronym after a speaker's 'of', a name with its head first and its "
    "acronym") {
  auto x = run(
      "Mr. Tanvir Alam Chowdhury of BRAC presented the data. The study came from the Centre for "
      "Research and Information on Drug Abuse (CRIDA) in Lagos.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tanvir Alam Chowdhury", "BRAC"));
  const kg::Mention* centre = find(x, "Centre for Research and Information on Drug Abuse");
  REQUIRE(centre != nullptr);
  CHECK(centre->kind == kg::NodeKind::organisation);
  CHECK(find(x, "Drug Abuse") == nullptr);
}

TEST_CASE("not_attending: the makers of a survey, and a press release quoting a ranked officer") {
  auto x =
      run("The survey was conducted by the National Bureau of Statistics (NBS), with technical "
          "support from UNODC. In a press release issued the same day, NDLEA Chairman Col. Musa "
          "Garba Idris (rtd) said the agency would use the data.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "National Bureau of Statistics", ""));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Musa Garba Idris", ""));
}

TEST_CASE(
    "represents.who_heads: 'who follows PROGRAMME at ORG', a programme between verb and body") {
  auto x =
      run("Ms Liesbeth Vanderhaegen, who follows GLO.ACT at the European Commission's "
          "Directorate-General for International Partnerships (DG INTPA), joined by video link.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Liesbeth Vanderhaegen", "DG INTPA"));
}

TEST_CASE(
    "funds: an instrument written right after the funder funds too, and one joined by 'and'") {
  auto x =
      run("The Coastal Courts Programme is financed by the European Union under the Instrument "
          "contributing to Stability and Peace (IcSP) and, before 2014, under the Development "
          "Cooperation Instrument. The workshop was part of the Island Courts Programme, which the "
          "European Union finances with EUR 9 million through the Neighbourhood, Development and "
          "International Cooperation Instrument - Global Europe (NDICI-Global Europe).");
  for (std::string funder : {"European Union", "Instrument contributing to Stability and Peace",
                             "Development Cooperation Instrument"})
    CHECK(has_relation(x, kg::EdgeKind::funds, funder, "Coastal Courts Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds,
                     "Neighbourhood, Development and International Cooperation Instrument",
                     "Island Courts Programme"));
  // A body after "through" that is no fund or instrument passes the money on; it pays nothing.
  auto implementer =
      run("The course was run by the Harbour Safety Programme with funding from Japan through "
          "the International Organization for Migration (IOM).");
  CHECK(has_relation(implementer, kg::EdgeKind::funds, "Japan", "Harbour Safety Programme"));
  CHECK_FALSE(has_relation(implementer, kg::EdgeKind::funds,
                           "International Organization for Migration", "Harbour Safety Programme"));
}

TEST_CASE(
    "represents: 'signed for ORG by its TITLE, PERSON', and a later 'and by the TITLE, PERSON'") {
  auto x = run(
      "The grant was signed for the European Union by its Ambassador to Ghana, Mr Olaf Brenning, "
      "and for UNODC by the then Country Manager for Ghana, Ms Akosua Mensah-Lind.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Olaf Brenning", "European Union"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Akosua Mensah-Lind", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Olaf Brenning", "UNODC"));
  auto y =
      run("UNODC was represented by Mr Tiago Ferraz, Regional Representative for Southern Africa, "
          "and by the project's coordinator in Malawi, Ms Chikondi Banda-Roth.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Chikondi Banda-Roth", "UNODC"));
}

TEST_CASE("represents: 'two ORG trainers, Dr A and Dr B', and whom a body 'sent'") {
  auto x =
      run("The course was taught by three UNODC mentors, Ms Rita Okafor-Lund, Mr Tan Wei Ming and "
          "Dr Ivo Salminen, with a judge from Kenya.");
  for (std::string person : {"Rita Okafor-Lund", "Tan Wei Ming", "Ivo Salminen"})
    CHECK(has_relation(x, kg::EdgeKind::represents, person, "UNODC"));
  auto y =
      run("Interpol sent Ms Greta Vahlberg, who presented the I-24/7 network to the prosecutors.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Greta Vahlberg", "INTERPOL"));
}

TEST_CASE("represents.org_title_person: an ambassador accredited to a country and a body") {
  auto x =
      run("The team was received in Addis Ababa by the EU Ambassador to Ethiopia and the African "
          "Union, Mr Anselm Vogt-Keller.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anselm Vogt-Keller", "European Union"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Anselm Vogt-Keller", "African Union"));
}

TEST_CASE(
    "organisations: a body's mission or presence in a place, and its secretariat, are units") {
  auto x = run(
      "The Head of the OSCE Mission to Serbia, Ambassador Lena Torvik-Aas, opened the course. "
      "Mr Dawa Sherpa-Lindqvist of the SAARC Secretariat spoke. A UNODC mission to Peru followed.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Torvik-Aas", "OSCE Mission to Serbia"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dawa Sherpa-Lindqvist", "SAARC Secretariat"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dawa Sherpa-Lindqvist",
                     "South Asian Association for Regional Cooperation"));
  CHECK(find(x, "UNODC mission to Peru") == nullptr);
}

TEST_CASE("attended.at_body: a body before a possessive is the place of something else") {
  auto x =
      run("Frontex and UNODC signed in Warsaw an agreement on smuggling at the EU's external "
          "borders.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "European Union", ""));
  auto y = run(
      "Officers took part in the action days, run from a centre at Europol's headquarters in The "
      "Hague. Ms Ida Brandt-Vega spoke at a meeting of the Council's working party on drugs.");
  CHECK(has_relation(y, kg::EdgeKind::attended, "Europol", ""));
  CHECK(has_relation(y, kg::EdgeKind::attended, "Council of the European Union", ""));
}

TEST_CASE("organisation.embassy_in: a post named with its city and no 'in', as British posts are") {
  auto x =
      run("Ms Harriet Dunmore-Achebe, Second Secretary at the British Embassy Hanoi, opened the "
          "course with the Australian High Commission Nairobi.");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Harriet Dunmore-Achebe", "British Embassy Hanoi"));
  CHECK(find(x, "Australian High Commission Nairobi") != nullptr);
}

TEST_CASE("organisations: a body's possessive before its unit names two bodies, owner and unit") {
  auto x = kg_test::run_corpus(
      {"Colonel Arben Gashi-Holm of the Albanian State Police's Directorate for Border Control "
       "spoke, with Ms Thu Ha of the Ministry of Public Security's Drug Crime Investigation "
       "Department."})[0];
  CHECK(has_relation(x, kg::EdgeKind::represents, "Arben Gashi-Holm", "Albanian State Police"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Arben Gashi-Holm",
                     "Directorate for Border Control"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Thu Ha", "Ministry of Public Security"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Thu Ha", "Drug Crime Investigation Department"));
  // A typographic apostrophe, as pages write it.
  auto curly = kg_test::run_corpus(
      {"Mr Ilir Duka of the Albanian State Police\u2019s Directorate for Border Control spoke."})
      [0];
  CHECK(
      has_relation(curly, kg::EdgeKind::represents, "Ilir Duka", "Directorate for Border Control"));
  // A possessive inside a name stays there: a title or people, not a body, own it.
  auto y = kg_test::run_corpus(
      {"Mr Vilay Phommachanh of the Office of the Supreme People's Prosecutor met staff of the "
       "Ministry of Women's Empowerment and Child Protection."})[0];
  CHECK(find(y, "Office of the Supreme People's Prosecutor") != nullptr);
  CHECK(find(y, "Ministry of Women's Empowerment and Child Protection") != nullptr);
}

TEST_CASE("funds: 'X, which is part of Y, is funded by', and donors that 'have committed funds'") {
  auto x = run(
      "The Harbour Watch Project, which is part of the EU's Ocean Routes Programme, is funded by "
      "Japan. The project feeds the Team Europe Initiative on Coastal Security, to which Portugal "
      "and Greece have committed funds.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Harbour Watch Project"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Japan", "Ocean Routes Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Portugal",
                     "Team Europe Initiative on Coastal Security"));
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "Greece", "Team Europe Initiative on Coastal Security"));
}

TEST_CASE("represents.who_as_title: 'Mr A, who, as ORG Representative for X, has overseen'") {
  auto x = run(
      "The report was presented by Ms Wanjiru Kamau-Lind, who, as UNODC Representative for "
      "Eastern Africa, has led the prison programme since 2019. Mr Piet de Waal, who as Head of "
      "the EU Delegation to Kenya signed the grant, spoke next.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Wanjiru Kamau-Lind", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Piet de Waal", "EU Delegation to Kenya"));
}

TEST_CASE("organisation_words: security forces are a body; task forces in the plural are none") {
  auto x =
      run("Ms Rana Haddad-Lind of the Palestinian Security Forces spoke. New Joint Airport "
          "Interdiction Task Forces were set up in three countries.");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Rana Haddad-Lind", "Palestinian Security Forces"));
  CHECK(find(x, "Joint Airport Interdiction Task Forces") == nullptr);
}

TEST_CASE("represents: 'A and B with officers of X' met the officers; 'A, with X,' is of X") {
  auto x =
      run("Ms Ilka Sorensen and Mr Tomas Vidal with officers of the Royal Cambodian Gendarmerie "
          "inspected the port. Ms Ana Petrovska, with the Federal Police, led the second visit.");
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::represents, "Ilka Sorensen", "Royal Cambodian Gendarmerie"));
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::represents, "Tomas Vidal", "Royal Cambodian Gendarmerie"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Petrovska", "Federal Police"));
}

TEST_CASE("programme.named: a slash joins two words of a programme's topic ('on HIV/AIDS')") {
  auto x = run(
      "Norway funds the Regional Programme on HIV/AIDS. The project feeds the Team Europe "
      "Initiative on Labour Migration/Forced Displacement, to which Croatia has committed funds.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Regional Programme on HIV/AIDS"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Croatia",
                     "Team Europe Initiative on Labour Migration/Forced Displacement"));
}

TEST_CASE("funds.passive: ', and drew on ...' after the funders ends them") {
  auto x = run(
      "The workshop was held under the Andean Water Safety Programme (AWSP), which is funded by "
      "Finland through its Ministry for Foreign Affairs, and drew on the experience of the WHO's "
      "Clean Taps (CT) project.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Finland", "Andean Water Safety Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "WHO", "Andean Water Safety Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "World Health Organization",
                           "Andean Water Safety Programme"));
}

TEST_CASE("funds.passive: 'and links ...' after the funders is the programme's next verb") {
  auto x = run(
      "Frontex trains officers for the Harbour Link Project (HLP), which is funded by Iceland and "
      "Chile and connects ports in Oceania and the Caribbean.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Harbour Link Project"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Oceania", "Harbour Link Project"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Caribbean", "Harbour Link Project"));
}

TEST_CASE("organisations: 'UNIT of the BODY' names the unit and its owner, two bodies") {
  auto x = kg_test::run_corpus(
      {"Mr Taras Melnyk of the Cyber Fraud Department of the National Police of Moldova, Ms Ama "
       "Owusu of the Commercial Crimes Division of the High Court of Ghana and Mr Ion Rusu of the "
       "Customs Service of the Republic of Moldova met staff of the Statistical Office of the "
       "European Union."})[0];
  CHECK(has_relation(x, kg::EdgeKind::represents, "Taras Melnyk", "Cyber Fraud Department"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Taras Melnyk", "National Police of Moldova"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ama Owusu", "Commercial Crimes Division"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ama Owusu", "High Court of Ghana"));
  // A unit named by its rank alone is one body's name.
  auto ranked = kg_test::run_corpus(
      {"Ms Nadia Joseph of the Central Directorate of the Judicial Police spoke."})[0];
  CHECK(find(ranked, "Central Directorate of the Judicial Police") != nullptr);
  // A place after "of the", and an office of a body, are one body's name.
  CHECK(find(x, "Customs Service of the Republic of Moldova") != nullptr);
  CHECK(find(x, "Statistical Office of the European Union") != nullptr);
}

TEST_CASE("titles: a lowercase counsellor, prosecutor or judge, and a customs Collector") {
  auto x = run(
      "Mr Anders Holm, political counsellor at the EU Delegation to Chile, attended. Ms Rosa "
      "Vidal, a prosecutor at the Supreme Court of Peru, spoke. Mr Omar Khan, Collector of Sindh "
      "Customs, opened the port.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anders Holm", "EU Delegation to Chile"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rosa Vidal", "Supreme Court of Peru"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Omar Khan", "Sindh Customs"));
}

TEST_CASE("organisation.owner_bureau_for: 'the INTERPOL Regional Bureau for West Africa'") {
  auto x = run(
      "Ms Awa Ndiaye, Head of the INTERPOL Regional Bureau for Southern Africa in Harare, and Mr "
      "Li Wen, Director of UNDP's Bureau for Crisis Response, spoke.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Awa Ndiaye",
                     "INTERPOL Regional Bureau for Southern Africa"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Li Wen", "Bureau for Crisis Response"));
}

TEST_CASE("represents: a body's title then a rank before the name; counted judges with names") {
  auto x = run(
      "The Maritime Security Agency (MSA) hosted the course, opened by the MSA's Director General, "
      "Rear "
      "Admiral Tomasz Wierzbicki. Two judges of the Lahore High Court, Justice Farah Naz Qureshi "
      "and Justice Omar Saleem Butt, led the moot court.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tomasz Wierzbicki", "Maritime Security Agency"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Farah Naz Qureshi", "Lahore High Court"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Omar Saleem Butt", "Lahore High Court"));
  // "Justice" opening a programme's name names nobody.
  auto y = run("The Justice Sector Support Programme and the Justice for Children Project met.");
  for (const auto& m : y.mentions) CHECK(m.kind != kg::NodeKind::person);
}

TEST_CASE("organisation.foreign_head: Spanish and French heads of bodies' names in a list") {
  auto x =
      run("The delegation included officers of:\n- Centro Nacional de Ciberseguridad, Chile\n- "
          "Departamento de Delitos Informáticos (DDI), Uruguay\n- Unidad de Análisis Financiero, "
          "Panama\n- Plateforme Nationale de Cybersécurité, Togo");
  CHECK(find(x, "Centro Nacional de Ciberseguridad") != nullptr);
  CHECK(find(x, "Departamento de Delitos Informáticos") != nullptr);
  CHECK(find(x, "Unidad de Análisis Financiero") != nullptr);
  CHECK(find(x, "Plateforme Nationale de Cybersécurité") != nullptr);
}

TEST_CASE("organisation.foreign_head: schools, units and corps named in Spanish or Italian") {
  auto x =
      run("Ms Rosa Pena, Director of the Escuela Nacional Penitenciaria, and officers of the "
          "Raggruppamento Operativo Speciale and of the Scuola di Polizia Tributaria met the "
          "Garde nationale du Niger.");
  CHECK(find(x, "Escuela Nacional Penitenciaria") != nullptr);
  CHECK(find(x, "Raggruppamento Operativo Speciale") != nullptr);
  CHECK(find(x, "Scuola di Polizia Tributaria") != nullptr);
  CHECK(find(x, "Polizia Tributaria") == nullptr);
  CHECK(find(x, "Garde nationale du Niger") != nullptr);
  // 'Police' and 'Garde' head such a name only before a lower-case adjective of those languages.
  auto y = run("Mr Ivo Roe met the Police de Proximite and the Garde du Palais.");
  CHECK(find(y, "Police de Proximite") == nullptr);
  CHECK(find(y, "Garde du Palais") == nullptr);
}

TEST_CASE("funds: 'led by' ends the funders; an instrument between commas before 'to'") {
  auto x = run(
      "The Andes Drug Policy Programme is financed by the European Commission and led by the "
      "Spanish foundation FIIAPP, with the participation of the EUDA. Under the agreement Japan "
      "will contribute USD 3 million, through its Supplementary Budget Fund, to the Mekong Border "
      "Initiative.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Commission", "Andes Drug Policy Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "FIIAPP", "Andes Drug Policy Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Mekong Border Initiative"));
}

TEST_CASE(
    "represents: 'resource persons from ORG's UNIT in PLACE, among them Ms A'; Customs and "
    "Excise") {
  auto x = run(
      "It was delivered with resource persons from INTERPOL's Firearms Programme Office in Lyon, "
      "among them Ms Ilse Brandt, and from the Ministry of Justice. It was opened by the Director "
      "General of the Gambian Customs and Excise, Mr Lamin Jobe.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilse Brandt", "INTERPOL"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lamin Jobe", "Gambian Customs and Excise"));
}

TEST_CASE("represents.apposition_owner_job_noun: five lowercase words before the job noun") {
  auto x =
      run("The visit was led by Ms Tendai Moyo, UNICEF's regional harm reduction and treatment "
          "expert.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tendai Moyo", "UNICEF"));
}

TEST_CASE("funds: a programme's donors named after its possessive; the EU4 programmes") {
  auto x =
      run("The Harbour Safety Programme's main donors are Iceland and Chile. The course was "
          "organised by EU4Digital Justice, a project funded by the European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Harbour Safety Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Harbour Safety Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "EU4Digital Justice"));
}

TEST_CASE(
    "programmes: who leads a programme is no part of its name; 'for which A provide funding'") {
  auto x = run(
      "The course was part of the Icelandic-led Safe Harbours Initiative, for which Iceland and "
      "Chile provide funding.");
  CHECK(find(x, "Safe Harbours Initiative") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Safe Harbours Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Safe Harbours Initiative"));
}

TEST_CASE("funds.active: 'which A finances together with B' makes both funders") {
  auto x =
      run("The Reef Watch Programme, which Iceland finances together with Chile, met in Suva.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
}

TEST_CASE("represents.who_heads: a programme's team or a component at or of a body") {
  auto x = run(
      "Mr Jonas Berg, who heads the GLACY team at the Norwegian Police Directorate, reported. Ms "
      "Lea Roth, who leads the border component of EUBAM Libya, opened the course. Ms Ana Diaz, "
      "who coordinates the legal component of CRIMJUST at the Prosecutors Network, spoke.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jonas Berg", "Norwegian Police Directorate"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lea Roth", "EUBAM Libya"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Diaz", "Prosecutors Network"));
}

TEST_CASE("organisation.owner_head_first: an owner's directorate or division named head first") {
  auto x =
      run("Ms Ewa Lind, Head of Unit at DG INTPA's Directorate for Sustainable Energy, and Mr Piet "
          "Vos of Europol's Department for Serious Crime spoke.");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Ewa Lind", "Directorate for Sustainable Energy"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Piet Vos", "Department for Serious Crime"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Piet Vos", "Europol"));
}

TEST_CASE("funds: 'donors to X include', 'which was the largest donor to', an amount over years") {
  auto x = run(
      "Other donors to the Reef Watch Programme include the European Union, Chile and Iceland. He "
      "thanked Norway, which was the largest donor to UNODC's Harbour Safety Programme in 2019. "
      "Canada will provide EUR 4 million over three years to the Ocean Safety Programme. Peru "
      "announced today a $2 million contribution to the Andean Prison Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Harbour Safety Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Canada", "Ocean Safety Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Peru", "Andean Prison Programme"));
  // The UN agency an agreement is signed with gives nothing.
  auto y = run(
      "Chile signed an agreement with UNODC providing EUR 2 million over three years to the Reef "
      "Watch Programme.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "UNODC", "Reef Watch Programme"));
}

TEST_CASE("funds: the funders end at ', and that'; a funder that joined the programme's donors") {
  auto x = run(
      "He recalled that the Reef Watch Programme is funded by the European Union, and that \"a "
      "patrol in Suva protects the coasts of Chile\". He added that Iceland joined the programme's "
      "donors in 2021.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Reef Watch Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Suva", "Reef Watch Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
}

TEST_CASE("attended.which_took_part: bodies that a relative clause says took part") {
  auto x =
      run("Ms Ana Lind of UNODC offered a follow-up with Europol and the European Union Agency for "
          "Asylum, both of which had followed the meeting as observers. The Pacific Islands Forum, "
          "which attended the workshop, presented its plan.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Union Agency for Asylum"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Pacific Islands Forum"));
}

TEST_CASE("persons: a post's portfolio after 'of' is no name; a name after a body's possessive") {
  auto x = run(
      "The deal was signed before Mr Tomas Ruiz Vega, Vice-Minister of Coastal Planning of the "
      "Ministry of Fisheries. UNODC's Amina Brekke-Sol, head of the field office in Tumaco, led "
      "the visit.");
  CHECK(find(x, "Coastal Planning") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tomas Ruiz Vega", "Ministry of Fisheries"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Amina Brekke-Sol", "UNODC"));
}

TEST_CASE("represents: a body's lower-case job before or after the person; a title for a region") {
  auto x = run(
      "UNODC's programme officer for the Global Maritime Crime Programme in Kenya, Mr Ivo Lund, "
      "handed out the certificates. The panel heard Ms Rita Holm, Eurojust's contact point for "
      "Asia. It was opened by the Director for the Americas of the European External Action "
      "Service, Mr Paolo Serra.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ivo Lund", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rita Holm", "Eurojust"));
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Paolo Serra", "European External Action Service"));
}

TEST_CASE(
    "attended: experts who took part, from bodies; officers of a country's body after a dateline") {
  auto x = run(
      "Some twenty experts took part, from Europol, the World Customs Organization and INTERPOL, "
      "and from national agencies including Spain's Guardia Civil.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "World Customs Organization"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "INTERPOL"));
  auto y =
      run("SUVA - Twelve officers of Fiji's Revenue and Customs Service and the Guatemalan Navy "
          "completed on 2 May a boarding course.");
  CHECK(has_relation(y, kg::EdgeKind::attended, "Revenue and Customs Service"));
  CHECK(has_relation(y, kg::EdgeKind::attended, "Guatemalan Navy"));
}

TEST_CASE(
    "funds: money 'to the third phase of' a programme is the programme's, not the next one's") {
  auto x = run(
      "He announced a EUR 5 million contribution from Chile to the third phase of the Reef Watch "
      "Programme, the partnership of twenty countries, and recalled the launch of the Ocean "
      "Safety Programme, funded by Iceland.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Chile", "Ocean Safety Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Ocean Safety Programme"));
}

TEST_CASE(
    "attended: 'as did' officers of bodies; an unnamed representative; organisers who "
    "brought people together") {
  auto x =
      run("Officials from DG HOME took part, as did liaison officers of Europol, Eurojust and "
          "Frontex. A representative of the European Commission's DG INTPA confirmed the plan. The "
          "Pacific Islands Forum brought together drug coordinators in Suva.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Frontex"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "DG INTPA"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Commission"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Pacific Islands Forum"));
}

TEST_CASE("organisation.office_for: 'and the' after the office's place starts another body") {
  auto x = run(
      "The UNODC Programme Office in Ukraine and the State Criminal-Executive Service of Ukraine "
      "met in Kyiv. The Regional Office for Sri Lanka and the Maldives opened.");
  CHECK(find(x, "UNODC Programme Office in Ukraine") != nullptr);
  CHECK(find(x, "State Criminal-Executive Service of Ukraine") != nullptr);
}

TEST_CASE("represents.mep_before: 'MEPs A (Germany), B (France) and C' are no part of a name") {
  auto x =
      run("MEPs Henrike Moll (Germany), Jean Vasseur (France) and Cathal Reddy (Ireland) completed "
          "the delegation.");
  CHECK(find(x, "MEPs Henrike Moll") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Henrike Moll", "European Parliament"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jean Vasseur", "European Parliament"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Cathal Reddy", "European Parliament"));
}

TEST_CASE("funds.instrument_owner: money through an EU instrument or fund is the EU's too") {
  auto x =
      run("The European Union opened the meeting. The Reef Watch Programme is funded under the "
          "Instrument contributing to Stability and Peace.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Reef Watch Programme"));
  // Only where the item names the owner.
  auto y = run("The Reef Watch Programme is funded by the European Development Fund.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "European Union", "Reef Watch Programme"));
}

TEST_CASE("attended.people_of_list_heading: 'Around the table were officials from:' a list") {
  auto x = run(
      "The EU side was chaired by Ms Ana Lind of the EEAS. Around the table were officials "
      "from:\n- the Directorate-General for Migration and Home Affairs (DG HOME)\n- Europol, which "
      "joined for one session");
  CHECK(has_relation(x, kg::EdgeKind::attended, "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
  // A list of what was funded says nothing of who came.
  auto funded =
      run("Ms Ana Lind of the EEAS opened the meeting. The money came from two sources:\n- "
          "Europol\n- Eurojust");
  CHECK_FALSE(has_relation(funded, kg::EdgeKind::attended, "Eurojust"));
}

TEST_CASE("funds: money in a relative clause is for the programme right before it, or none") {
  auto x = run(
      "Workshops showed results of the Reef Watch Programme and the Ocean Safety Programme, and of "
      "the Harbour@Net project, which is funded by voluntary contributions from Iceland and "
      "Chile.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Chile", "Ocean Safety Programme"));
  auto y = run(
      "The Reef Watch Programme builds on the Ocean Safety Programme, which the Pacific Islands "
      "Forum has run since 2006 with voluntary contributions from Iceland and Chile.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Iceland", "Ocean Safety Programme"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  // "The programme, which ..." is the programme talked about.
  auto z =
      run("Mr Ivo Lund presented the Reef Watch Programme. The programme, which receives EUR 10 "
          "million from Chile, trains coast guards.");
  CHECK(has_relation(z, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
}

TEST_CASE("funds: among a programme's donors, together with others; donors after a colon") {
  auto x = run(
      "The EU is among the largest donors of UNODC's Reef Watch Programme, together with Chile "
      "and Iceland. Donors to the Global Maritime Crime Programme: Peru, the European Union and "
      "Norway. "
      "Canada on 30 November signed a contribution of CAD 2 million to the Harbour Safety "
      "Programme, which UNODC implements.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Peru", "Global Maritime Crime Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Global Maritime Crime Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Canada", "Harbour Safety Programme"));
}

TEST_CASE("funds.further_support_from: more funders after a funding clause") {
  auto x =
      run("The Reef Watch Programme has been funded since 2012 by the European Union, with further "
          "support from Chile and Iceland.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Iceland", "Reef Watch Programme"));
  // Support named alone gives no money.
  auto y = run("The Reef Watch Programme trains coast guards with further support from Chile.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Chile", "Reef Watch Programme"));
}

TEST_CASE(
    "funds: a relative clause after a parent programme funds the parent; implementers after") {
  // "X under the Y, which is financed by A": the clause is Y's, though Y is named as X's frame.
  auto x =
      run("Officers trained at the Container Control Programme's new unit, set up under the Global "
          "Maritime Crime Programme, which is financed by Japan and coordinated across the region "
          "by the Indian Ocean Commission with UNODC.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Global Maritime Crime Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Japan", "Container Control Programme"));
  // The funders end where an implementer starts, words between its verb and "by" or not.
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Indian Ocean Commission",
                           "Global Maritime Crime Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Global Maritime Crime Programme"));
}

TEST_CASE("programme names: hyphen-joined bodies and places before the name; a programme word") {
  // Two or more names joined by hyphens before a programme's name start that name.
  auto x =
      run("Ms Lena Kovac presented the EU-funded Kenya-Tanzania Coastal Partnership Programme. The "
          "audit covers the Japan-UNODC-WCO Port Integrity Project, financed by Japan.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Kenya-Tanzania Coastal Partnership Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Japan-UNODC-WCO Port Integrity Project"));
  CHECK(find(x, "Tanzania") == nullptr);  // a place written into a name is none of its own
  // One body alone before a name is its owner.
  auto owner = run("It is the UNODC Coastal Partnership Programme.");
  CHECK(find(owner, "UNODC") != nullptr);
  // A programme word before the head is a word of the name's own; alone, generic words are none.
  auto partnership =
      run("UNODC works under the Country Partnership Programme. Other donors to the Country "
          "Partnership Programme include Japan and Italy. It also has a Global Programme.");
  CHECK(has_relation(partnership, kg::EdgeKind::funds, "Italy", "Country Partnership Programme"));
  CHECK(find(partnership, "Global Programme") == nullptr);
}

TEST_CASE("funds.through_instrument: a reported clause, the funder with its acronym") {
  auto x =
      run("Mr Ivo Sand noted that the assessment was funded by the Directorate-General for "
          "Neighbourhood and Enlargement Negotiations (DG NEAR) through the European Neighbourhood "
          "Instrument under the Global Maritime Crime Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "DG NEAR", "Global Maritime Crime Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Neighbourhood Instrument",
                     "Global Maritime Crime Programme"));
}

TEST_CASE("represents: an EU commissioner's portfolio before the name; a commissioner of a body") {
  auto x =
      run("In a statement, Commissioner for International Partnerships Lena Varga-Holm called the "
          "deal a start. The course was opened by the Commissioner of the KNCHR, Mr Otieno Wafula, "
          "and by "
          "others.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Varga-Holm", "European Union"));
  CHECK(find(x, "Otieno Wafula") != nullptr);
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Otieno Wafula", "European Union"));
}

TEST_CASE("represents.its_title_person: a post with its field; a rank before the name") {
  auto x =
      run("Participants were received at the Delegation of the European Union to Kenya by its Head "
          "of Cooperation, Mr Jonas Aberg, who spoke. The day was hosted by the Colombian National "
          "Police and opened by its Director of Criminal Investigation, Brigadier General Rafael "
          "Quintero Pardo.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jonas Aberg",
                     "Delegation of the European Union to Kenya"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rafael Quintero Pardo",
                     "National Police of Colombia"));
}

TEST_CASE("person.org_possessive_name_verb: 'UNODC's A B said'; no body's name is a person") {
  auto x =
      run("At the closing ceremony, UNODC's Shirin Abedi-Larsen said that seizures had risen. "
          "Europol's European Migrant Smuggling Centre said it would help.");
  const kg::Mention* person = find(x, "Shirin Abedi-Larsen");
  REQUIRE(person != nullptr);
  CHECK(person->kind == kg::NodeKind::person);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Shirin Abedi-Larsen", "UNODC"));
  int persons = 0;
  for (const kg::Mention& m : x.mentions) persons += m.kind == kg::NodeKind::person ? 1 : 0;
  CHECK(persons == 1);
}

TEST_CASE("organisation.head_noun: a plural's possessive of common nouns before the head") {
  auto x =
      run("Mr Ilya Sorin, a senior prosecutor at the Tallinn District Prosecutors' Office, met the "
          "Chamber of Deputies' Committee on Public Security.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilya Sorin",
                     "Tallinn District Prosecutors' Office"));
  // A body's own name before the possessive stays a body of its own.
  CHECK(find(x, "Chamber of Deputies") != nullptr);
  CHECK(find(x, "Chamber of Deputies' Committee on Public Security") == nullptr);
}

TEST_CASE("persons: plural nouns of the genre end no name ('Violent Extremist Prisoners')") {
  auto x = run(
      "The project Support in the Management of Violent Extremist Prisoners, which is financed by "
      "the EU and implemented with the Directorate General of Corrections, began. Judges met at "
      "the Centre for Judicial Studies (Centro de Estudos Judiciários, CEJ) in Lisbon.");
  int persons = 0;
  for (const kg::Mention& m : x.mentions) persons += m.kind == kg::NodeKind::person ? 1 : 0;
  CHECK(persons == 0);
}

TEST_CASE("funds: joining others among a programme's donors; money that comes from and goes to") {
  auto x = run(
      "Austria joins Norway, Canada and the European Union among the donors of the Global "
      "Maritime Crime Programme. The grant comes from the Instrument for Stability (IfS) and goes "
      "to UNODC's Container Control Programme.");
  for (const char* donor : {"Austria", "Norway", "Canada", "European Union"}) {
    CAPTURE(donor);
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Global Maritime Crime Programme"));
  }
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument for Stability",
                     "Container Control Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Container Control Programme"));
}

TEST_CASE("funds: money paid through a programme is not its owner's; 'through the' ends a name") {
  auto x = run(
      "The course is paid for by Sweden through UNODC's Global Maritime Crime Programme. It was "
      "financed by the Ministry of Foreign Affairs and International Cooperation through the "
      "Migration Fund.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Sweden", "Global Maritime Crime Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Global Maritime Crime Programme"));
  CHECK(find(x, "Ministry of Foreign Affairs and International Cooperation") != nullptr);
}

TEST_CASE("funds: a donors' list that ends the sentence; an agreement signed in a place on a day") {
  auto x = run(
      "Donors of the Global Maritime Crime Programme (2015-2018): European Union, Japan, Norway, "
      "United States. The Swedish International Development Cooperation Agency (Sida) and UNODC "
      "signed in Stockholm on 3 May a SEK 20 million funding agreement for UNODC's Container "
      "Control Programme, which will help ports in Ghana, Togo and Benin.");
  for (const char* donor : {"European Union", "Japan", "Norway", "United States"}) {
    CAPTURE(donor);
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Global Maritime Crime Programme"));
  }
  CHECK(has_relation(x, kg::EdgeKind::funds, "Swedish International Development Cooperation Agency",
                     "Container Control Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "UNODC", "Container Control Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Ghana", "Container Control Programme"));
}

TEST_CASE("attended.brought_together: 'officials of A and B, as well as of C and D'") {
  auto x = run(
      "The EU side included officials of DG HOME and DG NEAR of the European Commission, as well "
      "as of Europol, Eurojust and CEPOL.");
  for (const char* body : {"DG HOME", "DG NEAR", "Europol", "Eurojust"}) {
    CAPTURE(body);
    CHECK(has_relation(x, kg::EdgeKind::attended, body, ""));
  }
}

TEST_CASE("organisation.after_country_possessive: a body a country's possessive names") {
  auto x =
      run("Ms Amina Wekesa, Senior State Counsel at Kenya's Office of the Director of Public "
          "Prosecutions, spoke. Mr Karim Haddad of Lebanon's Special Investigation Commission and "
          "Major Ivo Rojas of Bolivia's Special Force to Fight Drug Trafficking followed. Kenya's "
          "Office said nothing.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Amina Wekesa",
                     "Office of the Director of Public Prosecutions"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Karim Haddad",
                     "Special Investigation Commission"));
  CHECK(find(x, "Kenya") != nullptr);  // the country stays a place of its own
  CHECK(find(x, "Special Force") == nullptr);
  CHECK(find(x, "Office") == nullptr);
}

TEST_CASE(
    "represents.represented_by: a relative clause between the body and 'was represented by'") {
  auto x = run(
      "The Ministry of Interior, which chairs the project's national steering committee, was "
      "represented by Additional Secretary Mr Tariq Mehmood Khan. The EU Delegation to Kenya, "
      "which is preparing the European Union's own support to the courts, was represented by Ms "
      "Lea Brandt, Attaché for governance.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tariq Mehmood Khan", "Ministry of Interior"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lea Brandt", "EU Delegation to Kenya"));
}

TEST_CASE("represents.apposition: a list line whose body is followed by its country office") {
  auto x = run("Participants:\n- Ms Sabine Aubert, Chief of Mission, IOM Lao PDR\n");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Sabine Aubert",
                     "International Organization for Migration"));
}

TEST_CASE("represents: 'of the same Section'; not_attending: 'could not travel to Brussels'") {
  auto x =
      run("The delegation was led by Ms Ada Eze, Chief of UNODC's Human Trafficking and Migrant "
          "Smuggling Section, with Mr Pablo Iturbe of the same Section. Their colleague, Ms Lena "
          "Orell of the same Section, could not travel to Brussels. Mr Ivo Sand attended.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pablo Iturbe",
                     "Human Trafficking and Migrant Smuggling Section"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Pablo Iturbe"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Orell", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Lena Orell"));
}
