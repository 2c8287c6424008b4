// Owners written into names and titles that imply their body, on invented sentences (the
// institutions are real, the people invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;
using kg_test::run_corpus;

namespace {

bool mentions_entity(const kg::ItemExtraction& x, const std::string& canonical) {
  for (const auto& m : x.mentions)
    if (!m.removed && m.canonical == canonical) return true;
  return false;
}

}  // namespace

TEST_CASE("organisation.owner_prefix: 'EU' in 'EU Commission' abbreviates 'European'") {
  auto x = run("Ms Eva Lund, Head of Unit at the EU Commission's DG INTPA, opened it.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "DG INTPA"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "European Commission"));
  CHECK_FALSE(mentions_entity(x, "European Union"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "European Union"));
  auto owned = run("Ms Eva Lund of the UNODC Regional Office for Eastern Africa spoke.");
  CHECK(mentions_entity(owned, "UNODC"));
}

TEST_CASE("organisation.owner_prefix: a possessive owner in a gazetteer name is that body") {
  auto x =
      run("UNODC met the EU Commission's Directorate General for Development and "
          "Cooperation in Brussels.");
  CHECK(mentions_entity(x, "DG DEVCO"));
  CHECK(mentions_entity(x, "European Commission"));
  CHECK_FALSE(mentions_entity(x, "European Union"));
}

TEST_CASE("represents.eu_office_before: a Commissioner represents the EU the item never names") {
  auto x =
      run("Ms Eva Lund of UNODC held a videoconference with Commissioner Karl Ostrow on "
          "drug policy.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Karl Ostrow", "European Union"));
  const kg::Mention* eu = find(x, "European Union");
  REQUIRE(eu != nullptr);
  CHECK(eu->surface == "Commissioner");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "European Union"));
  auto high = run("The High Representative/Vice-President Tom Fisk received Ms Eva Lund.");
  CHECK(has_relation(high, kg::EdgeKind::represents, "Tom Fisk", "European Union"));
  auto named = run("Commissioner Karl Ostrow addressed the European Commission staff.");
  CHECK(has_relation(named, kg::EdgeKind::represents, "Karl Ostrow", "European Commission"));
  CHECK_FALSE(mentions_entity(named, "European Union"));
}

TEST_CASE("represents.deputy: a deputy named without a body has the body of the one before") {
  auto x =
      run("Mr Karl Ostrow, Head of the UNODC Brussels Liaison Office, and the Deputy Head, "
          "Ms Eva Lund, also took part.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "UNODC Brussels Liaison Office"));
  // Through the corpus passes, where the delegation's name is known with its owner.
  auto his = kg_test::run_corpus({"Ms Ana Lima met Mr Tom Fisk, Head of the EU Delegation to "
                                  "Kenya, and his deputy, Ms Eva Lund."})
                 .front();
  CHECK(has_relation(his, kg::EdgeKind::represents, "Eva Lund", "European Union"));
  CHECK_FALSE(has_relation(his, kg::EdgeKind::represents, "Ana Lima", "European Union"));
  auto own =
      run("Mr Karl Ostrow, Head of the UNODC Brussels Liaison Office, and the Deputy Head "
          "of the EU Delegation to Kenya, Ms Eva Lund, spoke.");
  CHECK_FALSE(has_relation(own, kg::EdgeKind::represents, "Eva Lund", "UNODC"));
}

TEST_CASE("organisation.owner_prefix: the Parliament owns its committee written with 's") {
  auto x = run("Ms Eva Lund presented it to the European Parliament's Committee on Budgets.");
  CHECK(mentions_entity(x, "Committee on Budgets"));
  CHECK(mentions_entity(x, "European Parliament"));
}

TEST_CASE("represents.same_unit: 'accompanied by P2 from the same section'") {
  auto x =
      run("Ms Ana Holtby, Chief of UNODC's Human Trafficking and Migrant Smuggling Section, "
          "spoke. Ms Holtby was accompanied by Mr Tom Fisk from the same section.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tom Fisk",
                     "Human Trafficking and Migrant Smuggling Section"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tom Fisk", "UNODC"));
}

TEST_CASE("titles: a rapporteur of a committee represents it") {
  auto x = run("MEP Karl Ostrow, LIBE rapporteur on smuggling, chaired the hearing.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Karl Ostrow", "European Parliament"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Karl Ostrow",
                     "Committee on Civil Liberties, Justice and Home Affairs"));
}

TEST_CASE("represents.mep_before: MEPs listed after the plural title") {
  auto x = run("Mr Tom Fisk briefed MEPs Anna Berggren and Paolo Rinaldo on corruption.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anna Berggren", "European Parliament"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Paolo Rinaldo", "European Parliament"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Tom Fisk", "European Parliament"));
}

