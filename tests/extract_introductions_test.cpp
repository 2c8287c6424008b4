// Constructions of the genre probed on invented sentences in the eighth session, before its blind
// pages were read: how a speaker is introduced, how a body or a programme is named, where a
// meeting is held. The institutions are real, the people invented.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("represents.on_behalf_before: a job title between the body and the name") {
  auto x = run(
      "Speaking for the European Commission, Director Helga Marnstein underlined the commitment. "
      "On behalf of DG HOME, Deputy Minister Dr Ansel Ruvic opened the session.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Helga Marnstein", "European Commission"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ansel Ruvic", "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Commission"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Helga Marnstein", "DG HOME"));
}

TEST_CASE("programme.name_acronym_apposition: a named action funded through a verb") {
  auto x =
      run("The Joint Action against Smuggling (JAAS) receives funding under the EU's Instrument "
          "contributing to Stability and Peace.");
  const kg::Mention* action = find(x, "Joint Action against Smuggling");
  REQUIRE(action != nullptr);
  CHECK(action->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Joint Action against Smuggling"));
  // A body's name with its acronym stays a body, funded or not.
  auto unit = run("The Financial Intelligence Unit (FIU) is funded by the Ministry of Finance.");
  const kg::Mention* fiu = find(unit, "Financial Intelligence Unit");
  REQUIRE(fiu != nullptr);
  CHECK(fiu->kind == kg::NodeKind::organisation);
}

TEST_CASE("organisations: three capitalised words before a body's head name a national body") {
  auto x =
      run("Participants included the Border Guard Service and the State Customs Committee, and the "
          "Kordavan Police Service trained a new Port Control Unit.");
  CHECK(find(x, "Border Guard Service") != nullptr);
  CHECK(find(x, "State Customs Committee") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::attended, "State Customs Committee"));
  CHECK(find(x, "Port Control Unit") == nullptr);  // a unit of a kind, one of many
  // Two words are a kind of body; a name cut short of its last words names nothing.
  auto y =
      run("The Border Service was praised. Delegates saw the West Africa Police Information System "
          "and the Drug Enforcement Service Academy.");
  CHECK(find(y, "Border Service") == nullptr);
  CHECK(find(y, "Drug Enforcement Service") == nullptr);
}

TEST_CASE("organisations: the authority a body answers to is part of its name") {
  auto x =
      run("Colonel Rustam Ikromov, Director of the Drug Control Agency under the President of the "
          "Republic of Tajikistan, presented the figures. The Ambassador later called on the Anti-"
          "Corruption Bureau under the Cabinet of Ministers of Kordavia.");
  const std::string agency =
      "Drug Control Agency under the President of the Republic of Tajikistan";
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rustam Ikromov", agency));
  CHECK(find(x, "Tajikistan") == nullptr);
  CHECK(find(x, "Director of the " + agency) == nullptr);
}

TEST_CASE("place.site: a venue is a place, not a body") {
  auto x = run(
      "The forum met at the Maravi International Convention Centre in Lilongwe and at the Baltic "
      "Drug Policy Centre in Riga.");
  const kg::Mention* venue = find(x, "Maravi International Convention Centre");
  REQUIRE(venue != nullptr);
  CHECK(venue->kind == kg::NodeKind::place);
  const kg::Mention* body = find(x, "Baltic Drug Policy Centre");
  REQUIRE(body != nullptr);
  CHECK(body->kind == kg::NodeKind::organisation);
}

TEST_CASE("attended.met_with: a courtesy call on a body makes it a counterpart met") {
  auto x = run(
      "The delegation paid a courtesy call on the Ministry of Interior of Kordavia. The next day "
      "the Ambassador called on the National Anti-Drug Agency.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Ministry of Interior of Kordavia"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "National Anti-Drug Agency"));
}

