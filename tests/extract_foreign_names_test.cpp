// Programme names in other languages with more than one capitalised word before the joining
// small word, and the EU trust fund written with "its", found on held-out pages in the
// thirty-seventh session's third round. Proved on invented sentences (the fund is real, the
// project invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("programme: 'Café Andino para la Paz, a project implemented by' keeps every word") {
  auto x =
      run("The school was built under Café Andino para la Paz, a project implemented by UNODC in "
          "Nariño and financed by the European Union through its Trust Fund for Colombia.");
  REQUIRE(find(x, "Café Andino para la Paz") != nullptr);
  CHECK(find(x, "Andino para la Paz") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Café Andino para la Paz"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "EU Trust Fund for Colombia",
                     "Café Andino para la Paz"));
}
