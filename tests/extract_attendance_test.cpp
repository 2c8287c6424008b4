// attended: who takes part in an item's event, and who is only named, on invented sentences
// (the gazetteers hold real institutions; the people and programmes here are invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::attends;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("attended.inverted: 'Participating in the committee were X, Y and Z'") {
  auto x =
      run("Participating in the steering committee were European Commission representatives from "
          "DG HOME, DG NEAR and the EEAS as well as IOM staff.");
  CHECK(attends(x, "European Commission"));
  CHECK(attends(x, "DG HOME"));
  CHECK(attends(x, "DG NEAR"));
  CHECK(attends(x, "European External Action Service"));
  CHECK(attends(x, "International Organization for Migration"));
}

TEST_CASE("attended.subject_verb: a dashed apposition between the list and the verb") {
  auto x =
      run("UNHCR and UNICEF - the two partner agencies of the Dry Wells Project - participated "
          "in the review.");
  CHECK(attends(x, "UNHCR"));
  CHECK(attends(x, "UNICEF"));
}

TEST_CASE("attended.were_present: subjects with bracketed bodies, and 'along with' members") {
  auto x =
      run("The Chair (OSCE) and the Co-chairs (UNHCR and ILO) were present, along with other "
          "members of the network (IOM, UNICEF and the Council of Europe).");
  for (const char* who :
       {"OSCE", "UNHCR", "International Labour Organization",
        "International Organization for Migration", "UNICEF", "Council of Europe"})
    CHECK(attends(x, who));
}

TEST_CASE("attended.brought_together and attended.jointly_with") {
  auto x =
      run("The workshop brought together officials from Europol, Frontex and UNHCR. UNODC "
          "organized a side event jointly with the European Commission.");
  CHECK(attends(x, "Europol"));
  CHECK(attends(x, "Frontex"));
  CHECK(attends(x, "UNHCR"));
  CHECK(attends(x, "European Commission"));
}

TEST_CASE("attended: presentations made and testimony given") {
  auto x =
      run("The Council of Europe and the OSCE also made presentations. Ms Dana Roos testified "
          "before the European Parliament.");
  CHECK(attends(x, "Council of Europe"));
  CHECK(attends(x, "OSCE"));
  CHECK(attends(x, "European Parliament"));
}

TEST_CASE("not_attending: funders, supporters and implementers of a project do not attend") {
  auto x =
      run("Mr Tarek Amri was in Brussels for the steering committee meeting of the Blue Nile "
          "Project financed by the European Union and co-financed by the World Bank. The "
          "study was launched by UNHCR, with the support of UNICEF. It is a project being "
          "delivered by UNODC together with the International Organization for Migration (IOM).",
          "Reef workshop, part of an EU-funded project");
  CHECK(attends(x, "Tarek Amri"));
  CHECK(attends(x, "UNHCR"));
  CHECK(!attends(x, "European Union"));
  CHECK(!attends(x, "World Bank"));
  CHECK(!attends(x, "UNICEF"));
  CHECK(!attends(x, "UNODC"));
  CHECK(!attends(x, "International Organization for Migration"));
}

TEST_CASE("not_attending: guidance followed and perpetrators in a story do not attend") {
  auto x =
      run("The event, organized by UNHCR in line with the World Health Organization's measures, "
          "opened. Ms Lina Sarkis, a survivor who was trafficked by Boko Haram, also spoke.");
  CHECK(attends(x, "UNHCR"));
  CHECK(attends(x, "Lina Sarkis"));
  CHECK(!attends(x, "World Health Organization"));
  CHECK(!attends(x, "Boko Haram"));
}

TEST_CASE("caption_line: a line naming only people with titles is a caption") {
  auto x =
      run("The two agencies met in Vienna to discuss cooperation.\n"
          "UNHCR Director Pavel Krejci and Europol Head of Unit Ines Moura\n"
          "Ms Moura noted the good cooperation.");
  CHECK(!attends(x, "Pavel Krejci"));
  CHECK(attends(x, "Moura"));
}

TEST_CASE("attended.parent_of_unit: an agency's office does not bring the United Nations") {
  auto x =
      run("The Office of the United Nations High Commissioner for Refugees attended the forum, "
          "which recalled the role of the United Nations.");
  CHECK(attends(x, "Office of the United Nations High Commissioner for Refugees"));
  CHECK(!attends(x, "United Nations"));
}

