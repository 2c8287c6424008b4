// Open-addressing hash tables for the graph's build-time indexes (KnowledgeGraph): flat
// arrays of 32-bit words instead of a node per entry. The unordered_map of edges and the
// unordered_set of evidence hashes they replaced cost about 100 bytes per edge, a tenth of
// the peak memory of a large build.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace kg {

namespace hash_slots_detail {
// Spreads every bit of a hash over the word (MurmurHash3's finaliser): the tables place keys
// by the low bits and compare the high ones, and callers' hashes of small numbers (node
// indexes, offsets) vary mostly in the low bits.
inline std::uint64_t mix(std::uint64_t hash) {
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdull;
  hash ^= hash >> 33;
  hash *= 0xc4ceb9fe1a85ec53ull;
  return hash ^ (hash >> 33);
}
}  // namespace hash_slots_detail

// Indexes (below 2^32 - 1) by a 64-bit hash of a key that the caller holds: the table keeps
// no keys, it asks the caller whether the key at an index matches. A slot holds 32 bits of
// the hash (a cheap first comparison) and the index + 1; at most three quarters are full.
class HashSlots {
 public:
  // The index whose key `matches(index)`, among those indexed under `hash`.
  template <typename Matches>
  std::optional<std::size_t> find(std::uint64_t hash, const Matches& matches) const {
    if (slots_.empty()) return std::nullopt;
    hash = hash_slots_detail::mix(hash);
    for (std::size_t at = hash & mask(); slots_[at] != kEmpty; at = (at + 1) & mask())
      if (tag_of(slots_[at]) == tag_of(hash) && matches(index_of(slots_[at])))
        return index_of(slots_[at]);
    return std::nullopt;
  }

  // Indexes `index` under `hash` (not there yet: find() first). `hash_of(index)` gives the hash
  // of an indexed key again, for growing.
  template <typename HashOf>
  void insert(std::uint64_t hash, std::size_t index, const HashOf& hash_of) {
    if ((size_ + 1) * 4 > slots_.size() * 3)
      grow(std::max<std::size_t>(64, slots_.size() * 2), hash_of);
    hash = hash_slots_detail::mix(hash);
    std::size_t at = hash & mask();
    while (slots_[at] != kEmpty) at = (at + 1) & mask();
    slots_[at] = (tag_of(hash) << 32) | (static_cast<std::uint64_t>(index) + 1);
    ++size_;
  }

  void clear() {
    slots_ = {};
    size_ = 0;
  }

 private:
  static constexpr std::uint64_t kEmpty = 0;
  static std::uint64_t tag_of(std::uint64_t hash_or_slot) { return hash_or_slot >> 32; }
  static std::size_t index_of(std::uint64_t slot) {
    return static_cast<std::size_t>((slot & 0xffffffffu) - 1);
  }
  std::size_t mask() const { return slots_.size() - 1; }

  template <typename HashOf>
  void grow(std::size_t capacity, const HashOf& hash_of) {
    std::vector<std::uint64_t> old(capacity, kEmpty);
    old.swap(slots_);
    for (std::uint64_t s : old) {
      if (s == kEmpty) continue;
      std::size_t at = hash_slots_detail::mix(hash_of(index_of(s))) & mask();
      while (slots_[at] != kEmpty) at = (at + 1) & mask();
      slots_[at] = s;
    }
  }

  std::vector<std::uint64_t> slots_;  // a power of two in size
  std::size_t size_ = 0;
};

// A set of 32-bit fingerprints of 64-bit hashes: "surely new" or "maybe seen". A fingerprint
// seen before may belong to another key (one chance in about 4 billion per key held), so a
// "maybe" is checked against the keys themselves; a "new" needs no check.
class HashFingerprints {
 public:
  // Adds the fingerprint of `hash`; true when it was not there (the key is surely new).
  bool insert(std::uint64_t hash) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow(std::max<std::size_t>(64, slots_.size() * 2));
    std::uint32_t print = fingerprint(hash);
    std::size_t at = print & mask();
    for (; slots_[at] != kEmpty; at = (at + 1) & mask())
      if (slots_[at] == print) return false;
    slots_[at] = print;
    ++size_;
    return true;
  }

  void clear() {
    slots_ = {};
    size_ = 0;
  }

 private:
  static constexpr std::uint32_t kEmpty = 0;
  // 32 bits of the mixed hash, never 0 (the empty slot); its low bits place it.
  static std::uint32_t fingerprint(std::uint64_t hash) {
    auto print = static_cast<std::uint32_t>(hash_slots_detail::mix(hash) >> 32);
    return print == kEmpty ? 1 : print;
  }
  std::size_t mask() const { return slots_.size() - 1; }

  void grow(std::size_t capacity) {
    std::vector<std::uint32_t> old(capacity, kEmpty);
    old.swap(slots_);
    for (std::uint32_t print : old) {
      if (print == kEmpty) continue;
      std::size_t at = print & mask();
      while (slots_[at] != kEmpty) at = (at + 1) & mask();
      slots_[at] = print;
    }
  }

  std::vector<std::uint32_t> slots_;  // a power of two in size
  std::size_t size_ = 0;
};

}  // namespace kg
