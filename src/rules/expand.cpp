// ${name} expansion in pattern regexes: vocabularies and mention-marker macros.
#include <algorithm>

#include <re2/re2.h>

#include "kg/rules.hpp"
#include "loader.hpp"

namespace kg {

std::string marker_regex(char kind_letter) {
  // Markers are "[[" KIND INDEX "]]", KIND one of P O G L (see kg/extract.hpp).
  std::string kinds = kind_letter == '*' ? "[POGL]" : std::string(1, kind_letter);
  return "\\[\\[" + kinds + "\\d+\\]\\]";
}

std::string words_alternation(const std::vector<std::string>& words) {
  std::vector<std::string> sorted = words;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i > 0) out += '|';
    // Spaces inside a word match any run of whitespace.
    std::size_t start = 0;
    const std::string& word = sorted[i];
    while (true) {
      std::size_t space = word.find(' ', start);
      out += RE2::QuoteMeta(word.substr(start, space - start));
      if (space == std::string::npos) break;
      out += "\\s+";
      start = word.find_first_not_of(' ', space);
      if (start == std::string::npos) break;
    }
  }
  if (sorted.empty()) out += "\\b\\B";
  return out + ")";
}

namespace rules_detail {

namespace {

std::string expand(const std::string& in, const Pattern& pattern, const Rules& rules,
                   std::vector<RuleProblem>& problems, int depth) {
  static const std::map<std::string, char> kMacros = {
      {"PERSON", 'P'}, {"ORG", 'O'}, {"PROGRAMME", 'G'}, {"PLACE", 'L'}, {"MENTION", '*'}};
  std::string out;
  std::size_t pos = 0;
  while (pos < in.size()) {
    std::size_t open = in.find("${", pos);
    if (open == std::string::npos) {
      out += in.substr(pos);
      break;
    }
    out += in.substr(pos, open - pos);
    std::size_t close = in.find('}', open);
    if (close == std::string::npos) {
      problems.push_back({pattern.where, pattern.id, "unterminated ${ in regex"});
      return out;
    }
    std::string name = in.substr(open + 2, close - open - 2);
    if (auto macro = kMacros.find(name); macro != kMacros.end()) {
      out += marker_regex(macro->second);
    } else if (const Vocabulary* vocabulary = rules.vocabulary(name)) {
      if (vocabulary->regex.empty()) {
        out += words_alternation(vocabulary->words);
      } else if (depth > 8) {
        problems.push_back(
            {pattern.where, pattern.id, "${" + name + "} nests too deep (a cycle?)"});
      } else {
        out += "(?:" + expand(vocabulary->regex, pattern, rules, problems, depth + 1) + ")";
      }
    } else {
      problems.push_back({pattern.where, pattern.id, "unknown vocabulary ${" + name + "}"});
      out += "\\b\\B";
    }
    pos = close + 1;
  }
  return out;
}

}  // namespace

std::string expand_regex(const Pattern& pattern, const Rules& rules,
                         std::vector<RuleProblem>& problems) {
  return expand(pattern.regex, pattern, rules, problems, 0);
}

}  // namespace rules_detail
}  // namespace kg
