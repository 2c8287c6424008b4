#include "kg/text_memo.hpp"

#include <cstring>

namespace kg {

std::string TextMemo::key(const void* owner, std::string_view text) {
  std::string key(sizeof owner + text.size(), '\0');
  std::memcpy(key.data(), &owner, sizeof owner);
  std::memcpy(key.data() + sizeof owner, text.data(), text.size());
  return key;
}

std::optional<std::vector<std::size_t>> TextMemo::find(const void* owner,
                                                       std::string_view text) const {
  const std::string wanted = key(owner, text);
  std::lock_guard lock(mutex_);
  auto found = results_.find(wanted);
  if (found == results_.end()) return std::nullopt;
  return found->second;
}

void TextMemo::store(const void* owner, std::string_view text,
                     const std::vector<std::size_t>& result) {
  std::string stored = key(owner, text);
  // The key, the result and about what a node of the table costs besides.
  const std::size_t bytes = stored.size() + result.size() * sizeof(std::size_t) + 96;
  std::lock_guard lock(mutex_);
  if (bytes_ + bytes > max_bytes_) {
    results_.clear();
    bytes_ = 0;
  }
  if (results_.emplace(std::move(stored), result).second) bytes_ += bytes;
}

}  // namespace kg
