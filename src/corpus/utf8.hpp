// UTF-8 decoding and encoding shared by the corpus readers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::corpus_detail {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point = kReplacement;
  std::size_t length = 1;  // bytes consumed; 1 for an invalid byte
  bool valid = false;
};

// Decodes the character at `pos`; overlong forms, surrogates and truncated sequences are
// invalid and consume one byte, so decoding resynchronises at the next byte.
Decoded decode(std::string_view text, std::size_t pos);

void append(std::string& out, char32_t code_point);

}  // namespace kg::corpus_detail
