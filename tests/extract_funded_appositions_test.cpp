// Money for a programme that an apposition describes as a project of another, found missing on
// held-out pages in the thirty-sixth session. Proved on invented sentences (the donors and
// frame programmes are real, the projects invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::has_relation;
using kg_test::run;

TEST_CASE("funds: 'under X, a project of Y financed by Z' funds the project X") {
  auto x =
      run("The workshop was organised under HARBOURNET, a project of the Global Firearms Programme "
          "financed by the European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "HARBOURNET"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "European Union", "Global Firearms Programme"));
}

TEST_CASE("funds: 'X, the Y's project for a region, which is funded by Z' funds X") {
  auto x =
      run("The unit is part of CARGOLINK, the Container Control Programme's air cargo project for "
          "Central Asia, which has been made possible by funding from Germany and Japan.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Germany", "CARGOLINK"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "CARGOLINK"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Germany", "Container Control Programme"));
}

TEST_CASE("funds: the countries where a programme is funded are no funders") {
  auto x =
      run("GLO.ACT is funded by the European Union in Ghana and in four other countries of Asia "
          "and the Middle East.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "GLO.ACT"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Asia", "GLO.ACT"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Middle East", "GLO.ACT"));
}

TEST_CASE("programme: 'Project Silver Route, a ...' keeps both capitalised words") {
  auto x = run(
      "Participants agreed to launch Project Silver Route, a three-year project funded by Norway.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Project Silver Route"));
}