TEST_CASE("represents: the programme a speaker stands for, runs or joins from") {
  auto x = run(
      "Representing the UNODC Global Firearms Programme, Ms Lucía Varga Ibáñez presented the "
      "data. Mr. Paolo Ferrini, who coordinates the Paris Pact Initiative at UNODC headquarters "
      "in Vienna, presented the seizures. Mr Farid Nazarli joined online from Europol in The "
      "Hague and compared the indicators.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lucía Varga Ibáñez", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Paolo Ferrini", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Farid Nazarli", "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
}

TEST_CASE("programmes: a job title is no programme; titles and prefixes of the genre") {
  auto x =
      run("Ms Tamara Kvirikashvili, Cybercrime Coordinator for the Eastern Partnership with UNODC, "
          "spoke. Ms. Ewa Kowalik, Attache for Cooperation at the Delegation of the European Union "
          "to Uzbekistan, opened it. CADAP Team Leader Klaus Bergmann (GIZ) presented the work.");
  CHECK(find(x, "Cybercrime Coordinator for the Eastern Partnership") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tamara Kvirikashvili", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ewa Kowalik",
                     "Delegation of the European Union to Uzbekistan"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Klaus Bergmann", "GIZ"));
}

TEST_CASE("organisation.delegation_to: a list of countries with a capitalised article") {
  auto x = run(
      "Representatives of the Delegation of the European Union to Jamaica, Belize, The Bahamas, "
      "Turks and Caicos Islands and the Cayman Islands also attended the ceremony.");
  const std::string delegation =
      "Delegation of the European Union to Jamaica, Belize, The Bahamas, Turks and Caicos "
      "Islands and the Cayman Islands";
  CHECK(has_relation(x, kg::EdgeKind::attended, delegation));
  CHECK(find(x, "Belize") == nullptr);  // the places of the name are no mentions of their own
  // A body in the middle of a list is the next body, not part of the name.
  auto y =
      run("The meeting gathered the High Commission of Canada in Sri Lanka, the Delegation of the "
          "European Union to Sri Lanka and the Maldives and UNODC.");
  CHECK(find(y, "UNODC") != nullptr);
  for (const kg::Mention& m : y.mentions) {
    CAPTURE(m.name);
    CHECK(m.name.find(", the Delegation") == std::string::npos);
  }
}

TEST_CASE("represents.list_entry_org: a programme in the body's place stands for its owner") {
  auto x = run("Participants:\n  • Mr. Karel Hadzic, UNODC Global Firearms Programme, Vienna\n");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Karel Hadzic", "UNODC"));
}

TEST_CASE("page bodies: 'the EU Delegation' of a later item is the one the page named in full") {
  auto items = kg_test::run_corpus(
      {"The agreement was signed at the Delegation of the European Union to Pakistan by "
       "Ambassador Nils Strandholm.",
       "Ms. Cecile Arnault, Head of Cooperation at the EU Delegation, travelled to Peshawar.",
       "Mr. Owen Pryce of the Delegation of the European Union to Kenya and Ms. Ada Lind of the "
       "EU Delegation met in Nairobi."});
  REQUIRE(items.size() == 3);
  CHECK(has_relation(items[1], kg::EdgeKind::represents, "Cecile Arnault",
                     "Delegation of the European Union to Pakistan"));
  // An item that names a delegation itself keeps its own reading.
  CHECK_FALSE(has_relation(items[2], kg::EdgeKind::represents, "Ada Lind",
                           "Delegation of the European Union to Pakistan"));
}

TEST_CASE("speaker lists: bullet entries without an honorific; 'Head of Office in X' is a title") {
  auto x =
      run("Speakers:\n- Pierre-Alain Rochaz, UNODC Regional Representative for West and Central "
          "Africa, Dakar\n- Ruth Adeyemi-Clark, Sahel policy adviser, Saferworld\n");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pierre-Alain Rochaz", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ruth Adeyemi-Clark", "Saferworld"));
  auto y = run("UNODC's Head of Office in Kenya, Ms. Njoki Kamau-Wells, opened the course.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Njoki Kamau-Wells", "UNODC"));
  CHECK(find(y, "Office in Kenya") == nullptr);
  auto z = run("The delegation visited the UNODC Programme Office in Tashkent, Uzbekistan.");
  CHECK(find(z, "UNODC Programme Office in Tashkent, Uzbekistan") != nullptr);  // places go on
}

TEST_CASE("represents.represented_by: where the body was represented, between verb and 'by'") {
  auto x = run(
      "The EU Delegation to Kenya was represented at the closing session by Mr. Fredrik Holmberg, "
      "counter-terrorism expert.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Fredrik Holmberg", "EU Delegation to Kenya"));
}

TEST_CASE("Commission cabinets, 'From ORG, Ms A attended', 'and by Mr B', the Council's JAIEX") {
  auto x = run(
      "Ms. Johanna Lindqvist, member of the Cabinet of the Commissioner for Home Affairs, met "
      "UNODC. From the Cabinet of Vice-President Roe-Varga, Ms. Elena Dragan attended. UNODC was "
      "represented by Ms. Chiara Bellini, Representative of the UNODC Brussels Liaison Office, and "
      "by Mr. Mamadou Sall, Regional Coordinator for migrant smuggling in West Africa. The "
      "Council's Working Party on JHA External Relations (JAIEX) held an exchange.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Johanna Lindqvist",
                     "Cabinet of the Commissioner for Home Affairs"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Elena Dragan",
                     "Cabinet of Vice-President Roe-Varga"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Mamadou Sall", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Working Party on JHA External Relations"));
}

TEST_CASE("a body's job noun without a possessive: 'UNODC anti-money-laundering adviser A'") {
  auto x = run(
      "Meanwhile UNODC anti-money-laundering adviser Oleksiy Hrytsenko announced a workshop, and "
      "Europol analyst Marta Nowicka-Lund presented the data.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Oleksiy Hrytsenko", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Marta Nowicka-Lund", "Europol"));
  auto y = run("The workshop was opened by UNODC with adviser Oleksiy Hrytsenko present.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Oleksiy Hrytsenko", "UNODC"));
}

