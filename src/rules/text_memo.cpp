#include "kg/text_memo.hpp"

#include <cstdint>

#include "kg/parallel.hpp"

namespace kg {

std::string fold_digits(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= '1' && c <= '9') c = '0';
  return out;
}

std::size_t TextMemo::KeyHash::operator()(const KeyView& key) const {
  // The owner's address, multiplied by an odd constant so that its low bits, zero by
  // alignment, spread over the word.
  auto owner = static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(key.owner));
  return std::hash<std::string_view>{}(key.text) ^ (owner * 0x9E3779B97F4A7C15ull);
}

TextMemo::Part& TextMemo::this_threads_part() const {
  return parts_[worker_slot() % kParts];
}

std::optional<std::vector<std::size_t>> TextMemo::find(const void* owner,
                                                       std::string_view text) const {
  Part& part = this_threads_part();
  std::lock_guard lock(part.mutex);
  if (part.resting > 0) {
    --part.resting;
    return std::nullopt;
  }
  auto found = part.results.find(KeyView{owner, text});
  const bool hit = found != part.results.end();
  part.window_hits += hit ? 1 : 0;
  if (++part.window_lookups == policy_.window) {
    if (part.window_hits * 100 < policy_.min_hit_percent * policy_.window)
      part.resting = policy_.rest;
    part.window_lookups = part.window_hits = 0;
  }
  if (!hit) return std::nullopt;
  return found->second;
}

void TextMemo::store(const void* owner, std::string_view text,
                     const std::vector<std::size_t>& result) {
  // The key, the result and about what a node of the table costs besides.
  const std::size_t bytes =
      sizeof(const void*) + text.size() + result.size() * sizeof(std::size_t) + 96;
  Part& part = this_threads_part();
  std::lock_guard lock(part.mutex);
  if (part.resting > 0) return;
  if (part.bytes + bytes > max_bytes_) {
    part.results.clear();
    part.bytes = 0;
  }
  if (part.results.find(KeyView{owner, text}) != part.results.end()) return;
  part.results.emplace(Key{owner, std::string(text)}, result);
  part.bytes += bytes;
}

}  // namespace kg