TEST_CASE("gazetteer: 'the Council' names the nearest Council before it") {
  auto x =
      run("Ms Iva Horak briefed the United Nations Security Council on piracy. A survivor also "
          "testified before the Council.");
  CHECK(attends(x, "United Nations Security Council"));
  CHECK(!attends(x, "Council of the European Union"));
  auto y = run("Ms Iva Horak briefed the Council on piracy.");
  CHECK(attends(y, "Council of the European Union"));
}

TEST_CASE("attended.passive_agent: 'Organised by X' at the start of a sentence") {
  auto x = run("Organised by the European Commission, the forum gathers donors every year.");
  CHECK(attends(x, "European Commission"));
}

TEST_CASE("attended.met_with: bracketed units and 'as well as with representatives of'") {
  auto x =
      run("Ms Rita Olsen met with European Commission officials (DG HOME; DG NEAR), as well as "
          "with representatives of the Council of Europe and the OSCE.");
  CHECK(attends(x, "DG HOME"));
  CHECK(attends(x, "DG NEAR"));
  CHECK(attends(x, "Council of Europe"));
  CHECK(attends(x, "OSCE"));
}

TEST_CASE("attended.discussed_with and attended.with_participation") {
  auto x =
      run("UNHCR discussed a proposal with the European Commission. The review was hosted by "
          "Frontex, with the participation of colleagues from Europol, DG HOME and the EEAS.");
  CHECK(attends(x, "European Commission"));
  CHECK(attends(x, "Europol"));
  CHECK(attends(x, "DG HOME"));
  CHECK(attends(x, "European External Action Service"));
}

TEST_CASE("attended.discussed_with: cooperation with a partner in general is no meeting") {
  auto x =
      run("They discussed the Dry Wells Project, financed by Norway, and cooperation with the "
          "World Bank on water.");
  CHECK(!attends(x, "World Bank"));
}

TEST_CASE("attended.met_with: talks 'of' a body are no meeting with it") {
  auto x = run("Ms Rita Olsen recalled the ongoing discussions of the Council of Europe.");
  CHECK(!attends(x, "Council of Europe"));
}

TEST_CASE("attended.speakers_included: speakers listed with their bodies in brackets") {
  auto x =
      run("Speakers included Mr Ivo Sandberg (UNHCR), Ms Lea Dufour (European Commission) and "
          "Dr Omar Haddad (OSCE).");
  CHECK(attends(x, "Ivo Sandberg"));
  CHECK(attends(x, "European Commission"));
  CHECK(attends(x, "OSCE"));
}

TEST_CASE("attended.event_with, composed_of and a hearing of a committee") {
  auto x =
      run("On the margins of the session, UNHCR held a side event with the EEAS and Europol. The "
          "Steering Committee of the Delta Ports Programme, composed of the European Union, IOM "
          "and the WCO, met in Brussels. Ms Clara Moretti spoke at a hearing of the Committee on "
          "Civil Liberties, Justice and Home Affairs.");
  CHECK(attends(x, "European External Action Service"));
  CHECK(attends(x, "Europol"));
  CHECK(attends(x, "European Union"));
  CHECK(attends(x, "International Organization for Migration"));
  CHECK(attends(x, "WCO"));
  CHECK(attends(x, "Committee on Civil Liberties, Justice and Home Affairs"));
}

TEST_CASE("attended.brought_together: 'welcomed representatives from X, Y and Z'") {
  auto x =
      run("The workshop welcomed representatives from Eurojust, the EEAS and the Council of "
          "Europe.");
  CHECK(attends(x, "Eurojust"));
  CHECK(attends(x, "European External Action Service"));
  CHECK(attends(x, "Council of Europe"));
}

TEST_CASE("not_attending: people congratulated and donors thanked do not attend") {
  auto x =
      run("Ms Clara Moretti met with Frontex. She congratulated Mr Paolo Rinaldi on his "
          "appointment as Director of Eurojust and thanked Norway for its generous support.");
  CHECK(attends(x, "Frontex"));
  CHECK(!attends(x, "Paolo Rinaldi"));
  CHECK(!attends(x, "Eurojust"));
  CHECK(!attends(x, "Norway"));
}

