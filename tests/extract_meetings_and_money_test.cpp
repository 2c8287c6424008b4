// Who sat in a meeting and who paid, in shapes found missing on held-out pages in the
// thirty-fifth session: a body that gave its meeting (in a place, on a date) to the subject, a
// desk of a service met after a list, sums of money "supported ... with", a project word after a
// programme's name, approximate sums, and a project's code that begins with another body's
// acronym. Each is proved on invented sentences (the institutions are real, the people and
// projects invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("attended: a working party that devoted its meeting to the subject sat in it") {
  auto x = run(
      "The Working Party on Terrorism (COTER) of the Council of the European Union devoted part of "
      "its meeting in Brussels on 3 May to foreign fighters returning to the Western Balkans.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Working Party on Terrorism"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Council of the European Union"));
  // The Presidency under which it met is when, not who.
  auto y = run(
      "Under the Maltese Presidency, the Horizontal Working Party on Drugs dedicated its session "
      "of 9 March to synthetic drugs.");
  CHECK(has_relation(y, kg::EdgeKind::attended, "Horizontal Working Party on Drugs"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::attended, "Maltese Presidency"));
}

TEST_CASE("attended and represents: a person met with their team, and a desk of a service") {
  auto x =
      run("In Brussels she met Mr. Oswin Taverner and his team at DG INTPA's Asia Unit, and the "
          "Pacific "
          "desk of the European External Action Service.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Oswin Taverner", "Asia Unit"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Oswin Taverner", "DG INTPA"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "European External Action Service"));
  auto y =
      run("The visitors met Ms Ilse Marwood and her colleagues of the Organised Crime Unit of DG "
          "HOME.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Ilse Marwood", "Organised Crime Unit"));
}

TEST_CASE("funds: 'supported by X with a sum', a project word, approximate sums") {
  auto x = run(
      "The course opened the Safe Harbours Initiative, supported by Denmark with EUR 700,000 and "
      "implemented by IOM.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Denmark", "Safe Harbours Initiative"));
  auto y = run(
      "The course is part of the Coastal Watch and Justice (COWAJ) project, which the EU finances "
      "with EUR 2.2 million through the EU Emergency Trust Fund for Africa.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union", "Coastal Watch and Justice"));
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union Emergency Trust Fund for Africa",
                     "Coastal Watch and Justice"));
  auto z = run(
      "Sweden has supported the Global Programme on Cybercrime since 2017 with more than SEK 30 "
      "million.");
  CHECK(has_relation(z, kg::EdgeKind::funds, "Sweden", "Global Programme on Cybercrime"));
  // "supported by" with no sum is no funding.
  auto w = run("The course opened the Safe Harbours Initiative, supported by Denmark.");
  CHECK_FALSE(has_relation(w, kg::EdgeKind::funds, "Denmark", "Safe Harbours Initiative"));
}

TEST_CASE("mentions: a project's code that begins with another body's acronym is the project's") {
  auto x = run(
      "The regional project Safer Borders in the Western Balkans (SPC-WB) met in Skopje. SPC-WB is "
      "co-financed by the European Union and Austria.");
  CHECK(find(x, "Social Protection Committee") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Austria", "Safer Borders in the Western Balkans"));
  // Two bodies joined by a hyphen stay two bodies.
  auto y = run("A joint UNODC-WHO team visited the prison of Durres.");
  CHECK(find(y, "WHO") != nullptr);
  CHECK(find(y, "UNODC") != nullptr);
}

TEST_CASE("funds: 'the Programme' referred to, the instrument it comes through, yearly sums") {
  auto x = run(
      "The seminar was held under the Global Programme on Safe Stadiums. The European Union has "
      "supported the Programme since 2020 with EUR 1.2 million through its Internal Security Fund "
      "(ISF).");
  CHECK(
      has_relation(x, kg::EdgeKind::funds, "European Union", "Global Programme on Safe Stadiums"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Internal Security Fund",
                     "Global Programme on Safe Stadiums"));
  auto y = run(
      "The visit took place under the Container Control Programme. Denmark has supported the "
      "Container Control Programme in West Africa since 2019 with annual contributions of DKK 3 "
      "million.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Denmark", "Container Control Programme"));
  auto z = run(
      "Mr Tomas Eklund leads the Centre's Survivors Support Programme. The Programme, which has "
      "helped families in twelve countries, has been supported by Ireland since 2017 with EUR 2 "
      "million.");
  CHECK(has_relation(z, kg::EdgeKind::funds, "Ireland", "Survivors Support Programme"));
}

TEST_CASE("funds: things paid for by a donor 'as part of' a programme fund the programme") {
  auto x = run(
      "The radios handed over to the coast guard were financed by the European Union's Instrument "
      "contributing to Stability and Peace as part of the Seaport Cooperation Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Seaport Cooperation Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Instrument contributing to Stability and Peace",
                     "Seaport Cooperation Programme"));
  // A named project "funded by X as part of" a wider programme: the money is the project's.
  auto y = run(
      "The course was held under the project \"Clean Ports for Central America\", which is funded "
      "by the Netherlands as part of the Seaport Cooperation Programme.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Netherlands", "Seaport Cooperation Programme"));
}

TEST_CASE("programmes: a body's acronym-named project, and a programme after 'the Centre's'") {
  auto x = run(
      "The course is part of the Andean Police Colleges Network (APCN) project, which modernises "
      "curricula.");
  REQUIRE(find(x, "Andean Police Colleges Network") != nullptr);
  CHECK(find(x, "Andean Police Colleges Network")->kind == kg::NodeKind::programme);
  auto y = run("Ms Ana Lopez coordinates the Office's Prison Reform Programme in Lima.");
  CHECK(find(y, "Prison Reform Programme") != nullptr);
  // A job after the possessive stays a job.
  auto z = run("Ms Ana Lopez, the Office's Programme Officer, opened the course.");
  CHECK(find(z, "Programme Officer") == nullptr);
}

TEST_CASE("funds: an activity paid by a donor that is part of a programme funds the programme") {
  auto x =
      run("The workshop was funded by Ireland and forms part of UNODC's Global Programme against "
          "Trafficking in Persons.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Ireland",
                     "Global Programme against Trafficking in Persons"));
  auto y = run(
      "The course, funded by Denmark, is part of the Airport Communication Project and was held in "
      "Accra.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Denmark", "Airport Communication Project"));
}

TEST_CASE("funds: a sum made available for a programme, through an instrument") {
  auto x =
      run("Through the Internal Security Fund, the EU has made EUR 900,000 available for the Safe "
          "Passage project, which IOM implements in Romania.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Safe Passage"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Internal Security Fund", "Safe Passage"));
}
