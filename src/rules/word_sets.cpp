// Built once per rules load, read-only afterwards: extraction threads share it.
#include "word_sets.hpp"

#include <algorithm>

namespace kg::rules_detail {

WordSets::WordSets(const std::map<std::string, Vocabulary>& vocabularies) {
  for (const auto& [name, vocabulary] : vocabularies) {
    const auto id = static_cast<std::uint32_t>(ids_.size());
    ids_.emplace(name, id);
    // Vocabularies come in name order, so each word's ids ascend; a word listed twice in
    // one vocabulary is held once.
    for (const std::string& word : vocabulary.words) {
      Ids& ids = words_[word];
      if (ids.empty() || ids.back() != id) ids.push_back(id);
    }
  }
}

const WordSets::Ids* WordSets::vocabularies_of(std::string_view word) const {
  auto found = words_.find(word);
  return found == words_.end() ? nullptr : &found->second;
}

std::size_t WordSets::id(std::string_view name) const {
  auto found = ids_.find(name);
  return found == ids_.end() ? kUnknown : found->second;
}

bool WordSets::holds(const Ids* ids, std::size_t id) {
  return ids != nullptr && id != kUnknown && std::binary_search(ids->begin(), ids->end(), id);
}

bool WordSets::contains(std::string_view name, std::string_view word) const {
  const Ids* ids = vocabularies_of(word);
  return ids != nullptr && holds(ids, id(name));
}

}  // namespace kg::rules_detail