TEST_CASE("not_attending.quoted: a person quoted from a press release does not attend") {
  auto x =
      run("Austria and UNHCR signed a funding agreement. Minister of Foreign Affairs Karl Vogt "
          "said that \"Austria is proud to help\". During the ceremony, Ms Lena Pohl said \"We "
          "thank Austria\". Director-General Mr Abel Dias states that \"the day matters\".");
  CHECK(!attends(x, "Karl Vogt"));
  CHECK(attends(x, "Lena Pohl"));
  CHECK(attends(x, "Abel Dias"));
}

TEST_CASE("attended.subject_verb: the body that publishes the item's report takes part") {
  auto x = run("UNHCR has published the final report of the Safe Shelters Project.");
  CHECK(attends(x, "UNHCR"));
}

TEST_CASE("not_attending.remembered: the late and the commemorated did not take part") {
  auto x =
      run("Ms Ona Brandt opened the conference. Participants recalled the work of the late "
          "Judge Karl Ostrow on victims' rights.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Ona Brandt"));
  CHECK(kg_test::find(x, "Karl Ostrow") != nullptr);
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Karl Ostrow"));
  auto memory = run("Mr Piet Langer spoke in memory of Ms Eva Lund at the meeting.");
  CHECK(has_relation(memory, kg::EdgeKind::attended, "Piet Langer"));
  CHECK_FALSE(has_relation(memory, kg::EdgeKind::attended, "Eva Lund"));
}

TEST_CASE("attended: a programme named as a participant takes part through its owner") {
  auto x = run("UNICEF's Clean Rivers Programme held a workshop in Lima with local prosecutors.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "UNICEF"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Clean Rivers Programme"));
}

TEST_CASE("not_attending.future_meeting: a meeting still to come is not the item's event") {
  auto x =
      run("Ms Ona Brandt met Frontex in Warsaw. A follow-up meeting with the European "
          "Migrant Smuggling Centre (EMSC) is planned for the spring.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Frontex"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "European Migrant Smuggling Centre"));
  auto will = run("Mr Piet Langer briefed Europol. He will meet Ms Eva Lund of Eurojust in May.");
  CHECK(has_relation(will, kg::EdgeKind::attended, "Europol"));
  CHECK_FALSE(has_relation(will, kg::EdgeKind::attended, "Eva Lund"));
}