TEST_CASE("person.title_complement_name: 'EU Ambassador to Kenya Jane Doe met'") {
  auto x = run("EU Ambassador to Kenya Henrika Lundqvist met Mr Tom Fisk of UNODC.");
  CHECK(find(x, "Henrika Lundqvist") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Henrika Lundqvist", "European Union"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Henrika Lundqvist", "Kenya"));
}

TEST_CASE("titles: 'the ORG chair, Mr X' represents ORG") {
  auto x = run("The INTERPOL chair, Mr Bruno Castelli, thanked her.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Bruno Castelli", "INTERPOL"));
}

TEST_CASE("represents.on_behalf_before and signature_for: who speaks or signs for a body") {
  auto before = run("On behalf of the European Anti-Fraud Office, Dr Karin Aalto welcomed it.");
  CHECK(
      has_relation(before, kg::EdgeKind::represents, "Karin Aalto", "European Anti-Fraud Office"));
  auto after = run("The briefing was moderated by Mr Felipe Arandano, for UNODC.");
  CHECK(has_relation(after, kg::EdgeKind::represents, "Felipe Arandano", "UNODC"));
  auto purpose = run("Mr Felipe Arandano thanked Japan for UNODC's support.");
  CHECK_FALSE(has_relation(purpose, kg::EdgeKind::represents, "Felipe Arandano", "UNODC"));
}

TEST_CASE("represents.body_chaired_by: the chair of the body named just before") {
  auto x = run("The Thematic Working Group on Precursors, chaired by Mr Luca Ferrantelli, met.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Luca Ferrantelli",
                     "Thematic Working Group on Precursors"));
  auto meeting = run("The meeting, chaired by Mr Luca Ferrantelli, opened.");
  for (const auto& r : meeting.relations) CHECK(r.kind != kg::EdgeKind::represents);
}

