// Constructions found missing on held-out pages in the forty-third session. Each is proved on
// invented sentences (bodies, programmes and places real, people invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("funds: a programme's short name says which programme the money is for") {
  // Two programmes named since the one the short name fits.
  auto x =
      run("UNODC's Regional Programme for South Eastern Europe held its annual review in Skopje. "
          "Delegates also discussed the Container Control Programme and the Paris Pact Initiative. "
          "The Regional Programme is funded by Norway, Japan and the European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway",
                     "Regional Programme for South Eastern Europe"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Regional Programme for South Eastern Europe"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Norway", "Container Control Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Norway", "Paris Pact Initiative"));
}

TEST_CASE("funds: a short name two programmes fit leaves the nearest programme") {
  auto x =
      run("The Global Programme on Cybercrime and the Global Programme against Money Laundering "
          "met in Vienna. Delegates discussed the Container Control Programme. "
          "The Global Programme is funded by Norway.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Norway", "Global Programme on Cybercrime"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Container Control Programme"));
}
