// Small text measures shared by several stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace kg {

// Levenshtein distance over bytes: insertions, deletions and substitutions cost one.
std::size_t edit_distance(std::string_view a, std::string_view b);

// min(edit_distance(a, b), limit + 1) in O(limit * length) time and O(length) memory: for
// "at most one typo" tests, which must stay cheap for names of thousands of characters.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// `text` without the spaces, tabs and line ends at either end.
std::string_view trim_spaces(std::string_view text);

// The 1-based line and column of a byte offset: parsers report offsets, users want lines.
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

// FNV-1a, 64 bits, fed in pieces: tells a damaged file, another rules folder or another
// corpus; no defence against a forgery.
class Fingerprint {
 public:
  Fingerprint& add(std::string_view bytes);
  // A number, as its decimal digits, then a separator: "1" "23" and "12" "3" differ.
  Fingerprint& add_number(std::uint64_t value);
  std::uint64_t value() const { return hash_; }
  std::string hex() const;  // 16 lower-case hex digits

 private:
  std::uint64_t hash_ = 1469598103934665603ull;
};

}  // namespace kg
