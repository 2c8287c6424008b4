// Python's string semantics that kgscore.py's output depends on: norm(), repr() and str().
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::eval_detail {

std::u32string decode_utf8(std::string_view text);  // invalid bytes -> U+FFFD
std::string encode_utf8(std::u32string_view text);

// Python's repr() of a str: quotes chosen as Python chooses, escapes for what is not
// printable.
std::string py_repr(std::string_view text);
// str() of a tuple of strs and ints, e.g. ('UNODC', 3).
struct PyValue {
  std::string text;
  bool is_int = false;
};
std::string py_tuple(const std::vector<PyValue>& values);

}  // namespace kg::eval_detail