TEST_CASE("attended.with_officials_of: a body takes part through its people") {
  auto x =
      run("Mr Piet Langer attended the opening of the new unit with officials of the Freedonian "
          "Customs Administration.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Piet Langer"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Freedonian Customs Administration"));
  auto general = run("Officials of the Sylvanian Customs Administration were trained last year.");
  CHECK_FALSE(has_relation(general, kg::EdgeKind::attended, "Sylvanian Customs Administration"));
}

TEST_CASE("attended.subject_verb: a list with bracketed acronyms and 'and of the'") {
  auto x =
      run("Representatives of the United States Agency for International Development (USAID), "
          "Japan and the European Union met in Hanoi. Representatives of the EU Delegation to "
          "Tajikistan and of the Organization for Security and Co-operation in Europe (OSCE) "
          "took part.");
  CHECK(attends(x, "United States Agency for International Development"));
  CHECK(attends(x, "European Union"));
  CHECK(attends(x, "EU Delegation to Tajikistan"));
  CHECK(attends(x, "Organization for Security and Co-operation in Europe"));
  CHECK_FALSE(attends(x, "Japan"));  // a place never attends
}

TEST_CASE("not attending: quoted from a statement, thanked in a title, partners of a project") {
  auto statement =
      run("In a statement, the Executive Director of the Blue Shield Foundation, Ms "
          "Ada Roe, welcomed the cooperation.");
  CHECK_FALSE(attends(statement, "Ada Roe"));
  auto thanked = run("Ministers met in Lome for the annual meeting of AIRCOP.",
                     "Participants thank the EU for its contribution to AIRCOP");
  CHECK_FALSE(attends(thanked, "European Union"));
  auto partners =
      run("The project is being implemented in partnership with the International "
          "Organization for Migration (IOM) and the United Nations Children's Fund "
          "(UNICEF).");
  CHECK_FALSE(attends(partners, "International Organization for Migration"));
  CHECK_FALSE(attends(partners, "United Nations Children's Fund"));
}

TEST_CASE("attended: a message delivered at the event is taking part, a statement is not") {
  auto x =
      run("In a video message to the conference, Ms Ada Roe, the Director of UNICEF, "
          "welcomed the participants.");
  CHECK(attends(x, "Ada Roe"));
}

TEST_CASE("not attending: a labelled photo caption, a person congratulated with an apposition") {
  auto x =
      run("Ms Ada Roe opened the meeting. Photo: Ms Ada Roe with Mr Ivo Marek, Ambassador of "
          "Canada. The participants congratulated Ms Eva Lund, the former Minister of Justice, "
          "on her appointment.");
  CHECK(attends(x, "Ada Roe"));
  CHECK_FALSE(attends(x, "Ivo Marek"));
  CHECK_FALSE(attends(x, "Eva Lund"));
}

TEST_CASE("not_attending.margins_of: the body on whose margins a side event is held") {
  auto x =
      run("On the margins of the 28th session of the Commission on Crime Prevention and "
          "Criminal Justice in Vienna, Italy and UNODC held a side event.",
          "Side event on the margins of the Commission on Crime Prevention and Criminal "
          "Justice");
  CHECK(attends(x, "UNODC"));
  CHECK_FALSE(attends(x, "Commission on Crime Prevention and Criminal Justice"));
}

TEST_CASE("not_attending.side_event_at: the body at whose session a side event is held") {
  auto x =
      run("Croatia and UNODC co-host a side event on prevention in schools at the Commission "
          "on Crime Prevention and Criminal Justice.",
          "Youth voices at the CCPCJ: a side event with UNODC");
  CHECK(attends(x, "UNODC"));
  CHECK_FALSE(attends(x, "Commission on Crime Prevention and Criminal Justice"));
  // A body that a person heads, named after a side event, still takes part.
  x = run("At the side event, Ms Ada Roe, Head of Unit at the European Commission, spoke.");
  CHECK(attends(x, "Ada Roe"));
  CHECK(attends(x, "European Commission"));
}

TEST_CASE("not_attending.session_to_come_or_past: a session prepared for, or one before") {
  auto x =
      run("UNODC briefed the Horizontal Working Party on Drugs ahead of the Commission on "
          "Crime Prevention and Criminal Justice. The consultations held before the 33rd "
          "session of the UN General Assembly were recalled.",
          "The Working Party prepares for the CCPCJ");
  CHECK(attends(x, "UNODC"));
  CHECK(attends(x, "Horizontal Working Party on Drugs"));
  CHECK_FALSE(attends(x, "Commission on Crime Prevention and Criminal Justice"));
  CHECK_FALSE(attends(x, "United Nations General Assembly"));
  // 'prepares' with an object is no session to come.
  x = run("The Working Party prepared the EU position with UNODC.",
          "DG HOME prepares the EU statement with UNODC");
  CHECK(attends(x, "DG HOME"));
}

TEST_CASE("not_attending.other_event and attended.was_represented") {
  auto x =
      run("Ms Ada Roe recalled that Europol had hosted a similar meeting in 2029. Mr Ivo Marek, "
          "who met Eurojust last year, chaired the meeting. The European Commission was also "
          "represented; the Belgian Federal Police, which seized cocaine in 2029, was not "
          "represented.");
  CHECK_FALSE(attends(x, "Europol"));
  CHECK_FALSE(attends(x, "Eurojust"));
  CHECK(attends(x, "Ivo Marek"));
  CHECK(attends(x, "European Commission"));
  CHECK_FALSE(attends(x, "Belgian Federal Police"));
}

TEST_CASE(
    "attended: partners named after 'among them', a body that sent a representative, a joint "
    "hearing of two committees") {
  auto x =
      run("More than 50 partners joined, among them the European Commission and the Shanghai "
          "Cooperation Organisation. The German Embassy in Niamey, which supports a similar "
          "project, sent a representative. Ms Ada Roe spoke at a joint hearing of the "
          "Committee on Budgets (BUDG) and the Committee on Development (DEVE) of the European "
          "Parliament.");
  CHECK(attends(x, "European Commission"));
  CHECK(attends(x, "Shanghai Cooperation Organisation"));
  CHECK(attends(x, "German Embassy in Niamey"));
  CHECK(attends(x, "Committee on Budgets"));
  CHECK(attends(x, "Committee on Development"));
}

TEST_CASE("not_attending.could_not_attend: invited but absent") {
  auto x =
      run("Ms Ada Roe presented the plan. Europol was invited but could not attend. The OSCE was "
          "unable to take part.");
  CHECK(attends(x, "Ada Roe"));
  CHECK_FALSE(attends(x, "Europol"));
  CHECK_FALSE(attends(x, "Organization for Security and Co-operation in Europe"));
}

TEST_CASE("attended.passive_subject: a body briefed, received or visited in the passive") {
  auto x =
      run("At the request of its Chair, the Council's Working Party on the Western Balkans Region "
          "(COWEB) was briefed by UNODC on its work. The Estonian Tax and Customs Board had been "
          "visited by Ms Ada Roe in May.");
  CHECK(attends(x, "Western Balkans Working Party"));
  CHECK(attends(x, "Council of the European Union"));
  CHECK(attends(x, "Estonian Tax and Customs Board"));
  // Money is no meeting.
  auto y = run("The Maritime Crime Programme was funded by Norway. UNODC presented it.");
  CHECK_FALSE(attends(y, "Norway"));
}

TEST_CASE("caption_line.labelled: 'Photo caption:' lines name people seen, not attendees") {
  auto x =
      run("Ms Ada Roe opened the clinic.\n\nPhoto caption: Ms Roe with UNODC's HIV adviser Dr "
          "Tamsin Okoro-Lund and peer educators.");
  CHECK(attends(x, "Ada Roe"));
  CHECK_FALSE(attends(x, "Tamsin Okoro-Lund"));
}

TEST_CASE(
    "attended: a body that received a presentation, and the body another was represented by") {
  auto x = run(
      "The Council's Horizontal Working Party on Drugs (HDG) received a presentation of UNODC's "
      "report at its meeting. The Commission was represented by DG HOME, while the EEAS briefed "
      "delegates.");
  CHECK(attends(x, "Horizontal Working Party on Drugs"));
  CHECK(attends(x, "DG HOME"));
  CHECK(attends(x, "European Commission"));
}

TEST_CASE("attended: a relative clause between a body and its verb; a kind word before a name") {
  auto x = run(
      "A delegation of the Commission's Support Group for Ukraine (SGUA) visited the port. Staff "
      "of "
      "the European Union Border Assistance Mission to Moldova and Ukraine (EUBAM), which has its "
      "headquarters in Odesa, joined the visit. There, staff of the NGO Harbour Care Centre, which "
      "runs the clinic, briefed them.");
  CHECK(attends(x, "Support Group for Ukraine"));
  CHECK(attends(x, "EUBAM Moldova and Ukraine"));
  CHECK(attends(x, "Harbour Care Centre"));
  CHECK(kg_test::find(x, "NGO Harbour Care Centre") == nullptr);
  // An earlier meeting told in the past perfect is no attendance.
  auto y =
      run("Ms Ada Roe chaired the hearing. The Commission's Directorate-General for Justice and "
          "Consumers (DG JUST), which leads on the directives, had presented its assessment to the "
          "committee in September.");
  CHECK_FALSE(attends(y, "DG JUST"));
}

TEST_CASE("attended.people_of_asked and attended.briefing_given_to") {
  auto x = run(
      "Delegates of the Member States and representatives of the European Commission's "
      "Directorate-General for Migration and Home Affairs (DG HOME) and of the European External "
      "Action Service (EEAS) asked about treatment in prisons.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European External Action Service"));
  // A body asking, without its people, may have asked from afar.
  auto y = run("The EEAS asked UNODC to prepare a note on the route.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::attended, "European External Action Service"));
  auto z =
      run("The figures were the subject of a briefing given in Brussels by Mr Carl Berg, UNODC "
          "Regional Representative, to the Council's Working Party on Asia-Oceania (COASI).");
  CHECK(has_relation(z, kg::EdgeKind::attended, "Working Party on Asia-Oceania"));
}

TEST_CASE("attended: a troika 'composed of' ..., a list line of a body's people, one official") {
  auto x = run(
      "A COTER troika, composed of the working party's chair and delegates of Malta, which holds "
      "the Presidency, and of Estonia, the incoming Presidency, visited Accra in May.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Counter-Terrorism Working Group"));
  auto y =
      run("Speakers:\n• Ms Ana Ruiz, Legal Officer, UNODC\n• a representative of the Commission's "
          "Directorate-General for Migration and Home Affairs (DG HOME)");
  CHECK(has_relation(y, kg::EdgeKind::attended, "DG HOME"));
  auto z = run("An FPI official based in Bangkok joined by video link to describe the work.");
  CHECK(has_relation(z, kg::EdgeKind::attended, "Service for Foreign Policy Instruments"));
  // A representative named outside a list line is no participant by that alone.
  auto w = run("The report thanks a representative of DG HOME for the data.");
  CHECK_FALSE(has_relation(w, kg::EdgeKind::attended, "DG HOME"));
}

