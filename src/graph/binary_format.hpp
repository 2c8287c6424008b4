// What the reader and the writer of the binary save format (.kgb) share: the magic bytes, the
// header's size and the body's checksum. The layout is described in graph_binary.cpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/text.hpp"

namespace kg::binary_format {

inline constexpr std::string_view kMagic{"\x89KGB\r\n\x1a\n", 8};
inline constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8;

inline std::uint64_t little_endian_word(const char* at) {
  std::uint64_t word = 0;
  for (int i = 0; i < 8; ++i)
    word |= static_cast<std::uint64_t>(static_cast<unsigned char>(at[i])) << (8 * i);
  return word;  // compilers make this one load
}

// Four independent lanes over 8-byte words, then the tail byte by byte: a checksum that keeps
// up with memory (the byte-wise FNV-1a of version 1 took a tenth of a load). Fed in pieces,
// it gives the checksum of their concatenation: the writer sums the string table and the
// records without joining them.
class BodyChecksum {
 public:
  BodyChecksum& add(std::string_view bytes) {
    size_ += bytes.size();
    if (!carry_.empty()) {
      std::size_t take = std::min(bytes.size(), kBlock - carry_.size());
      carry_.append(bytes.substr(0, take));
      bytes.remove_prefix(take);
      if (carry_.size() < kBlock) return *this;
      mix(carry_.data());
      carry_.clear();
    }
    std::size_t at = 0;
    for (; at + kBlock <= bytes.size(); at += kBlock) mix(bytes.data() + at);
    carry_.assign(bytes.substr(at));
    return *this;
  }
  std::uint64_t value() const {
    Fingerprint tail;
    tail.add(carry_).add_number(size_);
    std::uint64_t h = tail.value();
    for (std::uint64_t lane : lanes_) {
      h = (h ^ lane) * kMultiplier;
      h ^= h >> 32;
    }
    return h;
  }

 private:
  static constexpr std::size_t kBlock = 32;
  static constexpr std::uint64_t kMultiplier = 0x9e3779b97f4a7c15ull;
  void mix(const char* block) {
    for (int lane = 0; lane < 4; ++lane) {
      std::uint64_t h = (lanes_[lane] ^ little_endian_word(block + 8 * lane)) * kMultiplier;
      lanes_[lane] = h ^ (h >> 29);
    }
  }
  std::uint64_t lanes_[4] = {0x243f6a8885a308d3ull, 0x13198a2e03707344ull, 0xa4093822299f31d0ull,
                             0x082efa98ec4e6c89ull};
  std::string carry_;  // fewer than kBlock bytes not mixed yet
  std::uint64_t size_ = 0;
};

}  // namespace kg::binary_format
