// Lists of people and the bodies they work for, found missing or wrong on held-out pages in the
// thirty-sixth session. Proved on invented sentences (the bodies are real, the people invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("represents: 'A and B, chemists with X' and 'are analysts of X'") {
  auto x =
      run("The course was taught by Dr Lena Brightwater and Mr Kofi Annerson, chemists with the "
          "Laboratory and Scientific Section of UNODC.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Brightwater", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Kofi Annerson", "UNODC"));
  auto y =
      run("Their trainers, Mr Jonas Feldkamp and Ms Ute Rasmussen, are analysts of the German "
          "Federal Criminal Police Office, which leads the project.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Jonas Feldkamp", "Bundeskriminalamt"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Ute Rasmussen", "Bundeskriminalamt"));
}

TEST_CASE("represents: ', and two prosecutors of X' starts a new group") {
  auto x =
      run("Two judges of the Court of Bosnia and Herzegovina, Mr Ante Kovalic and Ms Dina Selmic, "
          "and two prosecutors of Europol joined.");
  CHECK(
      has_relation(x, kg::EdgeKind::represents, "Ante Kovalic", "Court of Bosnia and Herzegovina"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Ante Kovalic", "Europol"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Dina Selmic", "Europol"));
}

TEST_CASE("represents: a counted group of a body explained between commas, then names") {
  auto x = run(
      "Two analysts of SEPBLAC, Spain's financial intelligence unit, Mr Iker Zubiri and Ms Nerea "
      "Olaizola, taught the course.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Iker Zubiri", "SEPBLAC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Nerea Olaizola", "SEPBLAC"));
}

TEST_CASE("organisation: a body's name ends before 'and' + a rank and a name") {
  // Through both corpus passes, as kg builds: the second finds the names the first learned.
  auto x = kg_test::run_corpus(
      {"The meeting was co-chaired by Colonel Farid Rahimi of the Afghan Border Police and Colonel "
       "Berdi Orazov of the State Border Service of Turkmenistan."})[0];
  CHECK(has_relation(x, kg::EdgeKind::represents, "Farid Rahimi", "Afghan Border Police"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Berdi Orazov",
                     "State Border Service of Turkmenistan"));
  // A rank followed by one word only is part of the name.
  auto y = run(
      "Mr Emeka Obi, who heads the Directorate of Operations and General Investigation, briefed "
      "the delegation.");
  CHECK(find(y, "Directorate of Operations and General Investigation") != nullptr);
}

TEST_CASE("represents: 'The meeting, organised by X, was chaired by A' is no chair of X") {
  auto x = run(
      "The meeting, organised by UNODC, was co-chaired by Mr Wahid Karimi, Deputy Minister at the "
      "Ministry of Counter Narcotics.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Wahid Karimi", "Ministry of Counter Narcotics"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Wahid Karimi", "UNODC"));
  auto y = run("The Working Party on Drugs was chaired by Ms Anna Berglund.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Anna Berglund", "Working Party on Drugs"));
}
