// Built once per rules load; matching is read-only, so extraction threads share it.
#include "pattern_filter.hpp"

#include <algorithm>
#include <cassert>
#include <cstdint>

#include "kg/parallel.hpp"
#include "relaxed_regex.hpp"

namespace kg::rules_detail {

namespace {

// Atoms shorter than this are not looked for (the patterns that need them run on every
// sentence): two letters are in every sentence, and their scan would cost more than it saves.
constexpr int kMinAtomLength = 3;

// The memory of a relaxed regex (relaxed_regex.hpp), its program and its DFA's states. At
// re2's default (8 MiB) the largest programs left their DFA too little, and re2 answered with
// its NFA: on 60 pages of examples/ (callgrind) a build took 15.7 G instructions with the
// default, 14.7 G with 16, 64 or 256 MiB.
constexpr std::int64_t kRelaxedRegexMemory = 16 << 20;

RE2::Options relaxed_options(RE2::Options options) {
  options.set_max_mem(kRelaxedRegexMemory);
  return options;
}

// A pattern's own options (src/rules/pattern_regex.cpp): the pattern runs this program.
RE2::Options regex_options(bool ignore_case) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!ignore_case);
  return options;
}

// The atoms are lower-case; a text is searched for them without regard to case, as re2
// folds it (a lower-cased copy would need Unicode's rules for "É" and the like).
std::unique_ptr<RE2::Set> atom_scan(const std::vector<std::string>& atoms) {
  if (atoms.empty()) return nullptr;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_literal(true);
  options.set_case_sensitive(false);
  auto scan = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& atom : atoms)
    if (scan->Add(atom, nullptr) < 0) return nullptr;
  return scan->Compile() ? std::move(scan) : nullptr;
}

}  // namespace

// re2 compiles each program twice here (FilteredRE2::Add, then the prefilter's atoms), half of
// a small build's time: the groups are independent, so they are built on `jobs` threads, the
// largest first. Which group a pattern joins, and its place in it, do not depend on `jobs`.
PatternFilter::PatternFilter(std::vector<Pattern>& patterns, unsigned jobs) {
  std::map<std::string, std::vector<std::size_t>, std::less<>> wanted;  // by extractor
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (patterns[i].compiled) wanted[patterns[i].extractor].push_back(i);
  struct Work {
    Group* group;
    const std::vector<std::size_t>* wanted;
    std::map<std::size_t, std::string> errors;
  };
  std::vector<Work> work;
  for (const auto& [extractor, indices] : wanted)
    work.push_back({&groups_[extractor], &indices, {}});
  std::stable_sort(work.begin(), work.end(), [](const Work& a, const Work& b) {
    return a.wanted->size() > b.wanted->size();
  });
  parallel_for(work.size(), jobs, [&](std::size_t w) {
    Group& group = *work[w].group;
    group.filter = std::make_shared<re2::FilteredRE2>(kMinAtomLength);
    for (std::size_t i : *work[w].wanted) {
      const PatternRegex& regex = *patterns[i].compiled;
      const RE2::Options options = regex_options(regex.ignore_case());
      int id = -1;
      if (group.filter->Add(regex.regex(), options, &id) != RE2::NoError) {
        work[w].errors[i] = RE2(regex.regex(), options).error();
        continue;
      }
      assert(static_cast<std::size_t>(id) == group.members.size());
      group.members.push_back(i);
      std::string relaxed = without_repeat_bounds(regex.regex());
      auto check = relaxed == regex.regex()
                       ? nullptr
                       : std::make_unique<RE2>(relaxed, relaxed_options(options));
      group.match_checks.push_back(check && check->ok() ? std::move(check) : nullptr);
      group.digit_blind = group.digit_blind && regex.digit_blind();
    }
    if (group.members.empty()) return;
    std::vector<std::string> atoms;
    group.filter->Compile(&atoms);
    group.atoms = atom_scan(atoms);
  });
  for (Work& each : work) errors_.merge(each.errors);
  // An extractor none of whose patterns compile has no group: it runs them all (members()).
  for (auto it = groups_.begin(); it != groups_.end();)
    it = it->second.members.empty() ? groups_.erase(it) : std::next(it);
  for (auto& [extractor, group] : groups_) {
    for (std::size_t id = 0; id < group.members.size(); ++id) {
      std::shared_ptr<const PatternRegex>& compiled = patterns[group.members[id]].compiled;
      compiled = std::make_shared<const PatternRegex>(compiled->regex(), compiled->ignore_case(),
                                                      group.filter,
                                                      group.filter->GetRE2(static_cast<int>(id)));
    }
    parsed_.insert(parsed_.end(), group.members.begin(), group.members.end());
  }
  std::sort(parsed_.begin(), parsed_.end());
}