TEST_CASE("represents: staff seconded to a body; 'At ORG, the Title, Ms A'") {
  auto x = run(
      "Among the trainers was Mr. Marek Zielonka, a former prison governor from Poland seconded "
      "to UNODC. Ms Anna Bergqvist, who is seconded from the Swedish Police to Europol, spoke. At "
      "the UNODC Regional Office for Eastern Africa, the Regional Representative, Ms Njeri "
      "Wambua-Osei, and her team presented the work.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Marek Zielonka", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anna Bergqvist", "Europol"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Anna Bergqvist", "Swedish Police"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Njeri Wambua-Osei", "UNODC"));
  // Sent to a body is still not working for it.
  auto y = run("Ms. Ada Lund, Ambassador of Sweden to the European Union, spoke.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Ada Lund", "European Union"));
}

TEST_CASE("represents.body_heading_entry: a list entry headed by a body, then its people") {
  auto x =
      run("The delegations were as follows:\n"
          "• DG HOME: Mr. Ruben Falkvik, Director (co-chair); Ms. Ilona Varga-Toth, Head of Unit\n"
          "• UNODC: Ms. Amina Diallo-Stone, Chief of Section");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ruben Falkvik", "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilona Varga-Toth", "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Amina Diallo-Stone", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Amina Diallo-Stone", "DG HOME"));
  // A body before a colon inside a sentence heads no list.
  auto y = run("The message of UNODC: Ms. Amina Diallo-Stone was not there.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Amina Diallo-Stone", "UNODC"));
}

TEST_CASE("represents.apposition: a title whose fields are a list closed by 'and'") {
  auto x = run(
      "\"We act now,\" said Ms Ilse Marten, Director for Justice, Security and Migration at the "
      "European External Action Service, after the talks.");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Ilse Marten", "European External Action Service"));
  // The list ends the title: a body after a closing bracket is not its body.
  auto y =
      run("Round tables on asylum (introduced by Mr Paul Eder, Director for Asylum, Borders and "
          "Visas) and on Europol's analysis were held.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Paul Eder", "Europol"));
}

TEST_CASE("represents.list_entry_org: a country's body, a body's acronym before its parent") {
  auto x = run(
      "Speakers included:\n"
      "  • Mr. Jorge Haldane, Germany's Federal Criminal Police Office (BKA)\n"
      "  • Ms. Lene Obst, Directorate-General for Migration and Home Affairs (DG HOME), European "
      "Commission\n"
      "  • Ms. Ilka Varis, asset recovery expert, UNODC Global Programme against Money Laundering "
      "(GPML)");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jorge Haldane", "Bundeskriminalamt"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lene Obst", "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lene Obst", "European Commission"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilka Varis", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Jorge Haldane", "European Commission"));
}

TEST_CASE("represents.team_members: 'The X delegation, led by Dr. A, ...'") {
  auto x =
      run("The Europol delegation, led by Dr. Hanna Vik-Moen, who heads the agency's analysis, met "
          "the ministers.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Hanna Vik-Moen", "Europol"));
  // Led by someone of another body, after that body's clause, is not the delegation's leader.
  auto y = run("The Europol delegation met Frontex, whose team was led by Mr Olli Rask.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Olli Rask", "Europol"));
}

TEST_CASE("represents: a body referred back to by its capitalised head word") {
  auto x = run(
      "The talks were held at the Delegation of the European Union to Ghana. Chaired by Mr Aksel "
      "Brun, First Secretary at the Delegation, the meeting heard the donors.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Aksel Brun",
                     "Delegation of the European Union to Ghana"));
  auto y = run(
      "The UNODC Regional Office for Eastern Africa hosted the meeting. The session was moderated "
      "by Ms. Wanjiku Oduor-Lind of the Regional Office, who closed it. Mr Tor Eide from the "
      "Country Office said little.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Wanjiku Oduor-Lind",
                     "UNODC Regional Office for Eastern Africa"));
  // No Country Office was named before: nothing to refer back to.
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Tor Eide",
                           "UNODC Regional Office for Eastern Africa"));
}

TEST_CASE("represents.body_chaired_by: a body in apposition 'headed by' or 'led by' its head") {
  auto x = run(
      "The UNODC Regional Office for South Asia, headed by Ms Priya Ramanathan-Kohli, presented "
      "the results.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Priya Ramanathan-Kohli",
                     "UNODC Regional Office for South Asia"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNODC Regional Office for South Asia"));
  // A team "was led by" someone: the sentence is about the team, not the body's head.
  auto y = run("The EU delegation was led by Mr. Tomas Verhaegen, Director at the EEAS.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Tomas Verhaegen", "EU Delegations"));
}

