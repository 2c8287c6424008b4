// An immutable text that every copy shares: the sentence of a piece of evidence is quoted by
// every mention and edge it supports. A SharedText is one pointer into kg's text store
// (below), whose texts are never freed: copying one costs nothing (the reference-counted
// strings it replaced were a quarter of loading a large graph, in cache misses on their
// counts, and 60 bytes of overhead per text), and it stays valid however long it is kept.
// kg is a command-line process that builds or loads a graph and exits; the texts of a graph
// live as long as it anyway.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kg {

class SharedText;

namespace text_store {
// Copies `text` into the store and returns where its bytes start: a 4-byte size before them
// and a NUL after. Thread-safe. Throws kg::Error for a text of 4 GiB or more.
const char* keep(std::string_view text);
// Room for texts of `bytes` bytes in all, `count` of them, in one block of the store that the
// caller fills alone (TextWriter): no lock per text.
char* reserve(std::size_t bytes, std::size_t count);
}  // namespace text_store

class SharedText {
 public:
  SharedText() = default;
  SharedText(const std::string& text)  // NOLINT: implicit, it stands in for a std::string field
      : SharedText(std::string_view(text)) {}
  SharedText(const char* text) : SharedText(std::string_view(text)) {}  // NOLINT: as above
  explicit SharedText(std::string_view text)
      : bytes_(text.empty() ? nullptr : text_store::keep(text)) {}

  operator std::string_view() const { return view(); }  // NOLINT: reads as the text
  std::string_view view() const { return {c_str(), size()}; }
  std::string str() const { return std::string(view()); }
  bool empty() const { return bytes_ == nullptr; }  // an empty text is held as none
  std::size_t size() const {
    if (bytes_ == nullptr) return 0;
    std::uint32_t size = 0;
    std::memcpy(&size, bytes_ - sizeof size, sizeof size);
    return size;
  }
  const char* c_str() const { return bytes_ == nullptr ? "" : bytes_; }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.bytes_ == b.bytes_ || a.view() == b.view();
  }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) {
    return a.view() <=> b;
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& text) {
    return out << text.view();
  }

 private:
  friend class TextWriter;
  struct InStore {};
  SharedText(InStore, const char* bytes) : bytes_(bytes) {}

  const char* bytes_ = nullptr;  // in the store, never freed
};

// Writes many texts into one block of the store without taking its lock for each: a loader
// knows their number and total size ahead (the string table of a .kgb).
class TextWriter {
 public:
  TextWriter(std::size_t bytes, std::size_t count)
      : at_(bytes == 0 ? nullptr : text_store::reserve(bytes, count)) {}
  // At most the announced texts and bytes.
  SharedText add(std::string_view text) {
    if (text.empty()) return {};
    auto size = static_cast<std::uint32_t>(text.size());  // reserve checked the total
    std::memcpy(at_, &size, sizeof size);
    char* bytes = at_ + sizeof size;
    std::memcpy(bytes, text.data(), text.size());
    bytes[text.size()] = '\0';
    at_ = bytes + text.size() + 1;
    return SharedText(SharedText::InStore{}, bytes);
  }

 private:
  char* at_;
};

// Hands out one SharedText per distinct string, so that equal texts share their bytes.
// Not thread-safe: one pool per loader or per assembly.
class TextPool {
 public:
  SharedText get(std::string_view text) {
    auto it = texts_.find(text);
    if (it != texts_.end()) return it->second;
    SharedText shared{text};
    texts_.emplace(shared.view(), shared);  // the key views the stored bytes, which stay put
    return shared;
  }

 private:
  std::unordered_map<std::string_view, SharedText> texts_;
};

}  // namespace kg

template <>
struct std::hash<kg::SharedText> {
  std::size_t operator()(const kg::SharedText& text) const noexcept {
    return std::hash<std::string_view>{}(text.view());
  }
};
