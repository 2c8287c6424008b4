// Built once per rules load, read-only afterwards: extraction threads share it.
#include "word_sets.hpp"

namespace kg::rules_detail {

WordSets::WordSets(const std::map<std::string, Vocabulary>& vocabularies) {
  for (const auto& [name, vocabulary] : vocabularies)
    sets_[name].insert(vocabulary.words.begin(), vocabulary.words.end());
}

bool WordSets::contains(std::string_view name, std::string_view word) const {
  auto found = sets_.find(name);
  return found != sets_.end() && found->second.find(word) != found->second.end();
}

}  // namespace kg::rules_detail
