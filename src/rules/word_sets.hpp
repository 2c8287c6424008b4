// The words of every vocabulary in hashed sets: extractors ask whether a word is in a
// vocabulary for nearly every word of every candidate name, and the lists (titles, honorifics,
// stop words) are long enough that a linear search of each shows in a profile.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "kg/rules.hpp"

namespace kg::rules_detail {

class WordSets {
 public:
  explicit WordSets(const std::map<std::string, Vocabulary>& vocabularies);
  // Whether `word` is one of the words of the vocabulary `name` (false for an unknown name).
  bool contains(std::string_view name, std::string_view word) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const {
      return std::hash<std::string_view>{}(key);
    }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  // Hashed by name too: a lookup names its vocabulary every time.
  std::unordered_map<std::string, Set, Hash, std::equal_to<>> sets_;
};

}  // namespace kg::rules_detail
