// Word lists that say what is not part of a name, read from the rules' vocabularies.
#pragma once

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kg/rules.hpp"

namespace kg::extract_detail {

// True when `word` is in any of the named vocabularies (exact, or without a final dot).
bool in_vocabularies(const Rules& rules, std::string_view word,
                     std::initializer_list<std::string_view> names);
bool in_vocabularies(const Rules& rules, std::string_view word,
                     const std::vector<std::string>& names);

// "Under the Safe Seas Programme" opening a sentence: the name without the capitalised
// preposition and "the" before it (rules/vocabularies/opening_prepositions.json).
std::string without_opening_preposition(const Rules& rules, std::string name);
// "NGO Nejat Center" -> "Nejat Center": a word that says what kind of body the name is
// (rules/vocabularies/organisation_descriptors.json), before a capitalised word.
std::string without_descriptor(const Rules& rules, std::string name);

// Words of a name separated by spaces.
std::vector<std::string> split_words(std::string_view text);

// The text with its ASCII letters in lower case (vocabulary words are written so).
std::string ascii_lower(std::string text);

}  // namespace kg::extract_detail
