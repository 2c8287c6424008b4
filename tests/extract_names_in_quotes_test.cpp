// Programmes named in quotes, found missing on held-out pages in the thirty-sixth session: an
// apposition after "a ... project,", a modifier between "the" and the quote ("the Japan-funded
// "X" project"), and the money of a list that goes on to a second programme. Each is proved on
// invented sentences (the donors are real, the programmes invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("programme: a quoted name set off by commas after 'a ... project' names it") {
  auto x =
      run("A two-year twinning project, \"Support to Judicial Reform\", was launched in Tirana. "
          "It is financed by the European Union with EUR 2 million.");
  REQUIRE(find(x, "Support to Judicial Reform") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Support to Judicial Reform"));
  auto y = run("The action, called \"Safe Passage Maghreb\", is funded by Spain.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Spain", "Safe Passage Maghreb"));
}

TEST_CASE("programme: words between 'the' and a quoted name before 'project'") {
  auto x = run(
      "Two vehicles were handed over under the Japan-funded \"Harbour Watch Kenya\" project, and "
      "the EU's \"Clean Ledger\" awareness campaign was presented.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Harbour Watch Kenya"));
  CHECK(find(x, "Clean Ledger") != nullptr);
}

TEST_CASE("funds: a list of funders ends where ', and the' names a second programme") {
  auto x = run(
      "Participants reviewed the \"Safe Harbours\" project, made possible by funding from the "
      "European Union and Norway, and the school-based \"Clear Minds\" initiative, co-financed by "
      "Germany.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Safe Harbours"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Safe Harbours"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Germany", "Clear Minds"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Germany", "Safe Harbours"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "European Union", "Clear Minds"));
}
