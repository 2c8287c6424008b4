// Tokens for gazetteer matching and name patterns: UTF-8 aware, offsets preserved.
#include <cstdint>

#include "kg/rules.hpp"
#include "kg/utf8.hpp"

namespace kg {

bool is_acronym(std::string_view word) {
  int letters = 0;
  for (unsigned char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::vector<Token> tokenize(std::string_view text) {
  using utf8::decode;
  using utf8::is_apostrophe;
  using utf8::is_word_char;
  std::vector<Token> tokens;
  std::size_t i = 0;
  bool glued = false;
  while (i < text.size()) {
    auto [cp, len] = decode(text, i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
      glued = false;
      i += len;
      continue;
    }
    Token token{i, i + len, glued};
    if (is_word_char(cp)) {
      std::size_t j = i + len;
      while (j < text.size()) {
        auto [next, next_len] = decode(text, j);
        if (is_word_char(next)) {
          j += next_len;
          continue;
        }
        // An apostrophe inside a word (O'Brien) belongs to it; "'s" at the end is a
        // possessive, a token of its own.
        if (is_apostrophe(next) && j + next_len < text.size()) {
          auto [after, after_len] = decode(text, j + next_len);
          if (!is_word_char(after)) break;
          std::size_t k = j + next_len + after_len;
          bool possessive =
              (after == 's') && (k >= text.size() || !is_word_char(decode(text, k).first));
          if (possessive) break;
          j = k;
          continue;
        }
        break;
      }
      token.end = j;
    } else if (is_apostrophe(cp) && i + len < text.size() && text[i + len] == 's') {
      std::size_t k = i + len + 1;
      if (k >= text.size() || !is_word_char(decode(text, k).first)) token.end = k;
    }
    tokens.push_back(token);
    i = token.end;
    glued = true;
  }
  return tokens;
}

}  // namespace kg