TEST_CASE("represents.who_heads: the relative clause after the person's apposition") {
  auto x =
      run("The dialogue was co-chaired by Mr Radu Ionescu-Vlad, Director of Romania's National "
          "Anti-drug Agency (ANA), who chairs the Horizontal Working Party on Drugs this term.");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Radu Ionescu-Vlad", "National Anti-drug Agency"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Radu Ionescu-Vlad",
                     "Horizontal Working Party on Drugs"));
  auto y = run(
      "Mr Joost de Wit-Vermeer of the Dutch Ministry of Health, Welfare and Sport, who chairs the "
      "Council's Horizontal Working Party on Drugs (HDG) this semester, presented the position.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Joost de Wit-Vermeer",
                     "Horizontal Working Party on Drugs"));
}

TEST_CASE("represents.referred_body_possessive: 'the Committee's Vice-Chair, Mr A'") {
  auto x =
      run("Members of the European Parliament's Committee on Development (DEVE) met UNODC. The "
          "exchange was chaired by the Committee's Vice-Chair, Mr Ondrej Malik.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ondrej Malik", "Committee on Development"));
  auto y = run(
      "The EU Delegation to Ghana hosted the talks. The Delegation's Head of Cooperation, Ms Liv "
      "Aaberg, opened them.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Liv Aaberg", "EU Delegation to Ghana"));
  // No committee named before: nothing to refer back to.
  auto z = run("The Committee's Chair, Mr Ondrej Malik, met UNODC.");
  CHECK_FALSE(has_relation(z, kg::EdgeKind::represents, "Ondrej Malik", "UNODC"));
}

TEST_CASE("represents: Thai police ranks, Burmese honorifics, a programme's title on behalf") {
  auto x = run(
      "Police Colonel Anan Srisuk of the Royal Thai Police and U Min Thein Aung, Director-General "
      "of the Myanmar Police Force, signed the agreement with Daw Khin Mya Win.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anan Srisuk", "Royal Thai Police"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Min Thein Aung", "Myanmar Police Force"));
  CHECK(find(x, "Khin Mya Win") != nullptr);
  CHECK(find(x, "Royal Thai Police") != nullptr);
  auto y =
      run("On behalf of UNODC, CRIMJUST Project Coordinator Lale Farhadi presented cases from "
          "Panama.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Lale Farhadi", "UNODC"));
}

TEST_CASE("represents: what the person coordinates at a body; 'its' lower-case occupation") {
  auto x =
      run("Sessions were led by Mr Etienne Marchal, who coordinates the penitentiary component at "
          "Expertise France.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Etienne Marchal", "Expertise France"));
  auto y =
      run("Europol hosted the course and its cryptocurrency expert, Mr Rui Alvarenga, walked the "
          "participants through the tools.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Rui Alvarenga", "Europol"));
  // Led at a body is not working for it: a trainer may lead a session anywhere.
  auto z = run("Mr Etienne Marchal, who led the training at Europol, praised the trainees.");
  CHECK_FALSE(has_relation(z, kg::EdgeKind::represents, "Etienne Marchal", "Europol"));
}

TEST_CASE("persons: 'binti' and 'binte' join a Malay or Swahili name to its patronymic") {
  auto x =
      run("The handover was attended by the Principal Secretary of the State Department for "
          "Correctional Services, Ms Zawadi binti Hamisi, and by Ms Nur Aisyah binte Rahman.");
  CHECK(find(x, "Zawadi binti Hamisi") != nullptr);
  CHECK(find(x, "Nur Aisyah binte Rahman") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Zawadi binti Hamisi",
                     "State Department for Correctional Services"));
}

TEST_CASE("represents.who_heads: what a person leads at a body, and who seconded the person") {
  auto x = run(
      "Ms Rosa Achterveld, who leads international cooperation at the European Monitoring "
      "Centre for Drugs and Drug Addiction (EMCDDA), presented the work. Mr Iker Bengoa, who is "
      "seconded by the Spanish Guardia Civil, led the sessions. Ms Lucia Soto, who coordinates "
      "the programme's alternative development component at FIIAPP, presented a study.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rosa Achterveld",
                     "European Monitoring Centre for Drugs and Drug Addiction"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Iker Bengoa", "Guardia Civil"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lucia Soto", "FIIAPP"));
}

TEST_CASE(
    "represents.for_referred_body: 'For the Delegation, Counsellor Mr A' at a sentence start") {
  auto x =
      run("Participants included the Delegation of the European Union to Ghana and the Embassy of "
          "Denmark. For the Delegation, Counsellor Mr Pieter Hanssens informed the group of a new "
          "action. On behalf of the Committee, Ms Ada Roe thanked UNODC.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pieter Hanssens",
                     "Delegation of the European Union to Ghana"));
  // No committee named before: nothing to refer back to.
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Ada Roe", "UNODC"));
}