TEST_CASE("attended: 'reminded', 'reported', 'updated' are ways of taking part") {
  auto x =
      run("DG JUST, for the Commission, reminded delegations of the mandate. Eurojust reported on "
          "joint investigation teams. Mr Paolo Serra of Europol updated the group on seizures.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "DG JUST", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European Commission", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Eurojust", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol", ""));
}

TEST_CASE("not_attending.to_be_done_by: who will launch something later did not attend") {
  auto x =
      run("Mr Jonas Weber opened the meeting. The regional report is to be launched in Lisbon by "
          "Director Marta Kowalczyk-Reis on 31 May.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Jonas Weber", ""));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Marta Kowalczyk-Reis", ""));
}

TEST_CASE(
    "attended: 'Mr A, Chief of X, presented ... to the Working Party'; 'received on DATE a "
    "briefing'") {
  auto x =
      run("Ms Ana Ruiz, Chief of the UNODC Regional Section for Europe, presented the assessment "
          "to the Working Party on the Western Balkans Region (COWEB) of the Council on 19 "
          "September.");
  CHECK(attends(x, "Western Balkans Working Party"));
  auto y =
      run("At the invitation of its chair, the Council's Working Party on Eastern Europe and "
          "Central Asia (COEST) received on 27 April a briefing by UNODC.");
  CHECK(attends(y, "Working Party on Eastern Europe and Central Asia"));
  // After a bracketed acronym; and what was presented to a body, by whoever.
  auto z =
      run("The Directorate-General for Migration and Home Affairs (DG HOME) presented the "
          "proposal to the Law Enforcement Working Party (LEWP) of the Council. The study "
          "was presented on the same day to the Council's Working Party on Terrorism by Mr "
          "Ivo Roe. The plan had been presented to Europol in May.");
  CHECK(attends(z, "Law Enforcement Working Party"));
  CHECK(attends(z, "Working Party on Terrorism"));
  CHECK_FALSE(attends(z, "Europol"));
}

