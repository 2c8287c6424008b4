#include "kg/text_memo.hpp"

#include <cstdint>

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

std::optional<std::vector<std::size_t>> TextMemo::find(const void* owner,
                                                       std::string_view text) const {
  std::lock_guard lock(mutex_);
  if (resting_ > 0) {
    --resting_;
    return std::nullopt;
  }
  auto found = results_.find(KeyView{owner, text});
  const bool hit = found != results_.end();
  window_hits_ += hit ? 1 : 0;
  if (++window_lookups_ == policy_.window) {
    if (window_hits_ * 100 < policy_.min_hit_percent * policy_.window) resting_ = policy_.rest;
    window_lookups_ = window_hits_ = 0;
  }
  if (!hit) return std::nullopt;
  return found->second;
}

void TextMemo::store(const void* owner, std::string_view text,
                     const std::vector<std::size_t>& result) {
  // The key, the result and about what a node of the table costs besides.
  const std::size_t bytes =
      sizeof(const void*) + text.size() + result.size() * sizeof(std::size_t) + 96;
  std::lock_guard lock(mutex_);
  if (resting_ > 0) return;
  if (bytes_ + bytes > max_bytes_) {
    results_.clear();
    bytes_ = 0;
  }
  if (results_.find(KeyView{owner, text}) != results_.end()) return;
  results_.emplace(Key{owner, std::string(text)}, result);
  bytes_ += bytes;
}

}  // namespace kg
