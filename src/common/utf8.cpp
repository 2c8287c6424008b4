#include "kg/utf8.hpp"

#include <algorithm>

#include "unicode_data.hpp"

namespace kg::utf8 {
namespace {

using detail::Letter;

const Letter* find_letter(std::uint32_t cp) {
  const Letter* end = detail::kLetters + detail::kLetterCount;
  const Letter* found = std::lower_bound(
      detail::kLetters, end, cp, [](const Letter& l, std::uint32_t c) { return l.code < c; });
  return found != end && found->code == cp ? found : nullptr;
}

// ASCII digits and letters fold without the table.
constexpr const char* kAsciiFolds[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b",
                                       "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",
                                       "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};

}  // namespace

bool is_upper(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const Letter* letter = find_letter(cp);
  return letter != nullptr && (letter->kind == detail::kUpper || letter->kind == detail::kTitle);
}

bool is_lower(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  const Letter* letter = find_letter(cp);
  return letter != nullptr && letter->kind == detail::kLower;
}

std::uint32_t to_lower(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
  const Letter* letter = find_letter(cp);
  return letter != nullptr ? letter->lower : cp;
}

const char* fold_letter(std::uint32_t cp) {
  if (cp < 0x80) {
    if (cp >= '0' && cp <= '9') return kAsciiFolds[cp - '0'];
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (cp >= 'a' && cp <= 'z') return kAsciiFolds[10 + cp - 'a'];
    return nullptr;
  }
  const Letter* letter = find_letter(cp);
  return letter != nullptr ? letter->fold : nullptr;
}

void fold_into(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {  // the common case, without a table
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      ++i;
      continue;
    }
    const Decoded decoded = decode_checked(text, i);
    const char* letter = decoded.valid ? fold_letter(decoded.code_point) : nullptr;
    if (decoded.code_point == 0x2019)
      out += '\'';
    else if (letter != nullptr)
      out += letter;
    else
      out.append(text.substr(i, decoded.length));
    i += decoded.length;
  }
}

}  // namespace kg::utf8