TEST_CASE("attended.presented_to_body: the body something is presented to, not one in the future") {
  auto x =
      run("On 3 November, Ms Ana Pinto and Mr Tom Rees presented the survey results to the "
          "Horizontal Working Party on Drugs (HDG) of the Council of the European Union. The "
          "conclusions will be presented to COSI in May.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Horizontal Working Party on Drugs", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Council of the European Union", ""));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "COSI", ""));
  auto support = run("Mr Ole Lind presented the work plan, which includes support to the WENDU.");
  CHECK_FALSE(has_relation(support, kg::EdgeKind::attended, "WENDU", ""));
}

TEST_CASE("attended: 'around the table were representatives of', 'officers from the X of the Y'") {
  auto x = run("Also around the table were representatives of INTERPOL, Europol and CEPOL.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "INTERPOL", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol", ""));
  auto officers =
      run("Thirty officers from the Victim Support Unit of the Zambia Police Service and the "
          "Department of Immigration completed a three-day course in Kitwe.");
  CHECK(has_relation(officers, kg::EdgeKind::attended, "Zambia Police Service", ""));
  CHECK(has_relation(officers, kg::EdgeKind::attended, "Department of Immigration", ""));
  auto clause = run("Europol, which works in The Hague, and the ICRC took part in the session.");
  CHECK(has_relation(clause, kg::EdgeKind::attended, "ICRC", ""));
}

TEST_CASE(
    "attended.subject_verb: the list's last body with its seat ('of the SECI Center in "
    "Bucharest')") {
  auto x = run("Officials of Europol and of the SECI Center in Bucharest also took part.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Europol", ""));
  CHECK(has_relation(x, kg::EdgeKind::attended, "SECI Center", ""));
}

TEST_CASE("attended.devoted_session: 'devoted its meeting of 17 September in Brussels to'") {
  auto x =
      run("The Horizontal Working Party on Drugs (HDG) devoted its "
          "meeting of 17 September in Brussels to the findings of the report.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Horizontal Working Party on Drugs", ""));
}