TEST_CASE("represents.person_from_org: 'with' a body only where the body ends the phrase") {
  auto x =
      run("Ms Ada Roe, with the EEAS, said the plan was ready. Mr Tomas Berg with UNODC's adviser "
          "Dr Lena Fisk visited the clinic.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ada Roe", "European External Action Service"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Tomas Berg", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Fisk", "UNODC"));
}

TEST_CASE("represents: 'chaired, on behalf of X, by Mr A'; 'Mr B of its Crime Centre'") {
  auto x = run(
      "The meeting was chaired, on behalf of the Portuguese Presidency, by Mr Duarte Melo of the "
      "Portuguese Ministry of Health. Europol was represented by Mr Henrik Sondergaard of its "
      "European Financial and Economic Crime Centre (EFECC), who spoke first.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Duarte Melo", "Portuguese Presidency"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Henrik Sondergaard",
                     "European Financial and Economic Crime Centre"));
  // "its Commission's drug unit": a body of the one before, not the European Commission.
  auto y =
      run("The Economic Community of West African States (ECOWAS) was represented by Mr Idrissa "
          "Traore of its Commission's drug control unit.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Idrissa Traore", "European Commission"));
}

TEST_CASE("represents: a programme's staff speak for the owner the item writes before it") {
  // A programme the corpus taught, its owner written with a possessive or as an acronym prefix.
  auto x = kg_test::run_corpus(
      {"UNODC's Coastal Crime Monitoring Programme (CCMP) published the survey. Ms Marisol Paz, "
       "the CCMP's coordinator, presented it.",
       "The UNODC Coastal Crime Monitoring Programme met donors. Mr Tom Berg, coordinator of the "
       "Coastal Crime Monitoring Programme, spoke."});
  CHECK(has_relation(x[0], kg::EdgeKind::represents, "Marisol Paz", "UNODC"));
  CHECK(has_relation(x[1], kg::EdgeKind::represents, "Tom Berg", "UNODC"));
  auto y = run(
      "UNODC's Regional Programme for South Eastern Europe was presented by its coordinator, Mr "
      "Milos Kern. The UNODC Sahel Programme Coordinator, Mr. Jan Houten, spoke. On behalf of "
      "UNODC, the Regional Representative for Southeast Asia and the Pacific, Mr Hamid Osei, "
      "presented the plan. The UNODC GPML Mentor for West and Central Africa, Mr Sekou Camara, "
      "moderated.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Milos Kern", "UNODC"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Jan Houten", "UNODC"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Hamid Osei", "UNODC"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Sekou Camara", "UNODC"));
}

TEST_CASE("represents.list_entry_org: an entry closed by the programme the person works in") {
  auto x = run(
      "Speakers:\n\n- Mr Ahmad Fauzi bin Ismail, UNODC Laboratory and Scientific Section, Global "
      "SMART Programme\n- Ms Ana Ruiz, EMCDDA");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ahmad Fauzi bin Ismail", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Ruiz",
                     "European Monitoring Centre for Drugs and Drug Addiction"));
}

TEST_CASE(
    "represents: a post taken up, a team led at a body, a delegation's officer by possessive") {
  auto x = run(
      "\"Traffickers sell a dream,\" said Ms Lucia Rossetti, who took up her post as Head of the "
      "EU Delegation to Nigeria and ECOWAS this month. Ms Ingeborg Haugland, who took over as "
      "UNODC Country Representative in March, briefed the group. The findings were presented by "
      "Dr Nadia Rana, who led the research team at Europol. Mr Benoit Amand, who leads the team of "
      "the EU Global Facility on Anti-Money Laundering and Countering the Financing of Terrorism "
      "at Expertise France, spoke last.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lucia Rossetti",
                     "EU Delegation to Nigeria and ECOWAS"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ingeborg Haugland", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Nadia Rana", "Europol"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Benoit Amand", "Expertise France"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Benoit Amand", "European Union"));
  auto y = run(
      "The Head of the EU Delegation to Senegal, Ambassador Irene Holm, was invited but could not "
      "attend; the EU was represented by the Delegation's programme officer for security, Mr "
      "Bogdan Marinescu.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::attended, "Irene Holm"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Bogdan Marinescu", "EU Delegation to Senegal"));
}

TEST_CASE("page bodies: an item's own body of another kind does not keep the page's delegation") {
  auto items = kg_test::run_corpus(
      {"The Delegation of the European Union to Peru hosted a seminar with UNODC.",
       "Ms Marta Lasa, head of Spain's Government Delegation for the National Plan on Drugs, "
       "opened the seminar. The EU Delegation's attaché for drug policy, Ms Katarzyna Lemaire, "
       "closed the meeting.",
       "Officials of the Delegation of the European Union to Botswana and SADC and UNODC met in "
       "Gaborone. Mr Giorgos Vrettos, Head of the Regional Integration Section of the EU "
       "Delegation, spoke."});
  REQUIRE(items.size() == 3);
  CHECK(has_relation(items[1], kg::EdgeKind::represents, "Katarzyna Lemaire",
                     "Delegation of the European Union to Peru"));
  // A short form the item joined to its own delegation stays that one.
  CHECK_FALSE(has_relation(items[2], kg::EdgeKind::represents, "Giorgos Vrettos",
                           "Delegation of the European Union to Peru"));
}

