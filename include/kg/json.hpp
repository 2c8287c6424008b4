// The one way kg parses JSON (corpus .json and JSON Lines, saved graphs, rules, groups, gold):
// iterative, so that no input can overflow the stack, with nesting limited to kMaxDepth, and
// errors that name file, line and column.
#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace kg::json {

// Deeper than any file kg reads or writes (a saved graph nests 5 levels), shallow enough that
// RapidJSON's recursive destructor and writer stay far from the stack's end.
inline constexpr unsigned kMaxDepth = 100;

enum class Syntax {
  strict,   // RFC 8259
  relaxed,  // plus comments and trailing commas: files people edit by hand (rules)
};

// Parses `text` as one JSON value. Throws kg::Error "FILE:LINE:COLUMN: invalid WHAT: problem";
// `first_line` is the line of text's first byte in `file` (a line of a JSON Lines file).
rapidjson::Document parse(std::string_view text, const std::string& file,
                          const std::string& what = "JSON", Syntax syntax = Syntax::strict,
                          int first_line = 1);

// The JSON type of a value in words ("an object", "a string"), for messages.
const char* type_name(const rapidjson::Value& value);

}  // namespace kg::json