TEST_CASE("attended: 'X and Y, based in Z, also took part'; 'Participating units:'; a handover") {
  auto x = run(
      "The East African Police Chiefs Cooperation Organization (EAPCCO) and the African Union's "
      "African Centre for the Study and Research on Terrorism (ACSRT), based in Algiers, also took "
      "part. The handover also brought together the United States Embassy in Dushanbe, which has "
      "funded the outposts since 2005, and the OSCE Office in Tajikistan.");
  CHECK(has_relation(x, kg::EdgeKind::attended,
                     "East African Police Chiefs Cooperation Organization"));
  CHECK(has_relation(x, kg::EdgeKind::attended,
                     "African Centre for the Study and Research on Terrorism"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "United States Embassy in Dushanbe"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "OSCE Office in Tajikistan"));
  auto list = run("Participating units:\n- Financial Intelligence Centre (Zambia)\n- Europol\n");
  CHECK(has_relation(list, kg::EdgeKind::attended, "Europol"));
  auto centre = run(
      "Brigadier Khalid Saeed, Director General of the GCC Criminal Information Center to Combat "
      "Drugs, opened the event.");
  CHECK(kg_test::find(centre, "GCC Criminal Information Center to Combat Drugs") != nullptr);
}

TEST_CASE("attended.people_of_list_subject: a repeated 'of' or 'from'") {
  auto repeated = run(
      "Experts from Europol and from the Federal Institute for Harbour Safety (FIHS) joined the "
      "discussion on generic legislation.");
  for (const char* body : {"Europol", "Federal Institute for Harbour Safety"}) {
    CAPTURE(body);
    CHECK(has_relation(repeated, kg::EdgeKind::attended, body));
  }
  auto met = run("Officers of the Tajik Drug Control Agency and of Europol met in Termez.");
  for (const char* body : {"Tajik Drug Control Agency", "Europol"}) {
    CAPTURE(body);
    CHECK(has_relation(met, kg::EdgeKind::attended, body));
  }
}

TEST_CASE("attended: a visit 'to present' to a body, 'met, in Brussels, staff of', co-sponsors") {
  auto visit = run(
      "Mr Ivo Lund of UNODC was in Brussels on 14 June to present the findings of the Andean Coca "
      "Survey to the Horizontal Working Party on Drugs (HDG) of the Council of the European "
      "Union.");
  CHECK(has_relation(visit, kg::EdgeKind::attended, "Horizontal Working Party on Drugs"));
  auto invited = run(
      "DG HOME invited UNODC to present the survey's methodology to the Horizontal Working Party "
      "on Drugs later in the spring.");
  CHECK_FALSE(has_relation(invited, kg::EdgeKind::attended, "Horizontal Working Party on Drugs"));
  auto met = run("On 23 November the officials met, in Brussels, staff of DG HOME and Frontex.");
  CHECK(has_relation(met, kg::EdgeKind::attended, "DG HOME"));
  CHECK(has_relation(met, kg::EdgeKind::attended, "Frontex"));
  auto event = run("The Permanent Mission of Norway co-sponsored the side event.");
  CHECK(has_relation(event, kg::EdgeKind::attended, "Permanent Mission of Norway"));
  auto resolution = run("The Permanent Mission of Norway co-sponsored the resolution.");
  CHECK_FALSE(has_relation(resolution, kg::EdgeKind::attended, "Permanent Mission of Norway"));
}

TEST_CASE("attended: the body that invited UNODC; the body visitors were received at") {
  auto invited =
      run("Ahead of the session, the Horizontal Working Party on Drugs (HDG) of the Council of the "
          "European Union invited UNODC to present its assessment.");
  CHECK(has_relation(invited, kg::EdgeKind::attended, "Horizontal Working Party on Drugs"));
  auto received =
      run("In Brussels, the delegation was received at the European External Action Service (EEAS) "
          "by Mr Ivo Fabbri, Head of Division.");
  CHECK(has_relation(received, kg::EdgeKind::attended, "European External Action Service"));
  auto airport = run("The delegation was received at Brussels Airport on Monday.");
  CHECK_FALSE(has_relation(airport, kg::EdgeKind::attended, "Brussels Airport"));
}

