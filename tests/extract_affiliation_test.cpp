// Affiliation (represents) and names on constructions of the news genre that the first rules
// missed, each on invented sentences (the institutions are real, the people invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("noise.photo_credit_word: a written-out credit glued to the body is no mention") {
  auto x = run("Photo credit UNICEF OsloMs Lena Berg, Senior Adviser at UNHCR, came to Vienna.");
  CHECK(find(x, "UNICEF") == nullptr);
  CHECK(find(x, "Oslo") == nullptr);
  const kg::Mention* lena = find(x, "Lena Berg");
  REQUIRE(lena != nullptr);
  CHECK(lena->surface == "Lena Berg");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Berg", "UNHCR"));
}

TEST_CASE("represents.team_members: the people listed with a programme's team") {
  auto x =
      run("The UNODC Container Control Programme team (Ms Ana Lindgren from Kenya, Mr Tom Fisk "
          "from Vienna and Ms Eva Lund from Peru) came to Brussels.");
  for (const char* person : {"Ana Lindgren", "Tom Fisk", "Eva Lund"}) {
    CAPTURE(person);
    CHECK(has_relation(x, kg::EdgeKind::represents, person, "UNODC"));
  }
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Tom Fisk", "Vienna"));
}

TEST_CASE("represents.team_members: a team led by a person, and a team named in apposition") {
  auto led = run("The UNICEF team led by Mr Karl Ostrow met the Minister.");
  CHECK(has_relation(led, kg::EdgeKind::represents, "Karl Ostrow", "UNICEF"));
  auto apposition = run("The UNHCR legal team, Ms Ana Lindgren and Mr Tom Fisk, presented it.");
  CHECK(has_relation(apposition, kg::EdgeKind::represents, "Ana Lindgren", "UNHCR"));
  CHECK(has_relation(apposition, kg::EdgeKind::represents, "Tom Fisk", "UNHCR"));
}
