// An immutable string shared by every copy: the sentence of a piece of evidence is quoted by
// every mention and edge it supports, and a graph of a large corpus held one heap copy per
// quote (most of its memory, and most of the time to load it).
#pragma once

#include <compare>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kg {

class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT: implicit, it stands in for a std::string field
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT: as above
  explicit SharedText(std::string_view text) : SharedText(std::string(text)) {}

  const std::string& str() const { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const { return str(); }  // NOLINT: reads as the string
  operator std::string_view() const { return str(); }    // NOLINT: as above
  std::string_view view() const { return str(); }
  bool empty() const { return text_ == nullptr; }  // an empty text is held as none
  std::size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.text_ == b.text_ || a.view() == b.view();
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
    return out << text.str();
  }

 private:
  static const std::string& empty_string() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

// Hands out one SharedText per distinct string, so that equal texts share their bytes.
// Not thread-safe: one pool per loader or per assembly.
class TextPool {
 public:
  SharedText get(std::string_view text) {
    auto it = texts_.find(text);
    if (it != texts_.end()) return it->second;
    SharedText shared{text};
    texts_.emplace(shared.view(), shared);  // the key views the shared bytes, which stay put
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