bool PatternFilter::parsed(std::size_t index) const {
  return std::binary_search(parsed_.begin(), parsed_.end(), index);
}

std::string PatternFilter::error(std::size_t index) const {
  auto found = errors_.find(index);
  return found == errors_.end() ? std::string() : found->second;
}

const PatternFilter::Group* PatternFilter::group_of(std::size_t index, int& id) const {
  for (const auto& [extractor, group] : groups_) {
    auto at = std::lower_bound(group.members.begin(), group.members.end(), index);
    if (at != group.members.end() && *at == index) {
      id = static_cast<int>(at - group.members.begin());
      return &group;
    }
  }
  return nullptr;
}

bool PatternFilter::matches_empty(std::size_t index) const {
  int id = -1;
  const Group* group = group_of(index, id);
  return group != nullptr && RE2::PartialMatch("", group->filter->GetRE2(id));
}

// An extractor without patterns is fine; one whose name is not in extractor_names() is a
// slip in src/extract/: no patterns file could ever give it patterns.
const std::vector<std::size_t>* PatternFilter::members(std::string_view extractor) const {
  auto found = groups_.find(extractor);
  assert(found != groups_.end() || is_extractor(extractor));
  return found == groups_.end() ? nullptr : &found->second.members;
}

std::vector<std::size_t> PatternFilter::candidates(const Group& group,
                                                   std::string_view text) const {
  if (!group.atoms) return group.members;
  std::vector<int> atoms;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!group.atoms->Match(re2::StringPiece(text.data(), text.size()), &atoms, &error) &&
      error.kind != RE2::Set::kNoError)
    return group.members;  // the scan's DFA gave up: run every pattern
  std::vector<int> passed;
  group.filter->AllPotentials(atoms, &passed);
  std::sort(passed.begin(), passed.end());
  // Each pattern let through is asked whether it matches at all: re2's DFA alone, without
  // the groups a match needs, so that a build runs (and keeps in its memo) only the matches.
  // A pattern with counted repeats is asked through its relaxed regex: a "yes" there may
  // still find no match, which costs one search; a "no" is always right.
  std::vector<std::size_t> out;
  for (int id : passed) {
    const auto& relaxed = group.match_checks[static_cast<std::size_t>(id)];
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()),
                          relaxed ? *relaxed : group.filter->GetRE2(id)))
      out.push_back(group.members[static_cast<std::size_t>(id)]);
  }
  return out;
}

std::vector<std::size_t> PatternFilter::matching(std::string_view extractor, std::string_view text,
                                                 std::string_view digits_folded) const {
  auto found = groups_.find(extractor);
  assert(found != groups_.end() || is_extractor(extractor));
  if (found == groups_.end()) return {};
  const Group& group = found->second;
  // When no member can tell digits apart, a text and the text with its digits changed are
  // matched by the same members: the memo is keyed by the folded text ("[[P3]]", "[[P7]]").
  const std::string_view key = group.digit_blind ? digits_folded : text;
  if (auto known = hits_.find(&group, key)) return std::move(*known);
  std::vector<std::size_t> out = candidates(group, text);
  hits_.store(&group, key, out);
  return out;
}

}  // namespace kg::rules_detail
