// One RE2::Set per extractor over its patterns: a single scan of a sentence tells which
// patterns match it anywhere, so that the others (most of them, on most sentences) are not
// run one by one.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/set.h>

#include "kg/rules.hpp"
#include "kg/text_memo.hpp"

namespace kg::rules_detail {

class PatternSets {
 public:
  explicit PatternSets(const std::vector<Pattern>& patterns);
  // Indices into Rules::patterns of the compiled patterns of `extractor` that match somewhere
  // in `text`, in rule order; nullptr when the extractor has no set (then every pattern of
  // it may match).
  const std::vector<std::size_t>* members(std::string_view extractor) const;
  std::vector<std::size_t> matching(std::string_view extractor, std::string_view text) const;

 private:
  struct Group {
    std::vector<std::size_t> members;  // indices into Rules::patterns, rule order
    std::unique_ptr<RE2::Set> set;     // null when re2 could not build it: run every pattern
  };
  std::map<std::string, Group, std::less<>> groups_;
  // matching()'s answers by group and text: a sentence scanned again is not scanned.
  mutable TextMemo hits_{16u << 20};
};

}  // namespace kg::rules_detail
