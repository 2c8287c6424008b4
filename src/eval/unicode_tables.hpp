// Tables behind python_text.cpp, generated from Python's unicodedata (see the .cpp).
#pragma once

#include <cstddef>
#include <iterator>

namespace kg::eval_detail {

struct CodeMapping {
  char32_t from;
  const char32_t* to;
};
struct Composition {
  char32_t base;
  char32_t mark;
  char32_t composed;
};
struct CodeRange {
  char32_t first;
  char32_t last;
};

// All sorted by their first field(s).
extern const CodeMapping kCompatibility[];
extern const std::size_t kCompatibilityCount;
extern const Composition kCompositions[];
extern const std::size_t kCompositionCount;
extern const CodeMapping kLowerCase[];
extern const std::size_t kLowerCaseCount;
extern const CodeRange kNotPrintable[];
extern const std::size_t kNotPrintableCount;

}  // namespace kg::eval_detail
