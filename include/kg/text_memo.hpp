// Results of a pure function of (a regex, a text) kept for texts asked about again: both
// passes of a build match the same sentences, and a genre's stock sentences ("The meeting was
// an opportunity to ...", "Mr [[P3]] from [[O4]] presented the [[G5]]") come back item after
// item. Only the time changes: a result is the one the function gives.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg {

class TextMemo {
 public:
  // When the kept results (keys and values) pass `max_bytes`, all are dropped: memory stays
  // bounded on any corpus, and a memo that stops hitting costs a lookup per text.
  explicit TextMemo(std::size_t max_bytes) : max_bytes_(max_bytes) {}
  TextMemo(const TextMemo&) = delete;
  TextMemo& operator=(const TextMemo&) = delete;

  // The result kept for `owner` (the regex, or whatever computed it) and `text`, if any.
  std::optional<std::vector<std::size_t>> find(const void* owner, std::string_view text) const;
  void store(const void* owner, std::string_view text, const std::vector<std::size_t>& result);
  // Keeps `owner` alive as long as the memo: a freed regex's address, reused by another,
  // would find the first one's results.
  void pin(std::shared_ptr<const void> owner) { pinned_.push_back(std::move(owner)); }

 private:
  static std::string key(const void* owner, std::string_view text);

  mutable std::mutex mutex_;  // the threads of a build share one memo
  std::unordered_map<std::string, std::vector<std::size_t>> results_;
  std::vector<std::shared_ptr<const void>> pinned_;
  std::size_t bytes_ = 0;
  const std::size_t max_bytes_;
};

}  // namespace kg
