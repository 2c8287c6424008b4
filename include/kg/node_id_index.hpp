// The nodes of a KnowledgeGraph by id: an open-addressing hash table of node indexes that
// holds no copy of the ids (it reads them from the nodes), one allocation for the whole
// table. It replaced a std::map of id copies: a map node and a string per node, a fifth of
// loading a large saved graph.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace kg {

class NodeIdIndex {
 public:
  // `id_of(index)` gives the id of node `index` (ids never change once indexed).
  // The node of `id`, if indexed.
  template <typename IdOfNode>
  std::optional<std::size_t> find(std::string_view id, const IdOfNode& id_of) const {
    if (slots_.empty()) return std::nullopt;
    std::uint64_t hash = hash_of(id);
    for (std::size_t at = hash & mask(); slots_[at] != kEmpty; at = (at + 1) & mask()) {
      std::size_t index = node_of(slots_[at]);
      if (tag_of(slots_[at]) == tag_of(hash) && id_of(index) == id) return index;
    }
    return std::nullopt;
  }

  // Indexes node `index` under `id`; false (and nothing indexed) when the id is taken.
  template <typename IdOfNode>
  bool insert(std::size_t index, std::string_view id, const IdOfNode& id_of) {
    if ((size_ + 1) * 2 > slots_.size()) grow(std::max<std::size_t>(64, slots_.size() * 2), id_of);
    std::uint64_t hash = hash_of(id);
    std::size_t at = hash & mask();
    for (; slots_[at] != kEmpty; at = (at + 1) & mask())
      if (tag_of(slots_[at]) == tag_of(hash) && id_of(node_of(slots_[at])) == id) return false;
    slots_[at] = slot(hash, index);
    ++size_;
    return true;
  }

  // Room for `count` nodes without growing.
  template <typename IdOfNode>
  void reserve(std::size_t count, const IdOfNode& id_of) {
    std::size_t capacity = 64;
    while (capacity < count * 2) capacity *= 2;
    if (capacity > slots_.size()) grow(capacity, id_of);
  }

  std::size_t size() const { return size_; }

 private:
  // A slot: the hash's upper 32 bits (a cheap first comparison), then the node index + 1.
  static constexpr std::uint64_t kEmpty = 0;
  static std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
  static std::uint64_t tag_of(std::uint64_t hash_or_slot) { return hash_or_slot >> 32; }
  static std::uint64_t slot(std::uint64_t hash, std::size_t index) {
    return (tag_of(hash) << 32) | (static_cast<std::uint64_t>(index) + 1);
  }
  static std::size_t node_of(std::uint64_t slot) {
    return static_cast<std::size_t>((slot & 0xffffffffu) - 1);
  }
  std::size_t mask() const { return slots_.size() - 1; }

  template <typename IdOfNode>
  void grow(std::size_t capacity, const IdOfNode& id_of) {
    std::vector<std::uint64_t> old(capacity, kEmpty);
    old.swap(slots_);
    for (std::uint64_t s : old) {
      if (s == kEmpty) continue;
      std::size_t at = hash_of(id_of(node_of(s))) & mask();
      while (slots_[at] != kEmpty) at = (at + 1) & mask();
      slots_[at] = s;
    }
  }

  std::vector<std::uint64_t> slots_;  // a power of two in size, at most half full
  std::size_t size_ = 0;
};

}  // namespace kg
