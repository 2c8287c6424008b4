#include "name_filters.hpp"

#include <algorithm>

namespace kg::extract_detail {

bool in_vocabularies(const Rules& rules, std::string_view word,
                     const std::vector<std::string>& names) {
  std::string_view bare = word;
  if (bare.size() > 1 && bare.back() == '.') bare.remove_suffix(1);
  for (const std::string& name : names) {
    const auto& words = rules.words(name);
    if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    if (std::find(words.begin(), words.end(), bare) != words.end()) return true;
  }
  return false;
}

std::string without_opening_preposition(const Rules& rules, std::string name) {
  std::size_t space = name.find(' ');
  if (space == std::string::npos || name.compare(space, 5, " the ") != 0) return name;
  if (!in_vocabularies(rules, std::string_view(name).substr(0, space), {"opening_prepositions"}))
    return name;
  return name.substr(space + 5);
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) ++pos;
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    if (end > pos) words.emplace_back(text.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

}  // namespace kg::extract_detail
