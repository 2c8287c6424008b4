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
