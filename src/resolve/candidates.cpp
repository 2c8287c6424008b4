#include "candidates.hpp"

#include <algorithm>
#include <functional>

#include "kg/resolve.hpp"

namespace kg::resolve_detail {
namespace {

std::uint64_t hash_of(std::string_view key) {
  return std::hash<std::string_view>{}(key);
}

}  // namespace

void KeyedNames::add(std::string_view key, std::size_t name) {
  keyed_.emplace_back(hash_of(key), name);
}

std::vector<Pair> KeyedNames::pairs() {
  std::sort(keyed_.begin(), keyed_.end());
  keyed_.erase(std::unique(keyed_.begin(), keyed_.end()), keyed_.end());
  std::vector<Pair> out;
  for (std::size_t begin = 0; begin < keyed_.size();) {
    std::size_t end = begin + 1;
    while (end < keyed_.size() && keyed_[end].first == keyed_[begin].first) ++end;
    for (std::size_t a = begin; a < end; ++a)
      for (std::size_t b = a + 1; b < end; ++b)
        out.emplace_back(keyed_[a].second, keyed_[b].second);
    begin = end;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void add_near_keys(const Words& words, std::size_t name, KeyedNames& into) {
  // The other words verbatim, the changed word by its typo keys; '\1' marks its place.
  std::string key;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].size() < kTypoWordLength) continue;
    typo_keys(words[k], [&](std::string_view variant) {
      key.clear();
      for (std::size_t w = 0; w < words.size(); ++w) {
        if (w == k) {
          key += '\1';
          key += variant;
        } else {
          key += words[w];
        }
        key += ' ';
      }
      into.add(key, name);
    });
  }
}

void add_first_last_key(const Words& words, std::size_t name, KeyedNames& into) {
  if (words.size() >= 2) into.add(words.front() + '\2' + words.back(), name);
  // "Nurul Huda binti Ismail" meets "Nurul Huda", its given names alone.
  if (std::size_t at = patronymic_at(words)) into.add(words.front() + '\2' + words[at - 1], name);
}

std::vector<std::uint64_t> last_word_keys(const Words& words) {
  std::vector<std::uint64_t> out;
  if (words.empty()) return out;
  typo_keys(words.back(), [&](std::string_view variant) { out.push_back(hash_of(variant)); });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::resolve_detail
