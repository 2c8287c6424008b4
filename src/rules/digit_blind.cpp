// Whether a regex tells the ten ASCII digits apart: read from its syntax, conservatively.
// A regex that does not (every character class holds all of 0-9 or none of them, no literal
// digit) matches a text exactly as it matches the text with any digit replaced by any other,
// so its results can be kept by the text with its digits folded: tagged sentences that differ
// only by their markers' numbers ("[[P1203]]", "[[P2417]]") then share one result.
#include <cctype>
#include <cstdint>
#include <string_view>

#include "kg/pattern_regex.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

constexpr std::uint32_t kAllDigits = 0x3FF;
constexpr std::uint32_t kNoLiteral = 0x110000;  // past the last code point

// What one item of a regex can match among the digits, as a mask of 0-9. A Unicode property
// (\p{...}) counts as none: the ten digits share every property, so it holds all of them or
// none, and a class is only read as blind when the rest of it holds all or none.
struct DigitSet {
  std::uint32_t mask = 0;
  bool known = true;  // false: syntax this reader does not know; the regex counts as telling
};
constexpr DigitSet kUnknown{0, false};

bool is_digit(std::uint32_t cp) {
  return cp >= '0' && cp <= '9';
}

std::uint32_t digits_in_range(std::uint32_t low, std::uint32_t high) {
  std::uint32_t mask = 0;
  for (std::uint32_t d = '0'; d <= '9'; ++d)
    if (d >= low && d <= high) mask |= 1u << (d - '0');
  return mask;
}

class Reader {
 public:
  explicit Reader(std::string_view regex) : regex_(regex) {}

  bool digit_blind() {
    while (pos_ < regex_.size()) {
      char c = regex_[pos_];
      if (c == '[') {
        if (!class_is_blind()) return false;
      } else if (c == '\\') {
        DigitSet set = escape();
        if (!set.known || (set.mask != 0 && set.mask != kAllDigits)) return false;
      } else if (c == '{') {
        if (!skip_repetition()) return false;
      } else if (c == '(') {
        skip_group_opening();
      } else {
        if (is_digit(static_cast<unsigned char>(c))) return false;
        ++pos_;
      }
    }
    return true;
  }

 private:
  // "{2}", "{0,3}", "{1,}": counts, not digits to match.
  bool skip_repetition() {
    std::size_t end = regex_.find('}', pos_);
    if (end == std::string_view::npos) return false;
    for (std::size_t i = pos_ + 1; i < end; ++i)
      if (!is_digit(static_cast<unsigned char>(regex_[i])) && regex_[i] != ',') return false;
    pos_ = end + 1;
    return true;
  }

  // "(?P<name2>", "(?<name>", "(?i:", "(?:": a group's name and flags match nothing.
  void skip_group_opening() {
    ++pos_;
    if (pos_ >= regex_.size() || regex_[pos_] != '?') return;
    if (regex_.substr(pos_, 3) == "?P<" || regex_.substr(pos_, 2) == "?<") {
      std::size_t end = regex_.find('>', pos_);
      pos_ = end == std::string_view::npos ? regex_.size() : end + 1;
      return;
    }
    while (pos_ < regex_.size() && regex_[pos_] != ':' && regex_[pos_] != ')') ++pos_;
    if (pos_ < regex_.size()) ++pos_;
  }

  // An escape at pos_ ('\\'), outside or inside a class; a literal escape ("\.") gives the
  // code point as `literal`.
  DigitSet escape(std::uint32_t* literal = nullptr) {
    if (pos_ + 1 >= regex_.size()) return kUnknown;
    char c = regex_[pos_ + 1];
    pos_ += 2;
    switch (c) {
      case 'd':
      case 'w':
      case 'S':
        return {kAllDigits};
      case 'D':
      case 'W':
      case 's':
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return {0};
      case 'p':
      case 'P':
        if (pos_ < regex_.size() && regex_[pos_] == '{') {
          std::size_t end = regex_.find('}', pos_);
          if (end == std::string_view::npos) return kUnknown;
          pos_ = end + 1;
        } else {
          ++pos_;
        }
        return {0};
      case 'n':
      case 't':
      case 'r':
      case 'f':
      case 'v':
        if (literal) *literal = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
        return {0};
      default:
        break;
    }
    // Escaped punctuation is itself; letters and digits left (\x30, \060, \Q...\E, \C, \pN)
    // are not read here.
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) {
      if (literal) *literal = static_cast<unsigned char>(c);
      return {0};
    }
    return kUnknown;
  }

  // One member of a class at pos_: a code point (`literal`) or a set (\d, [:alpha:]).
  DigitSet class_member(std::uint32_t& literal, bool& is_literal) {
    is_literal = false;
    if (regex_[pos_] == '\\') {
      literal = kNoLiteral;
      DigitSet set = escape(&literal);
      is_literal = set.known && literal != kNoLiteral;
      return set;
    }
    if (regex_.substr(pos_, 2) == "[:") {
      std::size_t end = regex_.find(":]", pos_);
      if (end == std::string_view::npos) return kUnknown;
      std::string_view name = regex_.substr(pos_ + 2, end - pos_ - 2);
      pos_ = end + 2;
      if (!name.empty() && name.front() == '^') name.remove_prefix(1);
      for (std::string_view all : {"alnum", "digit", "graph", "print", "word", "xdigit"})
        if (name == all) return {kAllDigits};
      for (std::string_view none : {"alpha", "blank", "cntrl", "lower", "punct", "space", "upper"})
        if (name == none) return {0};
      return kUnknown;
    }
    auto [cp, length] = utf8::decode(regex_, pos_);
    pos_ += length == 0 ? 1 : length;
    literal = cp;
    is_literal = true;
    return {is_digit(cp) ? 1u << (cp - '0') : 0};
  }

  bool class_is_blind() {
    ++pos_;  // '['
    if (pos_ < regex_.size() && regex_[pos_] == '^') ++pos_;
    std::uint32_t mask = 0;
    bool first = true;  // a ']' first is a member
    while (pos_ < regex_.size() && (regex_[pos_] != ']' || first)) {
      first = false;
      std::uint32_t low = 0;
      bool low_is_literal = false;
      DigitSet member = class_member(low, low_is_literal);
      if (!member.known) return false;
      if (low_is_literal && pos_ + 1 < regex_.size() && regex_[pos_] == '-' &&
          regex_[pos_ + 1] != ']') {
        ++pos_;
        std::uint32_t high = 0;
        bool high_is_literal = false;
        if (!class_member(high, high_is_literal).known || !high_is_literal) return false;
        mask |= digits_in_range(low, high);
        continue;
      }
      mask |= member.mask;
    }
    if (pos_ >= regex_.size()) return false;
    ++pos_;  // ']'
    // Some digits but not all: conservative also when a \p{...} beside them might hold the rest.
    return mask == 0 || mask == kAllDigits;
  }

  std::string_view regex_;
  std::size_t pos_ = 0;
};

}  // namespace

bool regex_tells_digits_apart(std::string_view regex) {
  return !Reader(regex).digit_blind();
}

}  // namespace kg