TEST_CASE("organisation.unit_at_owner: a two-word unit named with its owner") {
  auto x = run("Mr Pieter Claesen, Head of the Drugs Unit at Europol, spoke.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pieter Claesen", "Drugs Unit"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pieter Claesen", "Europol"));
}

TEST_CASE("NAME: initials before a surname are part of the name, not a person 'E'") {
  auto x = run("Ms E. Lundqvist and Mr J. R. Okafor visited Frontex.");
  CHECK(find(x, "E. Lundqvist") != nullptr);
  CHECK(find(x, "J. R. Okafor") != nullptr);
  for (const auto& m : x.mentions) CHECK_FALSE((!m.removed && m.name.size() == 1));
}

TEST_CASE("person: a place right after an honorific and before a name is a given name") {
  auto x = run("Ms Sofia Lindahl-Orsi, Director at UNODC, thanked Canada.");
  CHECK(find(x, "Sofia Lindahl-Orsi") != nullptr);
  CHECK(find(x, "Sofia") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Sofia Lindahl-Orsi", "UNODC"));
  auto city = run("Mr Tom Fisk flew to Sofia on Monday.");
  CHECK(find(city, "Sofia") != nullptr);
  auto capitals = run("Ms ANNA KOWALSKA-NOWAK of UNODC spoke.");
  CHECK(find(capitals, "Anna Kowalska-Nowak") != nullptr);
  // Capitals of Latin Extended-A at odd code points (Ź, Ń, Ł, Ż) lower-case as the even ones.
  auto polish = run("Ms EWA KOŹMIŃSKA-ŻELAZNY of UNODC spoke.");
  CHECK(find(polish, "Ewa Koźmińska-Żelazny") != nullptr);
}

TEST_CASE("represents: bodies in brackets, 'At ORG, X, the title', lists represented by") {
  auto brackets =
      run("Ms Amara Nwokeji (UNODC) and Mr Jakub Wrobek (European Commission) "
          "co-chaired the workshop.");
  CHECK(has_relation(brackets, kg::EdgeKind::represents, "Amara Nwokeji", "UNODC"));
  CHECK(has_relation(brackets, kg::EdgeKind::represents, "Jakub Wrobek", "European Commission"));
  CHECK_FALSE(
      has_relation(brackets, kg::EdgeKind::represents, "Amara Nwokeji", "European Commission"));
  auto at = run("At Eurojust, Mr Henrik Stromberg, the National Member for Denmark, presented it.");
  CHECK(has_relation(at, kg::EdgeKind::represents, "Henrik Stromberg", "Eurojust"));
  auto list =
      run("UNICEF was represented by Mr Kenji Morita of the Seaport Cooperation Project "
          "(SEACOP) and Ms Adaeze Nwosu of AIRCOP.");
  CHECK(has_relation(list, kg::EdgeKind::represents, "Kenji Morita", "UNICEF"));
  CHECK(has_relation(list, kg::EdgeKind::represents, "Adaeze Nwosu", "UNICEF"));
}

TEST_CASE("represents: EU delegation heads and chargés d'affaires, a programme's staff") {
  auto head = run_corpus({"The Head of the EU Delegation to Cabo Verde, Ambassador Ines "
                          "Carvalhal, joined online."})
                  .front();
  CHECK(has_relation(head, kg::EdgeKind::represents, "Ines Carvalhal",
                     "EU Delegation to Cabo Verde"));
  auto charge = run_corpus({"Ms Lucia Benedetto, Chargée d'Affaires a.i. of the EU Delegation to "
                            "Guinea-Bissau, spoke."})
                    .front();
  CHECK(has_relation(charge, kg::EdgeKind::represents, "Lucia Benedetto", "European Union"));
  auto staff =
      run("UNODC and WCO run the UNODC-WCO Container Control Programme. Mr Daniel "
          "Otieno, CCP Regional Coordinator for Eastern Africa, came.");
  CHECK(has_relation(staff, kg::EdgeKind::represents, "Daniel Otieno", "UNODC"));
  CHECK_FALSE(has_relation(staff, kg::EdgeKind::represents, "Daniel Otieno", "WCO"));
}

TEST_CASE("represents.apposition: a role opening with 'and' is the next person's") {
  auto x = run_corpus({"It was launched by the Ugandan Minister of Agriculture, Mr Samuel Okelo, "
                       "and the Head of the EU Delegation to Uganda, Ms Ingrid Halvor."})
               .front();
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ingrid Halvor", "EU Delegation to Uganda"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Samuel Okelo", "EU Delegation to Uganda"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Samuel Okelo", "European Union"));
  auto mep = run("The webinar was moderated by Ms Helle Vintra MEP, Vice-Chair of ENVI.");
  CHECK(has_relation(mep, kg::EdgeKind::represents, "Helle Vintra",
                     "Committee on the Environment, Public Health and Food Safety"));
}

TEST_CASE("represents.person_paren_org: bodies and programmes in brackets after a name") {
  auto x =
      run("Speakers included Mr Rafael Quinto (UNODC Global Programme for Combating "
          "Wildlife and Forest Crime), Ms Odile Marchand (European Commission, DG ENV) and "
          "Mr Anil Ramdas (INTERPOL).");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rafael Quinto", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Odile Marchand", "European Commission"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Odile Marchand", "DG ENV"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Anil Ramdas", "INTERPOL"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Anil Ramdas", "UNODC"));
}

TEST_CASE("represents.deputy: 'the Deputy Regional Representative, Mrs B'") {
  auto x =
      run("UNODC Regional Representative for West Africa, Mr Paul Lenoir, and the Deputy "
          "Regional Representative, Mrs Chantal Lamarre, met the EU.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Chantal Lamarre", "UNODC"));
}

TEST_CASE(
    "organisation: 'Command' heads a body's name ('the Navy's Maritime Operations Command')") {
  auto x =
      run_corpus({"The session was opened by Vice Admiral Tomas Lindqvist, Head of the Swedish "
                  "Navy's Maritime Operations Command."})[0];
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Tomas Lindqvist", "Maritime Operations Command"));
  // Lower-case, it is no name: "in command of".
  auto lower = run("Colonel Ana Ruiz, in command of the Operations of the Fleet, spoke.");
  CHECK_FALSE(find(lower, "command"));
}
