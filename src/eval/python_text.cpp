// kgscore.py normalises names with unicodedata and prints Python values; these reproduce
// both byte for byte, which is what lets `kg eval` and kgscore.py be diffed.
#include "python_text.hpp"
#include "kg/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "kg/eval.hpp"
#include "unicode_tables.hpp"

namespace kg::eval_detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// str.isspace(); also what `\s` matches in a str pattern.
bool is_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

const char32_t* find_mapping(const CodeMapping* table, std::size_t count, char32_t c) {
  const CodeMapping* end = table + count;
  const CodeMapping* it =
      std::lower_bound(table, end, c, [](const CodeMapping& m, char32_t v) { return m.from < v; });
  return it != end && it->from == c ? it->to : nullptr;
}

char32_t compose(char32_t base, char32_t mark) {
  const Composition* end = kCompositions + kCompositionCount;
  const Composition* it = std::lower_bound(
      kCompositions, end, std::pair{base, mark}, [](const Composition& c, const auto& key) {
        return c.base < key.first || (c.base == key.first && c.mark < key.second);
      });
  return it != end && it->base == base && it->mark == mark ? it->composed : 0;
}

void append_composed(std::u32string& out, char32_t c) {
  if (!out.empty())
    if (char32_t composed = compose(out.back(), c)) {
      out.back() = composed;
      return;
    }
  out.push_back(c);
}

std::u32string nfkc(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c >= 0xFF01 && c <= 0xFF5E) {  // fullwidth ASCII
      append_composed(out, c - 0xFEE0);
    } else if (const char32_t* mapped = find_mapping(kCompatibility, kCompatibilityCount, c)) {
      for (; *mapped != 0; ++mapped) append_composed(out, *mapped);
    } else {
      append_composed(out, c);
    }
  }
  return out;
}

// Letters with case, and the characters Unicode lets stand inside a cased word (apostrophes,
// full stops, combining marks): what Python's str.lower() looks at for a final sigma.
bool is_cased(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0xAA || c == 0xB5 || c == 0xBA ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x370 && c <= 0x3FF && c != 0x374 && c != 0x375 && c != 0x37E && c != 0x384 &&
          c != 0x385 && c != 0x387) ||
         (c >= 0x400 && c <= 0x52F && !(c >= 0x482 && c <= 0x489)) || (c >= 0x1E00 && c <= 0x1FFF);
}
bool is_case_ignorable(char32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD ||
         c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) ||
         c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027;
}

// Capital sigma ends a word as final sigma: after a cased letter and before none.
bool is_final_sigma(std::u32string_view text, std::size_t at) {
  std::size_t before = at;
  while (before > 0 && is_case_ignorable(text[before - 1])) --before;
  if (before == 0 || !is_cased(text[before - 1])) return false;
  std::size_t after = at + 1;
  while (after < text.size() && is_case_ignorable(text[after])) ++after;
  return after == text.size() || !is_cased(text[after]);
}

std::u32string lower(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c == 0x3A3 && is_final_sigma(text, i)) {
      out.push_back(0x3C2);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(c + ('a' - 'A'));
    } else if (const char32_t* mapped = find_mapping(kLowerCase, kLowerCaseCount, c)) {
      out += mapped;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool is_printable(char32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x80) return true;
  const CodeRange* end = kNotPrintable + kNotPrintableCount;
  const CodeRange* it = std::upper_bound(
      kNotPrintable, end, c, [](char32_t v, const CodeRange& r) { return v < r.first; });
  if (it != kNotPrintable && c <= std::prev(it)->last) return false;
  return !((c >= 0xD800 && c <= 0xF8FF) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
           c == 0xFFFE || c == 0xFFFF || (c >= 0xE0000 && c <= 0xE0FFF) || c >= 0xF0000);
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

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80           ? 1
                         : (lead >> 5) == 0x6  ? 2
                         : (lead >> 4) == 0xE  ? 3
                         : (lead >> 3) == 0x1E ? 4
                                               : 0;
    char32_t c = length == 1   ? lead
                 : length == 2 ? lead & 0x1F
                 : length == 3 ? lead & 0x0F
                               : lead & 0x07;
    bool valid = length != 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xC0) == 0x80;
      c = (c << 6) | (next & 0x3F);
    }
    if (!valid) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(c);
    i += length;
  }
  return out;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) kg::utf8::append(out, c);
  return out;
}

std::string py_repr(std::string_view text) {
  std::u32string chars = decode_utf8(text);
  bool has_single = chars.find(U'\'') != std::u32string::npos;
  bool has_double = chars.find(U'"') != std::u32string::npos;
  char32_t quote = has_single && !has_double ? U'"' : U'\'';
  std::string out(1, static_cast<char>(quote));
  for (char32_t c : chars) {
    char escape[16];
    if (c == quote || c == U'\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\r') {
      out += "\\r";
    } else if (is_printable(c)) {
      out += encode_utf8(std::u32string_view(&c, 1));
    } else {
      const char* format = c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x";
      std::snprintf(escape, sizeof escape, format, static_cast<unsigned>(c));
      out += escape;
    }
  }
  out += static_cast<char>(quote);
  return out;
}

std::string py_tuple(const std::vector<PyValue>& values) {
  std::string out = "(";
  for (std::size_t k = 0; k < values.size(); ++k) {
    if (k > 0) out += ", ";
    out += values[k].is_int ? values[k].text : py_repr(values[k].text);
  }
  if (values.size() == 1) out += ',';
  return out + ")";
}

}  // namespace kg::eval_detail

namespace kg {

std::string score_normalise(std::string_view name) {
  using eval_detail::is_space;
  std::u32string s = eval_detail::nfkc(eval_detail::decode_utf8(name));
  for (char32_t& c : s) {
    if (c == 0x2018 || c == 0x2019) c = U'\'';
    if (c == 0x201C || c == 0x201D) c = U'"';
    if (c == 0x2013 || c == 0x2014) c = U'-';
  }
  s = eval_detail::lower(s);

  std::vector<std::u32string_view> words;
  std::u32string_view view(s);
  for (std::size_t i = 0; i < view.size();) {
    while (i < view.size() && is_space(view[i])) ++i;
    std::size_t start = i;
    while (i < view.size() && !is_space(view[i])) ++i;
    if (i > start) words.push_back(view.substr(start, i - start));
  }
  std::size_t first = 0;
  while (words.size() - first > 1 && eval_detail::is_honorific(words[first])) ++first;
  std::u32string joined;
  for (std::size_t k = first; k < words.size(); ++k) {
    if (k > first) joined += U' ';
    joined += words[k];
  }

  std::size_t begin = 0;
  std::size_t end = joined.size();
  while (begin < end && eval_detail::leading_junk(joined[begin])) ++begin;
  while (end > begin && eval_detail::trailing_junk(joined[end - 1])) --end;
  std::u32string_view result = std::u32string_view(joined).substr(begin, end - begin);
  if (result.ends_with(U"'s")) result.remove_suffix(2);
  return eval_detail::encode_utf8(result);
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
