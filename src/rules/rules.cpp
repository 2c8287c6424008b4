// The public face of the rules stage: load (throwing), check (collecting), lookups.
#include <algorithm>

#include <re2/re2.h>

#include "kg/error.hpp"
#include "kg/groups.hpp"
#include "kg/rules.hpp"
#include "kg/text_memo.hpp"
#include "loader.hpp"
#include "pattern_filter.hpp"
#include "word_sets.hpp"

namespace kg {

namespace {

const char* const kNoPatterns =
    "no patterns in this rules folder, so a build would find no one (rules are JSON files "
    "of \"type\": \"patterns\", see the project's rules/)";

// The groups of bodies in DIR/groups/ are rules data too: each must load as `kg engagements`
// and `kg export --engagements` load it.
void check_groups(const std::string& dir, std::vector<RuleProblem>& problems) {
  for (const std::string& name : list_body_groups(dir)) {
    try {
      load_body_group(dir, name);
    } catch (const Error& e) {
      problems.push_back({{e.file(), e.line(), e.column()}, "group." + name, e.problem()});
    }
  }
}

// A build compiles a pattern's own regex when it first runs it, and does not match the
// examples again (compiling every pattern was a third of a build of 1,000 items). The check
// does both: a program re2 finds too large, or a rule author's "examples" that an edit of the
// pattern stopped matching, are problems here (`kg rules check`; CTest checks the project's
// rules/ so, in tests/cli/explain.sh).
void prove_patterns(const Rules& rules, std::vector<RuleProblem>& problems) {
  for (const Pattern& pattern : rules.patterns) {
    if (!pattern.compiled) continue;
    const re2::RE2& regex = pattern.compiled->compiled();
    if (!regex.ok()) {
      problems.push_back(
          {pattern.where, pattern.id, "invalid regex: " + regex.error(), false, true});
      continue;
    }
    for (const std::string& example : pattern.options.examples)
      if (!RE2::PartialMatch(example, regex))
        problems.push_back({pattern.where, pattern.id,
                            "does not match its example \"" + example + "\"", false, true});
  }
}

}  // namespace

void require_patterns(const Rules& rules) {
  if (rules.patterns.empty()) throw Error(kNoPatterns, rules.dir);
}

const re2::RE2& Pattern::re() const {
  const re2::RE2& regex = compiled->compiled();
  if (!regex.ok())
    throw Error("[" + id + "] invalid regex: " + regex.error(), where.file, where.line,
                where.column);
  return regex;
}

const Vocabulary* Rules::vocabulary(const std::string& name) const {
  auto found = vocabularies.find(name);
  return found == vocabularies.end() ? nullptr : &found->second;
}

const std::vector<std::string>& Rules::words(const std::string& name) const {
  static const std::vector<std::string> kNone;
  const Vocabulary* found = vocabulary(name);
  return found == nullptr ? kNone : found->words;
}

bool Rules::has_word(std::string_view name, std::string_view word) const {
  if (word_sets) return word_sets->contains(name, word);
  auto found = vocabularies.find(std::string(name));
  if (found == vocabularies.end()) return false;
  const std::vector<std::string>& list = found->second.words;
  return std::find(list.begin(), list.end(), word) != list.end();
}

namespace {
template <typename Names>
bool has_word_in_any_of(const Rules& rules, const Names& names, std::string_view word) {
  if (const rules_detail::WordSets* sets = rules.word_sets.get()) {
    const rules_detail::WordSets::Ids* ids = sets->vocabularies_of(word);
    if (ids == nullptr) return false;
    for (std::string_view name : names)
      if (rules_detail::WordSets::holds(ids, sets->id(name))) return true;
    return false;
  }
  for (std::string_view name : names)
    if (rules.has_word(name, word)) return true;
  return false;
}
}  // namespace

bool Rules::has_word_in_any(std::initializer_list<std::string_view> names,
                            std::string_view word) const {
  return has_word_in_any_of(*this, names, word);
}

bool Rules::has_word_in_any(const std::vector<std::string>& names, std::string_view word) const {
  return has_word_in_any_of(*this, names, word);
}

std::vector<const Pattern*> Rules::patterns_for(const std::string& extractor) const {
  std::vector<const Pattern*> out;
  if (pattern_filter) {
    if (const std::vector<std::size_t>* members = pattern_filter->members(extractor)) {
      // Asked for every sentence and extractor: one allocation, not one per doubling.
      out.reserve(members->size());
      for (std::size_t index : *members) out.push_back(&patterns[index]);
    }
    return out;
  }
  for (const Pattern& pattern : patterns)
    if (pattern.extractor == extractor && pattern.compiled) out.push_back(&pattern);
  return out;
}

std::vector<const Pattern*> Rules::patterns_matching(const std::string& extractor,
                                                     std::string_view text) const {
  return patterns_matching(extractor, text, fold_digits(text));
}

std::vector<const Pattern*> Rules::patterns_matching(const std::string& extractor,
                                                     std::string_view text,
                                                     std::string_view digits_folded) const {
  if (!pattern_filter) return patterns_for(extractor);
  std::vector<const Pattern*> out;
  for (std::size_t index : pattern_filter->matching(extractor, text, digits_folded))
    out.push_back(&patterns[index]);
  return out;
}

std::string to_string(const RuleProblem& problem) {
  std::string out = problem.where.file;
  if (problem.where.line > 0) out += ":" + std::to_string(problem.where.line);
  if (problem.where.column > 0) out += ":" + std::to_string(problem.where.column);
  out += out.empty() ? "" : ": ";
  if (problem.warning) out += "warning: ";
  if (!problem.rule_id.empty()) out += "[" + problem.rule_id + "] ";
  return out + problem.message;
}

std::vector<RuleProblem> check_rules(const std::string& dir) {
  Rules rules;
  std::vector<RuleProblem> problems;
  rules_detail::load_folder(dir, rules, problems);
  prove_patterns(rules, problems);
  if (problems.empty() && rules.patterns.empty()) {
    RuleProblem none;
    none.where.file = dir;
    none.message = kNoPatterns;
    problems.push_back(std::move(none));
  }
  check_groups(dir, problems);
  return problems;
}

Rules load_rules(const std::string& dir, unsigned jobs) {
  Rules rules;
  std::vector<RuleProblem> problems;
  rules_detail::load_folder(dir, rules, problems, jobs);
  for (const RuleProblem& problem : problems) {
    if (problem.warning) continue;
    std::string message =
        problem.rule_id.empty() ? problem.message : "[" + problem.rule_id + "] " + problem.message;
    throw Error(message, problem.where.file, problem.where.line, problem.where.column);
  }
  rules.word_sets = std::make_shared<const rules_detail::WordSets>(rules.vocabularies);
  // A kept match spares re2's slow search for the groups (tens of microseconds for the
  // patterns with the largest programs), a kept set answer only a DFA scan: the matches' memo
  // pays at far fewer hits, and rests only below 10% (on 1,000 generated items its windows
  // hit 16-55%, and resting below 30% cost 38% more instructions; on the 2 MB single item
  // they drop to 0% once it has filled).
  rules.match_memo = std::make_shared<TextMemo>(32u << 20, TextMemoPolicy{.min_hit_percent = 10});
  for (const Pattern& pattern : rules.patterns) rules.match_memo->pin(pattern.compiled);
  return rules;
}

}  // namespace kg