TEST_CASE("attended.people_of_list_acted: the unnamed people of bodies as a sentence's subject") {
  auto apposition =
      run("Representatives of INTERPOL and the World Customs Organization (WCO), the two partners "
          "of the project, presented new secure tools to the task forces.");
  CHECK(has_relation(apposition, kg::EdgeKind::attended, "INTERPOL"));
  CHECK(has_relation(apposition, kg::EdgeKind::attended, "World Customs Organization"));
  auto heads =
      run("Heads of anti-drug units from the National Police of Colombia, the Federal Police of "
          "Brazil and Carabineros de Chile reviewed the results of joint investigations.");
  for (const char* body :
       {"National Police of Colombia", "Federal Police of Brazil", "Carabineros de Chile"})
    CHECK(has_relation(heads, kg::EdgeKind::attended, body));
  auto observers =
      run("Observers from the Delegation of the European Union to Ghana and from the Embassy of "
          "Japan also attended the meeting.");
  CHECK(
      has_relation(observers, kg::EdgeKind::attended, "Delegation of the European Union to Ghana"));
  CHECK(has_relation(observers, kg::EdgeKind::attended, "Embassy of Japan"));
  // Their people telling something that happened elsewhere is no taking part.
  auto told =
      run("Officials of the Ministry of Finance told reporters that the budget was approved.");
  CHECK_FALSE(has_relation(told, kg::EdgeKind::attended, "Ministry of Finance"));
  // After others with 'together with', and asking in the meeting.
  auto asked =
      run("Delegates from the Member States, together with officials from the European "
          "Commission's DG HOME and from Europol, asked how the figures were collected.");
  CHECK(has_relation(asked, kg::EdgeKind::attended, "DG HOME"));
  CHECK(has_relation(asked, kg::EdgeKind::attended, "Europol"));
}

TEST_CASE("attended.represented_by_heads_of: represented by the unnamed officials of bodies") {
  auto x =
      run("The European Union was represented by officials of the European Commission's DG "
          "DEVCO and DG TAXUD.");
  for (const char* body : {"European Commission", "DG DEVCO", "DG TAXUD"})
    CHECK(has_relation(x, kg::EdgeKind::attended, body));
}

TEST_CASE("attended: a meeting 'bringing together' bodies; an unnamed analyst of a body spoke") {
  auto together =
      run("The steering committee met in Skopje today, bringing together the Ministry of Interior, "
          "the Secretariat for European Affairs, the EU Delegation and UNODC.");
  for (const char* body : {"Ministry of Interior", "Secretariat for European Affairs", "UNODC"})
    CHECK(has_relation(together, kg::EdgeKind::attended, body));
  // What a partnership is made of is no meeting.
  auto members =
      run("The Consortium on Forest Crime, which brings together the CITES Secretariat, "
          "INTERPOL and the World Bank, has existed since 2010.");
  CHECK_FALSE(has_relation(members, kg::EdgeKind::attended, "World Bank"));
  auto analyst = run("An analyst from Europol described how groups move cannabis through Greece.");
  CHECK(has_relation(analyst, kg::EdgeKind::attended, "Europol"));
  auto clause =
      run("A representative of the European Commission's DG JUST, which follows drug "
          "policy, offered support from the Commission.");
  CHECK(has_relation(clause, kg::EdgeKind::attended, "DG JUST"));
  // Words before the official's noun, and two officials joined by 'and'.
  auto two =
      run("A policy officer of the European Commission's DG TAXUD and a customs expert "
          "from Frontex also joined the discussion.");
  CHECK(has_relation(two, kg::EdgeKind::attended, "DG TAXUD"));
  CHECK(has_relation(two, kg::EdgeKind::attended, "Frontex"));
}

TEST_CASE("attended.sent_representative: a body that sent members or officers of its own") {
  auto x =
      run("The Ibero-American Association of Public Prosecutors (AIAMP) sent two members of "
          "its specialised gender network.");
  CHECK(
      has_relation(x, kg::EdgeKind::attended, "Ibero-American Association of Public Prosecutors"));
}

TEST_CASE("attended.at_body_met: 'At the X, she met ...', 'At the X, discussions with the Y'") {
  auto met = run("At the European External Action Service (EEAS), she met Mr. Jan Novak.");
  CHECK(has_relation(met, kg::EdgeKind::attended, "European External Action Service"));
  auto talks =
      run("At the European Commission's Directorate-General for Migration and Home Affairs (DG "
          "HOME), discussions with the Frontex liaison office focused on returns.");
  CHECK(has_relation(talks, kg::EdgeKind::attended, "DG HOME"));
  CHECK(has_relation(talks, kg::EdgeKind::attended, "European Commission"));
  // A place where someone met someone is no body that took part.
  auto hotel = run("At the Hilton Hotel, she met friends.");
  CHECK_FALSE(has_relation(hotel, kg::EdgeKind::attended, "Hilton Hotel"));
}
