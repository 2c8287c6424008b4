// Small text measures shared by several stages.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace kg {

// Levenshtein distance over bytes: insertions, deletions and substitutions cost one.
std::size_t edit_distance(std::string_view a, std::string_view b);

// min(edit_distance(a, b), limit + 1) in O(limit * length) time and O(length) memory: for
// "at most one typo" tests, which must stay cheap for names of thousands of characters.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The 1-based line and column of a byte offset: parsers report offsets, users want lines.
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

}  // namespace kg
