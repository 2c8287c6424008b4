// Candidate pairs for name matching: only names that share a key are compared, so
// resolution grows with the number of names, not with its square.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::resolve_detail {

using Words = std::vector<std::string>;
using Pair = std::pair<std::size_t, std::size_t>;

// Collects (key, name) pairs; pairs() gives every two names that share a key.
class KeyedNames {
 public:
  void add(std::string_view key, std::size_t name);
  // Pairs (a, b) with a < b, sorted and unique: the order of a loop over all pairs.
  std::vector<Pair> pairs();

 private:
  std::vector<std::pair<std::uint64_t, std::size_t>> keyed_;
};

// Keys under which two names of the same length that differ in one word by a typo meet.
void add_near_keys(const Words& words, std::size_t name, KeyedNames& into);
// Keys of a name's first and last word: "Ana Lucia Velmi" meets "Ana Velmi".
void add_first_last_key(const Words& words, std::size_t name, KeyedNames& into);
// Keys of a word with its typo variants, for looking up names by their last word.
std::vector<std::uint64_t> last_word_keys(const Words& words);

}  // namespace kg::resolve_detail