TEST_CASE("represents.whose_title: 'X, whose Head of Mission, Mr A, described'") {
  auto x =
      run("Mr Joaquin Salvatierra presented the results of EUCAP Nestor, whose Head of Mission, Mr "
          "Etienne Marchal, described the mission's work.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Etienne Marchal", "EUCAP Somalia"));
}

TEST_CASE("represents.org_title_person: a hyphenated or common modifier before the title") {
  auto x = run(
      "The course was taught with UNODC's anti-money-laundering adviser for the Balkans, Mr Ivo "
      "Marek, and with Europol's senior legal officer, Ms Hanne Dahl.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ivo Marek", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Hanne Dahl", "Europol"));
  // A lower-case word that is no modifier of a title still ends the phrase.
  auto y = run("UNODC's partners and Mr Ivo Marek met in Vienna.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Ivo Marek", "UNODC"));
}

TEST_CASE("represents.body_chaired_by: 'X, headed by Ambassador A'; a 'to' before the body") {
  auto x =
      run("The visit was prepared with the EU Delegation to Ghana, headed by Ambassador Lena "
          "Sorvari, who joined the team.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Sorvari", "EU Delegation to Ghana"));
  // The "to" of the sentence is not a role's "to" (as in "Ambassador to the EU").
  auto y =
      run("Ms Rita Chen presented the report to the Thematic Working Group on Border Management, "
          "chaired by Mr Kofi Mensah.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Kofi Mensah",
                     "Thematic Working Group on Border Management"));
  auto z = run("Mr Piet Claes, Ambassador to the European Union, spoke.");
  CHECK_FALSE(has_relation(z, kg::EdgeKind::represents, "Piet Claes", "European Union"));
  // A delegation's leader is not the head of the last body it comes from, but speaks for the
  // body whose officials he leads (represents.delegation_led_by).
  auto w =
      run("A delegation of officials from the Ministry of Interior of Ghana, led by Police Colonel "
          "Kwame Boateng, visited Brussels.");
  CHECK(
      has_relation(w, kg::EdgeKind::represents, "Kwame Boateng", "Ministry of Interior of Ghana"));
  auto v =
      run("A delegation of officials from the Ministry of Interior of Ghana and the Narcotics "
          "Control Commission, led by Police Colonel Kwame Boateng, visited Brussels.");
  CHECK_FALSE(
      has_relation(v, kg::EdgeKind::represents, "Kwame Boateng", "Narcotics Control Commission"));
}

TEST_CASE("represents.list_heading: 'Participants from UNODC:' over bulleted lines") {
  auto x =
      run("Participants from UNODC:\n"
          "• Carl Berg, Programme Officer, Vienna\n"
          "• Ms Ana Ruiz, Europol\n"
          "Delegates asked about precursors, said Mr Tom Hale.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Carl Berg", "UNODC"));
  // A line that names its own body keeps it; a line after the list is no entry of it.
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Ruiz", "Europol"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Ana Ruiz", "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Tom Hale", "UNODC"));
  auto y = run("The Europol delegation:\n- Mr Jan Vos, Senior Specialist\n- Ms Ida Berg, Analyst");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Jan Vos", "Europol"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Ida Berg", "Europol"));
}

TEST_CASE("represents.list_entry_org: 'Name, unit (ACR) at body' in a list") {
  auto x = run(
      "Speakers:\n• Mr Lars Holm, European Counter Terrorism Centre (ECTC) at Europol\n• Ms Eva "
      "Lind, UNODC");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Lars Holm", "European Counter Terrorism Centre"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lars Holm", "Europol"));
}

TEST_CASE("page bodies: a parliament's delegation is not the page's 'EU Delegation'") {
  auto items = kg_test::run_corpus(
      {"The Delegation of the European Union to Mexico hosted a workshop with UNODC.",
       "Members of the Delegation to the EU-Mexico Joint Parliamentary Committee met UNODC.",
       "A representative of the EU Delegation, Mr Jules Moreau, closed the workshop."});
  REQUIRE(items.size() == 3);
  CHECK(has_relation(items[1], kg::EdgeKind::attended,
                     "Delegation to the EU-Mexico Joint Parliamentary Committee"));
  CHECK(has_relation(items[2], kg::EdgeKind::represents, "Jules Moreau",
                     "Delegation of the European Union to Mexico"));
}

