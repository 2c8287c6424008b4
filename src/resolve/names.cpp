// Folding and fuzzy comparison of names.
#include <algorithm>
#include <functional>
#include <vector>

#include "kg/resolve.hpp"
#include "kg/text.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

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
  for (std::size_t i = 0; i < name.size();) {
    auto [cp, len] = utf8::decode(name, i);
    const char* letter = utf8::fold_letter(cp);
    if (letter != nullptr && *letter != '\0') {
      out += letter;
    } else if (cp == '#' || cp == '+') {  // "C#", "G7+"
      out += static_cast<char>(cp);
    } else if (cp >= 0x80 && letter == nullptr && utf8::is_word_char(cp)) {
      out.append(name.substr(i, len));  // a letter of another script: kept as written
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

// "programme" and "program" are one word spelt two ways, not a typo.
bool spelling_variants(std::string_view a, std::string_view b) {
  auto shorter = [](std::string_view w) {
    return w.size() >= 7 && w.ends_with("mme") ? w.substr(0, w.size() - 2) : w;
  };
  return shorter(a) == shorter(b);
}

}  // namespace

std::vector<std::string> name_words(std::string_view folded) {
  return words_of(folded);
}

bool near_same_words(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.size() != y.size() || x.empty()) return false;
  std::size_t changed = 0, length = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    length += x[i].size();
    if (x[i] == y[i]) continue;
    // Numbers and roman numerals are names, not spellings: "Section I" is not "Section III".
    if (x[i].size() < kTypoWordLength || y[i].size() < kTypoWordLength) return false;
    if (!spelling_variants(x[i], y[i]) && bounded_edit_distance(x[i], y[i], 1) > 1) return false;
    ++changed;
  }
  return changed == 1 && length >= 8;
}

bool near_same_name(std::string_view a, std::string_view b) {
  return near_same_words(words_of(fold_name(a)), words_of(fold_name(b)));
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

std::size_t patronymic_at(const std::vector<std::string>& words, std::size_t min_given) {
  static constexpr std::string_view kParticles[] = {"bin", "binti", "bint", "binte", "ibn"};
  for (std::size_t k = std::max<std::size_t>(min_given, 1); k + 1 < words.size(); ++k)
    if (std::find(std::begin(kParticles), std::end(kParticles), words[k]) != std::end(kParticles))
      return k;
  return 0;
}

void typo_keys(std::string_view word, const std::function<void(std::string_view)>& emit) {
  emit(word);
  // A word of more than kLongestTypoWord bytes is no name anyone misspells by a letter; its
  // deletion keys would cost the square of its length (30,000-letter "names" in scraped text).
  if (word.size() < kTypoWordLength || word.size() > kLongestTypoWord) return;
  std::string deleted;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i > 0 && word[i] == word[i - 1]) continue;  // deleting either of a double: one key
    deleted.assign(word.substr(0, i));
    deleted.append(word.substr(i + 1));
    emit(deleted);
  }
  if (word.size() >= 7 && word.ends_with("mme")) emit(word.substr(0, word.size() - 2));
}

}  // namespace kg
