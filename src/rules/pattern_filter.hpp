// A prefilter per extractor over its patterns: the literal strings ("atoms") a pattern cannot
// match without (re2's FilteredRE2) are looked for in a sentence in one scan, and only the
// patterns whose atoms are there are tried. On news text a sentence lets through a few of an
// extractor's patterns, not all of them. (RE2::Sets over the patterns did this before: on
// real pages their DFAs built states for every new sentence, 65% of a build's time.)
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/set.h>

#include "kg/rules.hpp"
#include "kg/text_memo.hpp"

namespace kg::rules_detail {

class PatternFilter {
 public:
  // Compiles the regex of every pattern that has one into its extractor's filter, and hands
  // the compiled program to the pattern (a new Pattern::compiled that runs it); a regex re2
  // cannot compile is left out (see parsed()). On up to `jobs` threads (0: all cores).
  PatternFilter(std::vector<Pattern>& patterns, unsigned jobs);
  // Whether re2 compiled the regex of Rules::patterns[index] (it had one and it is in a
  // filter); error() says why not.
  bool parsed(std::size_t index) const;
  std::string error(std::size_t index) const;
  // Whether the compiled regex of Rules::patterns[index] matches the empty text.
  bool matches_empty(std::size_t index) const;
  // Indices into Rules::patterns of the compiled patterns of `extractor`, in rule order;
  // nullptr when the extractor has no filter (then every pattern of it may match).
  const std::vector<std::size_t>* members(std::string_view extractor) const;
  // Indices of the compiled patterns of `extractor` that match somewhere in `text`, in rule
  // order: those the prefilter lets through and re2's DFA then finds a match of. `digits_folded`:
  // fold_digits(text), the memo's key when no pattern of the extractor can tell digits apart.
  std::vector<std::size_t> matching(std::string_view extractor, std::string_view text,
                                    std::string_view digits_folded) const;

 private:
  struct Group {
    std::vector<std::size_t> members;  // indices into Rules::patterns, rule order
    // Its regexes in member order (filter id = position in members).
    // Shared with the patterns, which run the programs it compiled.
    std::shared_ptr<re2::FilteredRE2> filter;
    // By filter id: the relaxed regex that asks whether a member may match
    // (relaxed_regex.hpp), or null when it is the member's own.
    std::vector<std::unique_ptr<RE2>> match_checks;
    // The filter's atoms, found in a text by one scan; null when the filter has none (every
    // member is run) or re2 could not build the scan (the same).
    std::unique_ptr<RE2::Set> atoms;
    bool digit_blind = true;  // no member can tell digits apart (kg/pattern_regex.hpp)
  };
  std::vector<std::size_t> candidates(const Group& group, std::string_view text) const;
  const Group* group_of(std::size_t index, int& id) const;

  std::map<std::string, Group, std::less<>> groups_;
  std::vector<std::size_t> parsed_;            // indices into Rules::patterns, ascending
  std::map<std::size_t, std::string> errors_;  // by index into Rules::patterns
  // matching()'s answers by group and text: a sentence asked about again is not scanned.
  mutable TextMemo hits_{16u << 20};
};

}  // namespace kg::rules_detail
