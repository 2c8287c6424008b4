// RE2::Sets per extractor over its patterns: a scan of a sentence by each tells which
// patterns match it anywhere, so that the others (most of them, on most sentences) are not
// run one by one.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/set.h>

#include "kg/rules.hpp"
#include "kg/text_memo.hpp"

namespace kg::rules_detail {

class PatternSets {
 public:
  // Adds the regex of every pattern that has one to its extractor's set; a regex re2 cannot
  // parse is left out (see parsed()).
  explicit PatternSets(const std::vector<Pattern>& patterns);
  // Whether re2 parsed the regex of Rules::patterns[index] (it had one and it is in a set).
  bool parsed(std::size_t index) const;
  // The patterns of `extractor` that match somewhere in `text`, as matching() gives them, or
  // nothing when no set can tell (none built, or its DFA gave up): then run them one by one.
  std::optional<std::vector<std::size_t>> scan(std::string_view extractor,
                                               std::string_view text) const;
  // Indices into Rules::patterns of the compiled patterns of `extractor` that match somewhere
  // in `text`, in rule order; nullptr when the extractor has no set (then every pattern of
  // it may match).
  const std::vector<std::size_t>* members(std::string_view extractor) const;
  // `digits_folded`: fold_digits(text), the memo's key when no pattern of the extractor can
  // tell digits apart.
  std::vector<std::size_t> matching(std::string_view extractor, std::string_view text,
                                    std::string_view digits_folded) const;

 private:
  struct Group {
    std::vector<std::size_t> members;  // indices into Rules::patterns, rule order
    // Sets of a few members each, in member order; none when re2 could not build one: then
    // every pattern is run.
    std::vector<std::unique_ptr<RE2::Set>> sets;
    bool digit_blind = true;  // no member can tell digits apart (kg/pattern_regex.hpp)
  };
  std::optional<std::vector<std::size_t>> scan(const Group& group, std::string_view text) const;

  std::map<std::string, Group, std::less<>> groups_;
  std::vector<std::size_t> parsed_;  // indices into Rules::patterns, ascending
  // matching()'s answers by group and text: a sentence scanned again is not scanned.
  mutable TextMemo hits_{16u << 20};
};

}  // namespace kg::rules_detail
