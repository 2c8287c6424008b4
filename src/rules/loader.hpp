// The rules loader's internals, shared by load_rules() and check_rules().
#pragma once

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "kg/rules.hpp"

namespace kg::rules_detail {

// Reads every rules file under `dir` into `rules`, appending each problem found (errors and
// warnings) to `problems`; keeps going after a problem so that a check reports them all.
void load_folder(const std::string& dir, Rules& rules, std::vector<RuleProblem>& problems,
                 unsigned jobs = 0);

// Expands ${name} in a pattern's regex from the vocabularies and the marker macros; adds a
// problem for each unknown name.
std::string expand_regex(const Pattern& pattern, const Rules& rules,
                         std::vector<RuleProblem>& problems);

// Reads the pattern option `key` into `options`; returns what is wrong with it (an unknown
// key, a value of the wrong type), "" when it is fine.
std::string read_pattern_option(PatternOptions& options, std::string_view key,
                                const rapidjson::Value& value);

}  // namespace kg::rules_detail
