// The one way kg writes JSON: graph files, shard files, the node-link and page exports, list
// values inside other exports, and every answer printed with --json. Parsing is kg/json.hpp.
//
// Conventions, the same for every producer:
// - strings are UTF-8 with `"`, `\` and the control characters escaped (\n, \r, \t by name,
//   the others and DEL as \u00XX); a byte that is not UTF-8 is written as U+FFFD, so no
//   output carries a broken sequence;
// - integers as decimal digits; reals as Python's json.dumps writes them (so networkx and
//   the reference scorer read what they would write): the shortest digits that read back as
//   the same double, always with a decimal or an exponent ("3.0", "0.5", "18.333333333333332",
//   "1e-05", "1e+16"); a real that is not finite is null, which JSON can carry;
// - the layout is chosen per container (compact, spaced, one element per line, or pretty with
//   an indent); a container without one takes its parent's, so a document is as compact or
//   as pretty as its root unless a part says otherwise (a row of numbers on one line).
#pragma once

#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kg::json {

struct Layout {
  std::string_view first;    // before the first element
  std::string_view between;  // between two elements
  std::string_view colon;    // between a key and its value
  // > 0: pretty: each element on a line of its own indented by `indent` spaces per depth,
  // the closing bracket on a line of its own (an empty container stays "{}" or "[]").
  int indent = 0;
};

inline constexpr Layout kCompact{"", ",", ":"};             // {"a":1,"b":[1,2]}
inline constexpr Layout kSpaced{"", ", ", ": "};            // {"a": 1, "b": [1, 2]}
inline constexpr Layout kLines{"\n", ",\n", ": "};          // [\n1,\n2]
inline constexpr Layout kLinesAfterFirst{"", ",\n", ": "};  // {"a": 1,\n"b": 2}
constexpr Layout pretty(int indent) {
  return {"\n", ",\n", ": ", indent};
}

class Writer {
 public:
  // Appends to `out`.
  explicit Writer(std::string& out, Layout layout = kCompact);
  // Writes to `out` through a buffer, flushed as it fills, when the document is complete and
  // at the latest by the destructor.
  explicit Writer(std::ostream& out, Layout layout = kCompact);
  // Writes into `out` elements of the array that `parent` has open, from its element `first`
  // on, exactly as `parent` would: a long array rendered in parts on several threads, each
  // part appended to `parent` in order with append_elements.
  Writer(std::string& out, const Writer& parent, std::size_t first);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  Writer& start_object() { return open('{', inherited()); }
  Writer& start_object(Layout layout) { return open('{', layout); }
  Writer& end_object() { return close('}'); }
  Writer& start_array() { return open('[', inherited()); }
  Writer& start_array(Layout layout) { return open('[', layout); }
  Writer& end_array() { return close(']'); }

  Writer& key(std::string_view name);
  Writer& string(std::string_view text);
  template <std::integral Integer>
  requires(!std::same_as<Integer, bool>) Writer& integer(Integer value) {
    char digits[24];
    auto result = std::to_chars(digits, digits + sizeof digits, value);
    return scalar(std::string_view(digits, static_cast<std::size_t>(result.ptr - digits)));
  }
  Writer& real(double value);
  Writer& boolean(bool value) { return scalar(value ? "true" : "false"); }
  Writer& null() { return scalar("null"); }

  // An array of strings or integers, in `layout` or the parent's: ["a","b"], [1, 2].
  Writer& strings(const std::vector<std::string>& values) { return strings(values, inherited()); }
  Writer& strings(const std::vector<std::string>& values, Layout layout);
  template <std::integral Integer>
  Writer& integers(const std::vector<Integer>& values) {
    return integers(values, inherited());
  }
  template <std::integral Integer>
  Writer& integers(const std::vector<Integer>& values, Layout layout) {
    start_array(layout);
    for (Integer value : values) integer(value);
    return end_array();
  }

  // Appends `count` elements of the open array that a Writer made from this one wrote.
  Writer& append_elements(std::string_view written, std::size_t count);

  // Writes the buffer to the stream (a no-op when writing to a string).
  void flush();

 private:
  struct Level {
    Layout layout;
    std::size_t count = 0;  // elements (keys, for an object) written so far
  };

  Layout inherited() const { return levels_.empty() ? root_ : levels_.back().layout; }
  Writer& open(char bracket, Layout layout);
  Writer& close(char bracket);
  Writer& scalar(std::string_view text);
  Writer& filled();  // flushes a full buffer
  void before_value();
  void indent(std::size_t depth, int width);
  void escaped(std::string_view text);

  std::string buffer_;  // used when writing to a stream
  std::string& out_;
  std::ostream* stream_ = nullptr;
  Layout root_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included.
std::string quoted(std::string_view text);

// The escapes of a string literal, one table for every format whose literals take JSON's
// (the Cypher export adds its own few on top): whether an ASCII character needs one (`"`, `\`,
// the controls and DEL), and that escape: \", \\, \n, \r, \t by name, the others \u00XX.
inline bool needs_escape(unsigned char c) {
  return c < 0x20 || c == 0x7F || c == '"' || c == '\\';
}
void append_escape(std::string& out, unsigned char c);
// \uXXXX (four upper-case hex digits) for a code point of the Basic Multilingual Plane.
void append_unicode_escape(std::string& out, char32_t c);

}  // namespace kg::json
