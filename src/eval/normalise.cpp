// kgscore.py's norm() and norm_title() over kg's own UTF-8 module: the same keys for every
// name the gold files and the corpora hold. What is left out on purpose is NFKC: a gold file
// that spells a name with ligatures, fullwidth letters or combining accents where the corpus
// uses plain letters can score lower here than with kgscore.py (README, Non-goals).
#include <algorithm>
#include <array>

#include "kg/eval.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

// What Python's `\s` and str.split() take for whitespace.
bool is_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// Curly quotes straight, en and em dashes plain, letters lower case.
std::u32string plain_lower(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto [cp, length] = utf8::decode(text, i);
    i += length;
    if (cp == 0x2018 || cp == 0x2019) cp = U'\'';
    if (cp == 0x201C || cp == 0x201D) cp = U'"';
    if (cp == 0x2013 || cp == 0x2014) cp = U'-';
    out.push_back(utf8::to_lower(cp));
  }
  return out;
}

std::vector<std::u32string_view> words_of(std::u32string_view text) {
  std::vector<std::u32string_view> words;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

const std::array<std::u32string_view, 11> kHonorifics{
    U"mr", U"mrs", U"ms", U"miss", U"misses", U"messrs", U"dr", U"sir", U"he", U"h.e", U"the"};

bool is_honorific(std::u32string_view word) {
  while (!word.empty() && word.back() == U'.') word.remove_suffix(1);
  return std::find(kHonorifics.begin(), kHonorifics.end(), word) != kHonorifics.end();
}

bool leading_junk(char32_t c) {
  return is_space(c) || c == U'"' || c == U'\'' || c == U'(' || c == U'[';
}
bool trailing_junk(char32_t c) {
  return is_space(c) || c == U'"' || c == U'\'' || c == U'.' || c == U',' || c == U';' ||
         c == U':' || c == U')' || c == U']';
}

}  // namespace

std::string score_normalise(std::string_view name) {
  std::u32string lowered = plain_lower(name);
  std::vector<std::u32string_view> words = words_of(lowered);
  std::size_t first = 0;
  while (words.size() - first > 1 && is_honorific(words[first])) ++first;
  std::u32string joined;
  for (std::size_t k = first; k < words.size(); ++k) {
    if (k > first) joined += U' ';
    joined += words[k];
  }
  std::size_t begin = 0;
  std::size_t end = joined.size();
  while (begin < end && leading_junk(joined[begin])) ++begin;
  while (end > begin && trailing_junk(joined[end - 1])) --end;
  std::u32string_view result = std::u32string_view(joined).substr(begin, end - begin);
  if (result.ends_with(U"'s")) result.remove_suffix(2);
  std::string out;
  for (char32_t c : result) utf8::append(out, c);
  return out;
}

std::string score_normalise_title(std::string_view title) {
  std::string normalised = score_normalise(title);
  std::string out;
  bool gap = false;
  for (char c : normalised) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out += c;
    } else {
      gap = true;
    }
  }
  return out;
}

}  // namespace kg
