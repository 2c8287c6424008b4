// Folding and fuzzy comparison of names.
#include <algorithm>
#include <vector>

#include "kg/resolve.hpp"
#include "kg/text.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

// Latin-1 and Latin Extended-A letters to their base letter (lower case).
char base_letter(std::uint32_t cp) {
  static const char* kLatin1 = "aaaaaaaceeeeiiiidnooooo?ouuuuyty";  // U+00E0..U+00FF
  if (cp >= 0xC0 && cp <= 0xDF) cp += 0x20;
  if (cp >= 0xE0 && cp <= 0xFF) return kLatin1[cp - 0xE0];
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char* kExtA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrr"
        "ssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    return kExtA[cp - 0x100];
  }
  return '?';
}

std::vector<std::string> words_of(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t end = folded.find(' ', pos);
    if (end == std::string_view::npos) end = folded.size();
    if (end > pos) words.emplace_back(folded.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

}  // namespace

std::string fold_name(std::string_view name) {
  std::string out;
  std::size_t i = 0;
  while (i < name.size()) {
    auto [cp, len] = utf8::decode(name, i);
    i += len;
    char c = 0;
    if (cp < 0x80) {
      c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#' || c == '+')) c = ' ';
    } else if (utf8::is_word_char(cp)) {
      c = base_letter(cp);
    } else {
      c = ' ';
    }
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool near_same_name(std::string_view a, std::string_view b) {
  std::vector<std::string> x = words_of(fold_name(a)), y = words_of(fold_name(b));
  if (x.size() != y.size() || x.empty()) return false;
  std::size_t changed = 0, length = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    length += x[i].size();
    if (x[i] == y[i]) continue;
    // Numbers and roman numerals are names, not spellings: "Section I" is not "Section III".
    if (x[i].size() < 5 || y[i].size() < 5) return false;
    std::size_t distance = edit_distance(x[i], y[i]);
    std::size_t allowed = std::min(x[i].size(), y[i].size()) >= 7 ? 2 : 1;
    if (distance > allowed) return false;
    ++changed;
  }
  return changed > 0 && changed <= 2 && length >= 8;
}

bool shortened_name(std::string_view shorter, std::string_view longer) {
  std::vector<std::string> x = words_of(fold_name(shorter)), y = words_of(fold_name(longer));
  if (x.size() < 2 || x.size() >= y.size()) return false;
  if (x.front() != y.front() || x.back() != y.back()) return false;
  std::size_t at = 0;
  for (const std::string& word : y)
    if (at < x.size() && word == x[at]) ++at;
  return at == x.size();
}

}  // namespace kg
