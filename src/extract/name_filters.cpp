#include "name_filters.hpp"

#include <cctype>

#include "kg/utf8.hpp"

#include <algorithm>

namespace kg::extract_detail {

namespace {
template <typename Names>
bool in_any(const Rules& rules, std::string_view word, const Names& names) {
  std::string_view bare = word;
  if (bare.size() > 1 && bare.back() == '.') bare.remove_suffix(1);
  bool trimmed = bare.size() != word.size();
  return rules.has_word_in_any(names, word) || (trimmed && rules.has_word_in_any(names, bare));
}
}  // namespace

bool in_vocabularies(const Rules& rules, std::string_view word,
                     std::initializer_list<std::string_view> names) {
  return in_any(rules, word, names);
}

bool in_vocabularies(const Rules& rules, std::string_view word,
                     const std::vector<std::string>& names) {
  return in_any(rules, word, names);
}

std::string without_opening_preposition(const Rules& rules, std::string name) {
  std::size_t space = name.find(' ');
  // "Speaking for the Dutch Embassy, Mr A ...": a participle opening the sentence, with its
  // preposition, is no part of the name after it. Not a participle before "the" alone: that
  // opens programme names ("Strengthening the Legal Regime against Terrorism").
  if (space != std::string::npos && space > 4 && name.compare(space - 3, 3, "ing") == 0) {
    std::string_view rest = std::string_view(name).substr(space + 1);
    for (std::string_view preposition :
         {"for the ", "on behalf of the ", "on the ", "at the ", "with the ", "from the "})
      if (rest.starts_with(preposition) && rest.size() > preposition.size())
        return std::string(rest.substr(preposition.size()));
  }
  // "According to the X Programme, ...": a preposition may be of two or three words.
  for (const std::string& opening : rules.words("opening_prepositions"))
    if (name.size() > opening.size() + 5 && name.starts_with(opening) &&
        name.compare(opening.size(), 5, " the ") == 0)
      return name.substr(opening.size() + 5);
  return name;
}

std::string without_descriptor(const Rules& rules, std::string name) {
  std::size_t space = name.find(' ');
  if (space == std::string::npos || space + 1 >= name.size() ||
      !utf8::is_upper(static_cast<unsigned char>(name[space + 1])))
    return name;
  if (!in_vocabularies(rules, std::string_view(name).substr(0, space),
                       {"organisation_descriptors"}))
    return name;
  return name.substr(space + 1);
}

std::string ascii_lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
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
