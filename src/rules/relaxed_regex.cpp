#include "relaxed_regex.hpp"

#include <cctype>

namespace kg::rules_detail {

namespace {

// The digits at `at`, or 0 of them; `value` is -1 when there are none.
std::size_t read_number(std::string_view text, std::size_t at, int& value) {
  std::size_t end = at;
  value = -1;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) {
    value = (value < 0 ? 0 : value * 10) + (text[end] - '0');
    if (value > 100000) value = 100000;  // re2 refuses counts over 1,000 anyway
    ++end;
  }
  return end;
}

// The length of the character class that opens at `at` ("[", "[^", a "]" first is literal,
// escapes and "[:alpha:]" inside), or the rest of the text when it does not close.
std::size_t class_length(std::string_view regex, std::size_t at) {
  std::size_t i = at + 1;
  if (i < regex.size() && regex[i] == '^') ++i;
  if (i < regex.size() && regex[i] == ']') ++i;
  while (i < regex.size() && regex[i] != ']') {
    if (regex[i] == '\\') {
      i += 2;
    } else if (regex.compare(i, 2, "[:") == 0 && regex.find(":]", i + 2) != std::string::npos) {
      i = regex.find(":]", i + 2) + 2;
    } else {
      ++i;
    }
  }
  return i < regex.size() ? i + 1 - at : regex.size() - at;
}

}  // namespace

std::string without_repeat_bounds(std::string_view regex) {
  std::string out;
  out.reserve(regex.size());
  std::size_t i = 0;
  while (i < regex.size()) {
    char c = regex[i];
    if (c == '\\') {
      out.append(regex.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '[') {
      std::size_t length = class_length(regex, i);
      out.append(regex.substr(i, length));
      i += length;
      continue;
    }
    if (c == '{') {
      int low = -1;
      int high = -1;
      std::size_t after_low = read_number(regex, i + 1, low);
      if (low >= 0 && after_low < regex.size() && regex[after_low] == ',') {
        std::size_t after_high = read_number(regex, after_low + 1, high);
        if (high >= 0 && after_high < regex.size() && regex[after_high] == '}') {
          out.append(regex.substr(i, after_low + 1 - i));  // "{m,"
          out.push_back('}');
          i = after_high + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace kg::rules_detail
