// The letters of kg/utf8.hpp's case and fold, generated from Unicode's UnicodeData.txt by
// scripts/gen_unicode_tables.py into unicode_data.cpp (see the script for regeneration).
#pragma once

#include <cstddef>
#include <cstdint>

namespace kg::utf8::detail {

enum LetterCase : std::uint8_t { kOther, kUpper, kLower, kTitle };

struct Letter {
  char32_t code;
  char32_t lower;    // simple lower-case mapping (itself when it has none)
  LetterCase kind;   // kOther: digits and letters without case
  const char* fold;  // UTF-8, lower case, marks dropped: "Ś" -> "s", "Ł" -> "l", "Ά" -> "α"
};

// Every letter and digit above ASCII of the blocks the script lists, sorted by code.
extern const Letter kLetters[];
extern const std::size_t kLetterCount;

}  // namespace kg::utf8::detail
