// The words of every vocabulary in one hashed table: extractors ask whether a word is in a
// vocabulary for nearly every word of every candidate name, and the lists (titles, honorifics,
// stop words) are long enough that a linear search of each shows in a profile. One table of
// words, each with the vocabularies that hold it, answers "is it in any of these nine
// vocabularies" with one lookup of the word instead of one per vocabulary.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/rules.hpp"

namespace kg::rules_detail {

class WordSets {
 public:
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  using Ids = std::vector<std::uint32_t>;  // ascending

  explicit WordSets(const std::map<std::string, Vocabulary>& vocabularies);
  // Whether `word` is one of the words of the vocabulary `name` (false for an unknown name).
  bool contains(std::string_view name, std::string_view word) const;
  // The vocabularies that hold `word`, or nullptr when none does.
  const Ids* vocabularies_of(std::string_view word) const;
  // The id of the vocabulary `name`, or kUnknown.
  std::size_t id(std::string_view name) const;
  static bool holds(const Ids* ids, std::size_t id);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const {
      return std::hash<std::string_view>{}(key);
    }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
  std::unordered_map<std::string, Ids, Hash, std::equal_to<>> words_;
};

}  // namespace kg::rules_detail
