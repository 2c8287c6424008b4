// The one UTF-8 module: decoding, encoding, case and folding, shared by every stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace kg::utf8 {

// The code point at `pos` and its length in bytes; an invalid byte decodes as itself.
inline std::pair<std::uint32_t, std::size_t> decode(std::string_view text, std::size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (pos + len > text.size()) return {c, 1};
  std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(text[pos + k]);
    if ((cc >> 6) != 2) return {c, 1};
    cp = (cp << 6) | (cc & 0x3F);
  }
  return {cp, len};
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

// ASCII lower case; curly apostrophes become straight ones. Other bytes are kept.
// Appends to `out` (hot paths reuse one buffer); fold() returns a new string.
inline void fold_into(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\x99') {
      out += '\'';
      i += 2;
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

inline std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_into(out, text);
  return out;
}

}  // namespace kg::utf8