TEST_CASE("represents.apposition: a title for a list of places, then the body") {
  auto x = run(
      "It was signed by Ms Henrike Lind, Head of Sector for Iran, Iraq and Yemen at the European "
      "Commission's Directorate-General for International Cooperation and Development (DG DEVCO), "
      "and by Mr Aurelio Carrasco.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Henrike Lind", "DG DEVCO"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Aurelio Carrasco", "DG DEVCO"));
}

TEST_CASE(
    "organisation.unit_at_owner: a unit named by a list ('the Security, Fragility and "
    "Resilience Unit at DG INTPA'); 'Operation Commander of' is a title") {
  auto x = run(
      "Discussants: Mr Dimitris Papas, Head of the Security, Fragility and Resilience Unit at DG "
      "INTPA; and Rear Admiral Luis Matos, Operation Commander of the European Union Naval Force "
      "(EU NAVFOR) Somalia, spoke during Operation Nightfall.");
  CHECK(find(x, "Security, Fragility and Resilience Unit") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dimitris Papas",
                     "Security, Fragility and Resilience Unit"));
  CHECK(find(x, "Operation Commander") == nullptr);
  CHECK(find(x, "Operation Nightfall") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Luis Matos",
                     "European Union Naval Force Somalia"));
}

TEST_CASE("represents.represented_by_elliptic: '..., and OLAF by Mr B'") {
  auto x = run(
      "The Commission was represented by Mr Radu Marin of DG HOME, and OLAF by Mr Jan Zielinski, "
      "who presented the Office's cooperation.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jan Zielinski", "European Anti-Fraud Office"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Anti-Fraud Office"));
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::represents, "Radu Marin", "European Anti-Fraud Office"));
}

TEST_CASE("represents: 'is seconded by X to Y' and 'who works on P for X'") {
  auto x = run(
      "The lead instructor, Lieutenant Commander Erik Dalgaard, is seconded by the Royal Danish "
      "Navy to UNODC. Ms Ayesha Rahman, who works on the Baltic Port Initiative for Europol, "
      "presented the survey.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Erik Dalgaard", "Royal Danish Navy"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Erik Dalgaard", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ayesha Rahman", "Europol"));
}

TEST_CASE("represents.its_title_sentence_start: 'Its Deputy Head, A' after a body") {
  auto x = run(
      "UNODC presented its work with the Border Unit (BU) of the Ghana Police Service. Its Deputy "
      "Head, Police Lieutenant Colonel Kofi Mensah, described cases of forced labour.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Kofi Mensah", "Ghana Police Service"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Kofi Mensah", "Border Unit"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Kofi Mensah", "UNODC"));
  // The first sentence of a text has no body before it.
  auto y = run("Its Director, Ms Ana Ruiz, spoke in Accra.");
  CHECK(find(y, "Ana Ruiz") != nullptr);
  for (const kg::Relation& r : y.relations) CHECK(r.kind != kg::EdgeKind::represents);
}

TEST_CASE("page bodies: 'the EU Delegation' is the delegation the page's header names") {
  const std::string page =
      "Delegation of the European Union to Ghana\nNews - security and justice\n\n"
      "12 May 2015 - Port officers trained\n"
      "Ms. Hanna Kettunen, Head of Cooperation of the EU Delegation, opened the course.\n\n"
      "3 June 2015 - Airport task force equipped\n"
      "The equipment was handed over by Mr. Tiago Serra of the Delegation of the European "
      "Union to Togo. Ms. Ines Bauer of the EU Delegation joined him.\n";
  std::vector<kg::Diagnostic> diagnostics;
  kg::Corpus corpus;
  corpus.items = kg::segment_text(page, "ghana.txt", 1, diagnostics);
  REQUIRE(corpus.items.size() == 2);
  kg::Lexicon lexicon(kg_test::project_rules());
  auto items = kg::extract_corpus(corpus, kg_test::project_rules(), lexicon);
  CHECK(has_relation(items[0], kg::EdgeKind::represents, "Hanna Kettunen",
                     "Delegation of the European Union to Ghana"));
  // An item that names a delegation in full keeps its own reading.
  CHECK_FALSE(has_relation(items[1], kg::EdgeKind::represents, "Ines Bauer",
                           "Delegation of the European Union to Ghana"));
  // Without the header, the short form stays the generic one.
  for (kg::Item& item : corpus.items) item.page_header.clear();
  kg::Lexicon fresh(kg_test::project_rules());
  auto bare = kg::extract_corpus(corpus, kg_test::project_rules(), fresh);
  CHECK_FALSE(has_relation(bare[0], kg::EdgeKind::represents, "Hanna Kettunen",
                           "Delegation of the European Union to Ghana"));
}

