// A regex that matches wherever a given one does, and more, for a cheap yes/no question. A
// counted repeat (`[^"]{2,150}?`, `(?:${titles}\s+){0,3}`) becomes a copy of its body for
// every count in re2's program, and re2's DFA then builds new states on almost every
// sentence: "does `represents.plural_role_of_org_list` match at all?" cost about 100
// microseconds a sentence on real pages. Unbounded, the program is small and its DFA's
// states come back; the pattern itself still decides what matches.
#pragma once

#include <string>
#include <string_view>

namespace kg::rules_detail {

// `regex` with every counted repeat `{m,n}` written `{m,}` (lazy or not). Braces inside a
// character class or after a backslash are left alone, as is anything that is not a counted
// repeat (`{3}`, `\p{Greek}`, a literal brace). Wherever the regex matches in a text, the
// result matches too.
std::string without_repeat_bounds(std::string_view regex);

}  // namespace kg::rules_detail
