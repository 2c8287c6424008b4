// Results of a pure function of (a regex, a text) kept for texts asked about again: both
// passes of a build match the same sentences, and a genre's stock sentences ("The meeting was
// an opportunity to ...", "Mr [[P3]] from [[O4]] presented the [[G5]]") come back item after
// item. Only the time changes: a result is the one the function gives.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// A memo that seldom hits costs more than it saves: on one item of 2 MB, where the markers
// count into the thousands and no tagged sentence comes back, keeping every text made the
// build about a quarter slower (its tables crowd out of the caches what re2 and the extractors
// use). So the memo counts its hits by windows of `window` lookups; after a window with
// fewer than `min_hit_percent` hits it rests for `rest` lookups: asked nothing, keeping
// nothing. Then it tries again. Only the time changes, never a result.
struct TextMemoPolicy {
  std::size_t window = 4096;
  std::size_t min_hit_percent = 30;
  std::size_t rest = 16 * 4096;
};

class TextMemo {
 public:
  // When the results a thread kept (keys and values) pass `max_bytes`, they are dropped:
  // memory stays bounded on any corpus.
  // max_bytes is at most 4 GiB - 1: offsets into a part's arenas are 32 bits.
  explicit TextMemo(std::size_t max_bytes, TextMemoPolicy policy = {})
      : max_bytes_(std::min<std::size_t>(max_bytes, 0xFFFFFFFFu)), policy_(policy) {}
  TextMemo(const TextMemo&) = delete;
  TextMemo& operator=(const TextMemo&) = delete;

  // The result kept for `owner` (the regex, or whatever computed it) and `text`, if any
  // (none while the memo rests).
  std::optional<std::vector<std::size_t>> find(const void* owner, std::string_view text) const;
  void store(const void* owner, std::string_view text, const std::vector<std::size_t>& result);
  // Keeps `owner` alive as long as the memo: a freed regex's address, reused by another,
  // would find the first one's results.
  void pin(std::shared_ptr<const void> owner) { pinned_.push_back(std::move(owner)); }

 private:
  // One result kept: its key's hash (0: an empty slot), owner, and where its text and its
  // values sit in the part's arenas. An open-addressed table of these finds a text with one
  // probe into the slots and one compare of the text: a node-based map spent most of its
  // time (a tenth of a build) in cache misses on its nodes and their strings.
  struct Slot {
    std::uint64_t hash = 0;
    const void* owner = nullptr;
    std::uint32_t text_at = 0;
    std::uint32_t text_size = 0;
    std::uint32_t result_at = 0;
    std::uint32_t result_size = 0;
  };
  // One part per worker slot (kg/parallel.hpp), so that the threads of a build do not wait
  // for each other's lookups: with one lock for all, `--jobs 2` took more time than
  // `--jobs 1`. A slot past the last shares a part, which its lock keeps safe.
  struct Part {
    std::mutex mutex;
    // Lookups of the current window and the hits among them; while resting > 0 the part is
    // asked nothing and keeps nothing (see find()).
    std::size_t window_lookups = 0;
    std::size_t window_hits = 0;
    std::size_t resting = 0;
    std::vector<Slot> slots;  // a power of two of them, at most half used
    std::size_t used = 0;
    std::string texts;                 // the keys' texts, one after the other
    std::vector<std::size_t> results;  // the results, one after the other
    std::size_t bytes = 0;
  };
  static constexpr std::size_t kParts = 8;
  Part& this_threads_part() const;
  static std::uint64_t hash_of(const void* owner, std::string_view text);
  // The slot that holds (owner, text), or the empty slot where it would go.
  static Slot& slot_for(Part& part, std::uint64_t hash, const void* owner, std::string_view text);
  static void grow(Part& part);

  mutable std::array<Part, kParts> parts_;
  std::vector<std::shared_ptr<const void>> pinned_;
  const std::size_t max_bytes_;
  const TextMemoPolicy policy_;
};

// `text` with every ASCII digit made '0': a key under which a regex that cannot tell digits
// apart (kg/pattern_regex.hpp) keeps its results, so that tagged sentences that differ only by
// their markers' numbers ("[[P1203]]", "[[P2417]]") share one. Any text that differs from
// `text` only by some digits made '0' is as good a key (the extractors' tagged sentences fold
// only their markers).
std::string fold_digits(std::string_view text);

}  // namespace kg
