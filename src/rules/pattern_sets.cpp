// Built once per rules load; matching is read-only, so extraction threads share it.
#include "pattern_sets.hpp"

#include <algorithm>
#include <cassert>

namespace kg::rules_detail {

PatternSets::PatternSets(const std::vector<Pattern>& patterns) {
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (patterns[i].compiled) groups_[patterns[i].extractor].members.push_back(i);
  RE2::Options options;
  options.set_log_errors(false);
  // The DFA of a set of long alternations (titles, honorifics) needs more than re2's default.
  options.set_max_mem(64 << 20);
  for (auto& [extractor, group] : groups_) {
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    bool added = true;
    for (std::size_t index : group.members) {
      const RE2& compiled = *patterns[index].compiled;
      // Each pattern keeps its own case option inside the one set.
      std::string regex = compiled.options().case_sensitive() ? "(?:" + compiled.pattern() + ")"
                                                              : "(?i:" + compiled.pattern() + ")";
      added = added && set->Add(regex, nullptr) >= 0;
    }
    if (added && set->Compile()) group.set = std::move(set);
  }
}

// An extractor without patterns is fine; one whose name is not in extractor_names() is a
// slip in src/extract/: no patterns file could ever give it patterns.
const std::vector<std::size_t>* PatternSets::members(std::string_view extractor) const {
  auto found = groups_.find(extractor);
  assert(found != groups_.end() || is_extractor(extractor));
  return found == groups_.end() ? nullptr : &found->second.members;
}

std::vector<std::size_t> PatternSets::matching(std::string_view extractor,
                                               std::string_view text) const {
  auto found = groups_.find(extractor);
  assert(found != groups_.end() || is_extractor(extractor));
  if (found == groups_.end()) return {};
  const Group& group = found->second;
  if (!group.set) return group.members;
  if (auto known = hits_.find(&group, text)) return std::move(*known);
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!group.set->Match(re2::StringPiece(text.data(), text.size()), &hits, &error) &&
      error.kind != RE2::Set::kNoError)
    return group.members;  // the DFA gave up: run every pattern, as without a set
  std::sort(hits.begin(), hits.end());
  std::vector<std::size_t> out;
  out.reserve(hits.size());
  for (int hit : hits) out.push_back(group.members[static_cast<std::size_t>(hit)]);
  hits_.store(&group, text, out);
  return out;
}

}  // namespace kg::rules_detail
