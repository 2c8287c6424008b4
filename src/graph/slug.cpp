#include <array>
#include <cstdint>

#include "kg/graph.hpp"

namespace kg {
namespace {

// ASCII folding of the Latin-1 supplement (U+00C0..U+00FF), so "Lemahieu" and accented
// spellings of one name share an id.
constexpr std::array<const char*, 64> kLatin1Fold = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Latin Extended-A (U+0100..U+017F) folds to the base letter in pairs.
constexpr std::string_view kExtendedAFold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllllllnnnnnnnnnoooooooooooorrrrrr"
    "ssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string slugify(std::string_view name) {
  std::string folded;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      folded += is_ascii_alnum(c) ? static_cast<char>(c | 0x20) : ' ';
      if (c == '\'') folded.pop_back();  // "UNODC's" -> "unodcs", not "unodc-s"
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      ++i;
      if (cp >= 0xC0 && cp <= 0xFF) {
        folded += kLatin1Fold[cp - 0xC0];
      } else if (cp >= 0x100 && cp < 0x100 + kExtendedAFold.size()) {
        folded += kExtendedAFold[cp - 0x100];
      } else {
        folded += ' ';
      }
      continue;
    }
    // Other scripts: keep the bytes so distinct names keep distinct ids.
    std::size_t len = (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
      folded += ' ';  // general punctuation: dashes, quotes, no-break spaces
    } else {
      folded.append(name.substr(i, len));
    }
    i += len - 1;
  }
  std::string slug;
  for (char c : folded) {
    if (c == ' ') {
      if (!slug.empty() && slug.back() != '-') slug += '-';
    } else {
      slug += c;
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string make_node_id(NodeKind kind, std::string_view name) {
  return std::string(to_string(kind)) + ":" + slugify(name);
}

}  // namespace kg