TEST_CASE("page bodies: an item that names only other bodies is passed over for the page's") {
  auto items = kg_test::run_corpus(
      {"Ms. Lotta Virtanen of the Delegation of the European Union to Niger opened the course.",
       "Mr. Idrissa Kane of the Embassy of Japan in Niamey presented it.",
       "Mr. Paolo Ferri, Attache at the EU Delegation, handed over the equipment."});
  REQUIRE(items.size() == 3);
  CHECK(has_relation(items[2], kg::EdgeKind::represents, "Paolo Ferri",
                     "Delegation of the European Union to Niger"));
}

TEST_CASE("page bodies: on a page listed newest first, the delegation a later item names") {
  auto items = kg_test::run_corpus(
      {"Ms. Liisa Rantanen, Programme Manager at the EU Delegation, opened the workshop.",
       "The project was launched at an event co-hosted by the Ministry of Home Affairs, the "
       "Delegation of the European Union to Bangladesh and UNODC."});
  REQUIRE(items.size() == 2);
  CHECK(has_relation(items[0], kg::EdgeKind::represents, "Liisa Rantanen",
                     "Delegation of the European Union to Bangladesh"));
  // The delegation's name stops before the UN body that closes the list.
  CHECK(find(items[1], "Delegation of the European Union to Bangladesh") != nullptr);
  CHECK(find(items[1], "UNODC") != nullptr);
}

TEST_CASE("lexicon: 'to the Republic of X' and 'to X' name one EU delegation") {
  auto items = kg_test::run_corpus(
      {"Mr. Goran Petrović of the EU Delegation to Serbia attended.",
       "Ms. Ana Jovanović, Head of Operations at the Delegation of the European Union to the "
       "Republic of Serbia, spoke."});
  REQUIRE(items.size() == 2);
  const kg::Mention* first = find(items[0], "EU Delegation to Serbia");
  const kg::Mention* second =
      find(items[1], "Delegation of the European Union to the Republic of Serbia");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->entity != kg::kNone);
  CHECK(first->entity == second->entity);
}

TEST_CASE("attended.list_under_heading: the bodies listed under 'Institutions represented:'") {
  auto x =
      run("The workshop was opened in Beira by Ms Alda Nkosi-Berg of UNODC.\n\nInstitutions "
          "represented:\n\n• Ministry of Justice (Mozambique)\n\n• Eurojust (by video link)");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Ministry of Justice"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Eurojust"));
  // The lines under another heading say nothing of who came.
  auto results =
      run("The workshop was opened in Beira by Ms Alda Nkosi-Berg of UNODC.\n\nResults:\n\n• "
          "two new cases for Eurojust");
  CHECK_FALSE(has_relation(results, kg::EdgeKind::attended, "Eurojust"));
}

TEST_CASE("attended.briefing_given_to: a report described between commas, then presented to") {
  auto x =
      run("The Baltic Drug Routes Report 2021, published jointly by Europol and the EMCDDA, was "
          "presented to the Horizontal Working Party on Drugs in Brussels.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Horizontal Working Party on Drugs"));
}

TEST_CASE("attended.devoted_session: a body that gave its session over to a topic") {
  auto x =
      run("Under the Maltese Presidency of the Council, the Horizontal Working Party on Drugs "
          "devoted its morning session to the Harbour Watch Programme.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Horizontal Working Party on Drugs"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Maltese Presidency"));
}

TEST_CASE("attended.subject_verb: a body that noted something at the meeting") {
  auto x =
      run("Mr Aaro Pelkonen of UNODC presented the report to the working party. Europol noted "
          "the relevance of the data for its threat assessment.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
}

TEST_CASE(
    "attended.passive_agent_people_of: the people of a body closing the list of who attended") {
  auto x =
      run("The handover was attended by Mr. Arvo Kask-Dembélé, Deputy Head of Mission of the "
          "Embassy, Ms. Awa Traoré-Lind, Secretary General of the Ministry of Justice, and "
          "officers of EUCAP Sahel Mali, the EU's civilian mission in the country.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "EUCAP Sahel Mali"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "European Union"));
}

TEST_CASE(
    "attended.people_of_list_subject: the people of several bodies who took part or trained") {
  auto x = run(
      "Forty prosecutors of the Office of the Attorney General, labour inspectors of the Ministry "
      "of Labour and officers of Europol spent three days in Riga.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Office of the Attorney General"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Ministry of Labour"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol"));
  auto course = run(
      "Twenty officers of the Latvian State Police and the Estonian Police and Border Guard Board "
      "this week completed a joint course.");
  CHECK(has_relation(course, kg::EdgeKind::attended, "Latvian State Police"));
}

TEST_CASE(
    "not_attending.implemented_in_places_with: partners a programme runs with, after its "
    "countries") {
  auto x = run(
      "The course was organised by UNODC under the Harbour Watch Programme, which is implemented "
      "in nine countries in partnership with INTERPOL and the World Customs Organization.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNODC"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "INTERPOL"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "World Customs Organization"));
}
