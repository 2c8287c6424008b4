// Shapes of "who works where" found missing on held-out pages in the thirty-fifth session: a unit
// spoken for with its owner's possessive, a rank or two before a name after "whose", academic
// heads, trainers listed after a colon, and national commissioners who are no EU office-holders.
// Each is proved on invented sentences (the institutions are real, the people invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("represents: 'On behalf of the Commission's DG X, Mr A' speaks for the unit and owner") {
  auto x =
      run("On behalf of the European Commission's DG HOME, Mr. Tobias Wrenfield outlined the new "
          "rules on firearms.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tobias Wrenfield", "DG HOME"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tobias Wrenfield", "European Commission"));
}

TEST_CASE("represents: 'whose Deputy Head, Chief Commissioner A,' takes two ranks before a name") {
  auto x =
      run("The visit was hosted by the Hellenic Coast Guard, whose Deputy Commander, Chief "
          "Commissioner "
          "Nikos Paravolidis, showed the group the new patrol boats.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Nikos Paravolidis", "Hellenic Coast Guard"));
}

TEST_CASE("represents: a dean, a rector and a university named in its own language") {
  auto x =
      run("The panel was chaired by the Dean of the Faculty of Law, Professor Imane Belkacemi, and "
          "closed by Ms Dewi Kartikasari, Vice-Rector of Universitas Airlangga.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Imane Belkacemi", "Faculty of Law"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dewi Kartikasari", "Universitas Airlangga"));
}

TEST_CASE("represents: trainers listed after a colon belong to the body they came from") {
  auto x = run(
      "The course was taught by two trainers from Spain's Judicial School (EJ): Judge Marta Ulloa "
      "Prieto and Prosecutor Íñigo Sarasola.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Marta Ulloa Prieto", "Judicial School"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Íñigo Sarasola", "Judicial School"));
  auto y = run(
      "The mentors came from the European Anti-Fraud Office: Ms Greta Lindvall, Mr Oskar Brenne "
      "and Mr Jules Marchetti, all investigators.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Greta Lindvall", "European Anti-Fraud Office"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Jules Marchetti", "European Anti-Fraud Office"));
}

TEST_CASE("represents: a commissioner with a national body in brackets is a police rank") {
  auto x =
      run("The panel heard Dr Lina Okafor (Médecins du Monde) and Commissioner Adama Kouyaté "
          "(Directorate of Territorial Surveillance) on treatment in prisons.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lina Okafor", "Médecins du Monde"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Adama Kouyaté",
                     "Directorate of Territorial Surveillance"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Adama Kouyaté", "European Union"));
  CHECK(find(x, "European Union") == nullptr);
  // The EU office-holder keeps the European Union.
  auto y = run("The panel heard Commissioner Eamonn Tierney on the new strategy.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Eamonn Tierney", "European Union"));
}

TEST_CASE("represents: who leads trainers from a body, and whom a team is composed of") {
  auto x =
      run("The course was given by a team of four trainers from the Hellenic Police led by Police "
          "Major "
          "Eleni Vastaki.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eleni Vastaki", "Hellenic Police"));
  auto y = run(
      "The UNODC team was led by Mr Abdou Karim Sall, Programme Officer at the UNODC Regional "
      "Office for West and Central Africa, and composed of Ms Awa Tounkara and Mr Bruno Reis, who "
      "presented the findings.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Awa Tounkara", "UNODC"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Bruno Reis", "UNODC"));
}

TEST_CASE("represents: a unit before the body in brackets, and inspectors listed by name") {
  auto x =
      run("The panel heard Ms Milica Jovanović (Internal Affairs Sector, Serbian Ministry of "
          "Interior) and Mr Arben Kola (Albanian State Police).");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Milica Jovanović",
                     "Serbian Ministry of Interior"));
  auto y = run(
      "The course was taught by inspectors Wout Claes, Lien Peeters and Karim Haddou of Belgian "
      "Customs.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Lien Peeters", "Belgian Customs"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Wout Claes", "Belgian Customs"));
}
