// Funding constructions found missing on held-out pages in the thirty-eighth session's first
// round: money channelled through an instrument, a sum from an instrument made available to a
// project, work done under a programme with funds a donor passes through an instrument, a
// project named in single quotes or for the body it supports, and where a list of funders after
// "financed by" ends. Each is proved on invented sentences (donors and instruments real,
// projects invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("funds: a contribution from a donor, channelled through an instrument") {
  auto x =
      run("Thanks to a contribution of EUR 3 million from the European Union, channelled through "
          "the Instrument contributing to Stability and Peace (IcSP), the Coastal Watch Programme "
          "will train 200 officers.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Coastal Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Coastal Watch Programme"));
}

TEST_CASE("funds: a sum from an instrument made available to a project") {
  auto x =
      run("The Commission confirmed that EUR 2 million from the Internal Security Fund would be "
          "made available to the Harbour Integrity Project, which trains port staff.");
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "Internal Security Fund", "Harbour Integrity Project"));
}

TEST_CASE("funds: work under a programme with funds a donor channels through an instrument") {
  auto x =
      run("The manual was written under the Coastal Watch Programme with funds that the European "
          "Union provides through the Instrument contributing to Stability and Peace.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Coastal Watch Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Coastal Watch Programme"));
}

TEST_CASE("programme: a name in single quotes called a programme, and 'Support to X Project'") {
  auto x =
      run("Officers graduated from the second edition of 'Justice at Sea', a training programme "
          "made possible by funding from Norway and the Netherlands.");
  REQUIRE(find(x, "Justice at Sea") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Justice at Sea"));
  // A possessive's apostrophe opens no quote.
  auto y = run("The Commission's 'new deal', a programme of reforms, was discussed.");
  CHECK(find(y, "new deal") == nullptr);
  auto z =
      run("The new phase builds on the Support to ECOWAS Project, which Germany has financed "
          "since 2016.");
  REQUIRE(find(z, "Support to ECOWAS Project") != nullptr);
  CHECK(has_relation(z, kg::EdgeKind::funds, "Germany", "Support to ECOWAS Project"));
}

TEST_CASE("funds: a list of funders after 'financed by' ends at a new clause") {
  auto x =
      run("Ministers agreed to complete the Coastal Radar Network, financed by the European Union, "
          "and to work with UNHCR and IOM on reception.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Coastal Radar Network"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "International Organization for Migration",
                           "Coastal Radar Network"));
  auto y =
      run("Held under the Coastal Watch Programme, which is funded by Japan, the webinar was "
          "opened by Ms Ana Ruiz of UNODC.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Coastal Watch Programme"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "UNODC", "Coastal Watch Programme"));
  auto z =
      run("According to the Coastal Watch Programme, financed in the region by Norway since 2018, "
          "its units in Bar and Durres seized two tonnes of cocaine.");
  CHECK(has_relation(z, kg::EdgeKind::funds, "Norway", "Coastal Watch Programme"));
  CHECK_FALSE(has_relation(z, kg::EdgeKind::funds, "Durres", "Coastal Watch Programme"));
}

TEST_CASE(
    "funds: 'the money comes from' an instrument; an activity a named programme carries out") {
  auto x =
      run("The EU and UNODC signed an agreement for the Coastal Watch Programme. The money comes "
          "from the Instrument contributing to Stability and Peace, the EU's crisis instrument.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Coastal Watch Programme"));
  auto y =
      run("Financed by Norway, the workshop is one of the activities that the Global Programme on "
          "Cybercrime carries out in West Africa this year.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Norway", "Global Programme on Cybercrime"));
}
