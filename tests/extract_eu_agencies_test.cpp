// Shapes found on held-out pages in the thirty-sixth session. Each is proved on invented
// sentences (the institutions are real, the people invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::has_relation;
using kg_test::run;

TEST_CASE("represents: an agency named 'Office' speaks for itself, not for the Union") {
  auto x =
      run("The European Union funds the workshop. The EPPO was represented by Ms Karla Dvoršak, a "
          "European Delegated Prosecutor in Ljubljana, and Mr Ivo Bertrand of the European Public "
          "Prosecutor's Office.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Karla Dvoršak",
                     "European Public Prosecutor's Office"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ivo Bertrand",
                     "European Public Prosecutor's Office"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Karla Dvoršak", "European Union"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Ivo Bertrand", "European Union"));
  // A unit of the Union is still its owner's: the Delegation's staff speak for the Union.
  auto y =
      run("The European Union funds the workshop. Ms Aino Virtanen, Head of Cooperation at the "
          "Delegation of the European Union to Serbia, opened it.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Aino Virtanen", "European Union"));
}
