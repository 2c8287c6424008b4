// Constructions found missing on held-out pages in the fiftieth session. Each is proved on
// invented sentences (bodies, programmes and places real, people invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::has_relation;
using kg_test::run_both_passes;

TEST_CASE("funds: a donor's contribution 'provided under' an instrument 'as part of' a frame") {
  auto x = run_both_passes(
      "Border officers in Dakar were trained under the Global Maritime Crime Programme. The "
      "programme is funded by the European Union and Denmark. The EU's contribution is provided "
      "under the Instrument contributing to Stability and Peace as part of the EU's Critical "
      "Maritime Routes Programme.");
  for (const char* donor : {"European Union", "Instrument contributing to Stability and Peace"}) {
    CHECK(has_relation(x, kg::EdgeKind::funds, donor, "Global Maritime Crime Programme"));
    CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, donor, "Critical Maritime Routes Programme"));
  }
}

TEST_CASE("funds: the body a donor's money is provided through funds too") {
  auto x = run_both_passes(
      "The new scanners came with a grant of USD 1.5 million from Japan to the Container Control "
      "Programme in West Africa for 2021-2023, channelled through the Japan International "
      "Cooperation Agency.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Container Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan International Cooperation Agency",
                     "Container Control Programme"));
}

TEST_CASE("funds: 'manages the X funds' names a fund's manager, not a funder") {
  auto x = run_both_passes(
      "Ms Oda Lindqvist of the Service for Foreign Policy Instruments, which manages the IcSP "
      "funds for the Commission, recalled that the network began under the Container Control "
      "Programme.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                           "Container Control Programme"));
  // The verb "funds" still funds, and a manager of a funded project says nothing against it.
  auto y = run_both_passes(
      "The Service for Foreign Policy Instruments manages the IcSP, which funds the Container "
      "Control Programme.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Container Control Programme"));
}
