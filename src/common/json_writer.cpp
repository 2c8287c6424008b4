#include "kg/json_writer.hpp"

#include <cmath>
#include <ostream>

#include "kg/utf8.hpp"

namespace kg::json {
namespace {

constexpr std::size_t kFlushAt = 1 << 16;
constexpr char kHex[] = "0123456789ABCDEF";

bool plain_ascii(unsigned char c) {
  return c < 0x80 && !needs_escape(c);
}

}  // namespace

void append_unicode_escape(std::string& out, char32_t c) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
}

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:  // the other controls and DEL
      append_unicode_escape(out, c);
  }
}

Writer::Writer(std::string& out, Layout layout) : out_(out), root_(layout) {}

Writer::Writer(std::ostream& out, Layout layout) : out_(buffer_), stream_(&out), root_(layout) {}

Writer::Writer(std::string& out, const Writer& parent, std::size_t first)
    : out_(out), root_(parent.root_), levels_(parent.levels_) {
  levels_.back().count = first;
}

Writer& Writer::append_elements(std::string_view written, std::size_t count) {
  levels_.back().count += count;
  if (stream_ == nullptr) {
    out_ += written;
    return *this;
  }
  flush();  // a part is large: written through, not copied into the buffer
  stream_->write(written.data(), static_cast<std::streamsize>(written.size()));
  return *this;
}

Writer::~Writer() {
  flush();
}

void Writer::flush() {
  if (stream_ == nullptr || buffer_.empty()) return;
  stream_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;  // the root
  Level& level = levels_.back();
  out_ += level.count == 0 ? level.layout.first : level.layout.between;
  if (level.layout.indent > 0) indent(levels_.size(), level.layout.indent);
  ++level.count;
}

void Writer::indent(std::size_t depth, int width) {
  out_.append(depth * static_cast<std::size_t>(width), ' ');
}

Writer& Writer::open(char bracket, Layout layout) {
  before_value();
  out_ += bracket;
  levels_.push_back({layout});
  return *this;
}

Writer& Writer::close(char bracket) {
  const Level level = levels_.back();
  levels_.pop_back();
  if (level.layout.indent > 0 && level.count > 0) {
    out_ += '\n';
    indent(levels_.size(), level.layout.indent);
  }
  out_ += bracket;
  if (levels_.empty()) flush();  // the document is complete
  return filled();
}

Writer& Writer::filled() {
  if (buffer_.size() >= kFlushAt) flush();
  return *this;
}

Writer& Writer::scalar(std::string_view text) {
  before_value();
  out_ += text;
  return filled();
}

Writer& Writer::key(std::string_view name) {
  before_value();
  escaped(name);
  out_ += levels_.back().layout.colon;
  after_key_ = true;
  return *this;
}

Writer& Writer::string(std::string_view text) {
  before_value();
  escaped(text);
  return filled();
}

// Python's repr (and so json.dumps): the shortest digits that read back, in fixed notation
// from 1e-4 to 1e16 with at least one decimal, in scientific notation outside.
Writer& Writer::real(double value) {
  if (!std::isfinite(value)) return null();
  const double magnitude = std::fabs(value);
  const bool fixed = magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16);
  char digits[400];  // a fixed double below 1e16 needs far less; the bound is to_chars's own
  auto result = std::to_chars(digits, digits + sizeof digits, value,
                              fixed ? std::chars_format::fixed : std::chars_format::scientific);
  std::string_view text(digits, static_cast<std::size_t>(result.ptr - digits));
  if (!fixed || text.find('.') != std::string_view::npos) return scalar(text);
  return scalar(std::string(text) + ".0");
}

Writer& Writer::strings(const std::vector<std::string>& values, Layout layout) {
  start_array(layout);
  for (const std::string& value : values) string(value);
  return end_array();
}

// Runs of bytes that need nothing are copied whole; only escapes and bytes above ASCII are
// looked at one by one.
void Writer::escaped(std::string_view text) {
  out_ += '"';
  std::size_t run = 0, i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (plain_ascii(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const utf8::Decoded decoded = utf8::decode_checked(text, i);
      if (decoded.valid) {
        i += decoded.length;
        continue;
      }
      out_.append(text.substr(run, i - run));
      utf8::append(out_, utf8::kReplacement);
    } else {
      out_.append(text.substr(run, i - run));
      append_escape(out_, c);
    }
    run = ++i;
  }
  out_.append(text.substr(run));
  out_ += '"';
}

std::string quoted(std::string_view text) {
  std::string out;
  Writer(out).string(text);
  return out;
}

}  // namespace kg::json
