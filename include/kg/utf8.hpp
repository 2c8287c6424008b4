// The one UTF-8 module: decoding, encoding, case and folding, shared by every stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace kg::utf8 {

// What stands in for a byte that is not UTF-8 (and for a NUL in text).
inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point = kReplacement;
  std::size_t length = 1;  // bytes consumed; 1 for an invalid byte
  bool valid = false;
};

// The one UTF-8 decoder. Strict: an overlong form, an encoded surrogate, a code point above
// U+10FFFF or a truncated sequence is invalid; it consumes one byte and reads as U+FFFD, so
// decoding resynchronises at the next byte. `valid` tells readers that report bad bytes.
inline Decoded decode_checked(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return {};
  }
  if (pos + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (next & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, length, true};
}

// The code point at `pos` and its length in bytes, for callers that only read: an invalid
// byte is U+FFFD of length 1 (decode_checked without the flag).
inline std::pair<std::uint32_t, std::size_t> decode(std::string_view text, std::size_t pos) {
  Decoded decoded = decode_checked(text, pos);
  return {decoded.code_point, decoded.length};
}

// Calls `visit(code_point)` for each code point of `text`, invalid bytes as U+FFFD.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  for (std::size_t i = 0; i < text.size();) {
    Decoded decoded = decode_checked(text, i);
    visit(decoded.code_point);
    i += decoded.length;
  }
}

// Whether `byte` starts a character (is no continuation byte 10xxxxxx): a cut before it keeps
// the text's characters whole.
inline bool starts_character(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

// Appends the UTF-8 encoding of one code point.
inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline bool is_apostrophe(std::uint32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

// Letters and digits of any script; punctuation, symbols and spaces are not.
inline bool is_word_char(std::uint32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, currency, arrows, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp == 0xFEFF) return false;
  return true;
}

// Case and folding of letters, from tables generated out of Unicode's UnicodeData.txt
// (scripts/gen_unicode_tables.py) for ASCII, Latin-1, Latin Extended-A/B and Additional, IPA,
// Greek and Cyrillic. Letters of other scripts have no case here and fold to themselves.
bool is_upper(std::uint32_t cp);  // upper or title case ("Ż", "Ǆ")
bool is_lower(std::uint32_t cp);
std::uint32_t to_lower(std::uint32_t cp);  // simple mapping; itself when it has none
// A letter or digit lower-cased with its marks dropped, UTF-8: "Ś" -> "s", "Ł" -> "l",
// "ß" -> "ss", "Ά" -> "α", "7" -> "7". nullptr for anything the tables do not list as a
// letter or digit (punctuation, symbols, letters of other scripts).
const char* fold_letter(std::uint32_t cp);

// Text as names are compared: each letter lower-cased with its accents and marks dropped
// (fold_letter: "Śmigła" -> "smigla", "Straße" -> "strasse"), curly apostrophes straight;
// anything else (punctuation, letters of other scripts, invalid bytes) kept as written.
// Appends to `out` (hot paths reuse one buffer); fold() returns a new string.
void fold_into(std::string& out, std::string_view text);

inline std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_into(out, text);
  return out;
}

}  // namespace kg::utf8
