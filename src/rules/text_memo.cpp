#include "kg/text_memo.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>

#include "kg/parallel.hpp"

namespace kg {

std::string fold_digits(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= '1' && c <= '9') c = '0';
  return out;
}

std::uint64_t TextMemo::hash_of(const void* owner, std::string_view text) {
  // The owner's address, multiplied by an odd constant so that its low bits, zero by
  // alignment, spread over the word.
  auto address = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(owner));
  std::uint64_t hash = std::hash<std::string_view>{}(text) ^ (address * 0x9E3779B97F4A7C15ull);
  return hash == 0 ? 1 : hash;  // 0 marks an empty slot
}

TextMemo::Slot& TextMemo::slot_for(Part& part, std::uint64_t hash, const void* owner,
                                   std::string_view text) {
  const std::size_t mask = part.slots.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    Slot& slot = part.slots[at];
    if (slot.hash == 0) return slot;
    if (slot.hash == hash && slot.owner == owner && slot.text_size == text.size() &&
        std::string_view(part.texts).substr(slot.text_at, slot.text_size) == text)
      return slot;
  }
}

void TextMemo::grow(Part& part) {
  std::vector<Slot> old = std::move(part.slots);
  part.slots.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{});
  const std::size_t mask = part.slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.hash == 0) continue;
    std::size_t at = slot.hash & mask;
    while (part.slots[at].hash != 0) at = (at + 1) & mask;
    part.slots[at] = slot;
  }
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
  const Slot* found = nullptr;
  if (part.used > 0) {
    const Slot& slot = slot_for(part, hash_of(owner, text), owner, text);
    if (slot.hash != 0) found = &slot;
  }
  part.window_hits += found ? 1 : 0;
  if (++part.window_lookups == policy_.window) {
    if (part.window_hits * 100 < policy_.min_hit_percent * policy_.window)
      part.resting = policy_.rest;
    part.window_lookups = part.window_hits = 0;
  }
  if (!found) return std::nullopt;
  auto values = part.results.begin() + found->result_at;
  return std::vector<std::size_t>(values, values + found->result_size);
}

void TextMemo::store(const void* owner, std::string_view text,
                     const std::vector<std::size_t>& result) {
  // The text, the result and two slots (the table is at most half full).
  const std::size_t bytes = text.size() + result.size() * sizeof(std::size_t) + 2 * sizeof(Slot);
  // A text larger than the whole memo would drop everything kept for one result.
  if (bytes > max_bytes_) return;
  Part& part = this_threads_part();
  std::lock_guard lock(part.mutex);
  if (part.resting > 0) return;
  if (part.bytes + bytes > max_bytes_) {
    part.slots.clear();
    part.texts.clear();
    part.results.clear();
    part.used = 0;
    part.bytes = 0;
  }
  if (2 * (part.used + 1) > part.slots.size()) grow(part);
  const std::uint64_t hash = hash_of(owner, text);
  Slot& slot = slot_for(part, hash, owner, text);
  if (slot.hash != 0) return;
  // max_bytes_ below 4 GiB (the constructor) keeps every offset within 32 bits.
  slot = Slot{hash,
              owner,
              static_cast<std::uint32_t>(part.texts.size()),
              static_cast<std::uint32_t>(text.size()),
              static_cast<std::uint32_t>(part.results.size()),
              static_cast<std::uint32_t>(result.size())};
  part.texts.append(text);
  part.results.insert(part.results.end(), result.begin(), result.end());
  ++part.used;
  part.bytes += bytes;
}

}  // namespace kg
