// kg's text store (kg/shared_text.hpp): texts copied into large blocks that are never freed,
// each as a 4-byte size, its bytes and a NUL.
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

#include "kg/error.hpp"
#include "kg/huge_pages.hpp"
#include "kg/shared_text.hpp"

namespace kg::text_store {
namespace {

constexpr std::size_t kBlockSize = std::size_t{1} << 20;
constexpr std::size_t kOverhead = sizeof(std::uint32_t) + 1;  // the size before, the NUL after

class Store {
 public:
  char* take(std::size_t bytes) {
    std::lock_guard lock(mutex_);
    if (bytes > kBlockSize / 4) return new_block(bytes);  // a block of its own
    if (bytes > left_) {
      free_ = new_block(kBlockSize);
      left_ = kBlockSize;
    }
    char* at = free_;
    free_ += bytes;
    left_ -= bytes;
    return at;
  }

 private:
  char* new_block(std::size_t bytes) {
    // Not zeroed: every byte is written before it is read.
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(bytes));
    advise_huge_pages(blocks_.back().get(), bytes);  // a loaded graph's string table is one block
    return blocks_.back().get();
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;
  std::size_t left_ = 0;
};

// Never destroyed, so that no text dies before the last use of it (static destructors
// included); reachable through this pointer, so leak checkers stay quiet.
Store& store() {
  static auto* store = new Store();
  return *store;
}

}  // namespace

const char* keep(std::string_view text) {
  if (text.size() > std::numeric_limits<std::uint32_t>::max())
    throw Error("a text of " + std::to_string(text.size()) + " bytes is over kg's 4 GiB limit");
  char* at = store().take(text.size() + kOverhead);
  auto size = static_cast<std::uint32_t>(text.size());
  std::memcpy(at, &size, sizeof size);
  std::memcpy(at + sizeof size, text.data(), text.size());
  at[sizeof size + text.size()] = '\0';
  return at + sizeof size;
}

char* reserve(std::size_t bytes, std::size_t count) {
  return store().take(bytes + count * kOverhead);
}

}  // namespace kg::text_store
