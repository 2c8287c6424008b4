// JSON Lines corpora: one {"date", "title", "text"} object per line.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "invalid_bytes.hpp"
#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"
#include "kg/utf8.hpp"
#include "text_builder.hpp"

namespace kg {
namespace {

using corpus_detail::report_invalid_bytes;
using corpus_detail::TextBuilder;

// Finds where the value of the top-level "text" key starts in the raw line, so that the
// item's offsets can point into the file rather than into a decoded copy.
struct TextKeyFinder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TextKeyFinder> {
  const rapidjson::MemoryStream* stream = nullptr;
  int depth = 0;
  std::size_t after_key = std::string::npos;

  bool StartObject() { return ++depth, true; }
  bool EndObject(rapidjson::SizeType) { return --depth, true; }
  bool StartArray() { return ++depth, true; }
  bool EndArray(rapidjson::SizeType) { return --depth, true; }
  bool Key(const char* key, rapidjson::SizeType length, bool) {
    if (depth == 1 && after_key == std::string::npos && std::string_view(key, length) == "text")
      after_key = stream->Tell();
    return true;
  }
};

// Offset of the first byte inside the quotes of the "text" value, or npos. A MemoryStream,
// unlike a StringStream, is not copied by the reader, so Tell() is exact in the callbacks.
std::size_t text_value_start(std::string_view line) {
  rapidjson::MemoryStream stream(line.data(), line.size());
  TextKeyFinder finder;
  finder.stream = &stream;
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseIterativeFlag>(stream, finder);  // only after json::parse
  std::size_t pos = finder.after_key;
  auto skip_blanks = [&] {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  };
  if (pos == std::string::npos) return pos;
  skip_blanks();
  if (pos >= line.size() || line[pos] != ':') return std::string::npos;
  ++pos;
  skip_blanks();
  return pos < line.size() && line[pos] == '"' ? pos + 1 : std::string::npos;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<char32_t> hex4(std::string_view s, std::size_t pos) {
  if (pos + 4 > s.size()) return std::nullopt;
  char32_t value = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    int digit = hex_value(s[pos + k]);
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  return value;
}

// `\uD83D\uDE00` is one character spanning 12 bytes; a lone surrogate becomes U+FFFD.
std::pair<char32_t, std::size_t> unicode_escape(std::string_view s, std::size_t pos) {
  auto high = hex4(s, pos + 2);
  if (!high) return {utf8::kReplacement, 2};
  if (*high >= 0xD800 && *high <= 0xDBFF && s.substr(pos + 6).starts_with("\\u")) {
    auto low = hex4(s, pos + 8);
    if (low && *low >= 0xDC00 && *low <= 0xDFFF)
      return {0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00), 12};
  }
  if (*high >= 0xD800 && *high <= 0xDFFF) return {utf8::kReplacement, 6};
  return {*high, 6};
}

char32_t simple_escape(char c) {
  switch (c) {
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return static_cast<unsigned char>(c);  // `\"`, `\\`, `\/`
  }
}

// Decodes the raw JSON string starting at `start` (inside the quotes) of `line`, which
// begins at `base` in the file, normalising it with anchors into the file.
NormalisedText decode_json_string(std::string_view line, std::size_t start, std::size_t base) {
  TextBuilder builder(NormaliseOptions{});
  std::vector<std::size_t> invalid;
  std::size_t pos = start;
  while (pos < line.size() && line[pos] != '"') {
    std::size_t run = pos;
    while (run < line.size() && static_cast<unsigned char>(line[run]) < 0x80 && line[run] != '"' &&
           line[run] != '\\' && line[run] != '\r')
      ++run;
    builder.push_unchanged(line.substr(pos, run - pos), base + pos);
    pos = run;
    if (pos >= line.size() || line[pos] == '"') break;
    if (line[pos] == '\\' && pos + 1 < line.size()) {
      auto [cp, length] = line[pos + 1] == 'u'
                              ? unicode_escape(line, pos)
                              : std::pair{simple_escape(line[pos + 1]), std::size_t{2}};
      builder.push(cp, base + pos, base + pos + length);
      pos += length;
      continue;
    }
    utf8::Decoded decoded = utf8::decode_checked(line, pos);
    if (!decoded.valid) invalid.push_back(pos);
    builder.push(decoded.code_point, base + pos, base + pos + decoded.length);
    pos += decoded.length;
  }
  NormalisedText result = builder.finish(base + pos);
  result.invalid_bytes = std::move(invalid);  // relative to the line
  return result;
}

bool is_blank_line(std::string_view line) {
  return trim_spaces(line).empty();
}

// Reads one line's object into `item`; throws kg::Error naming the line.
class LineReader {
 public:
  LineReader(const std::string& source_name, int line, std::vector<Diagnostic>& diagnostics)
      : source_name_(source_name), line_(line), diagnostics_(diagnostics) {}

  [[noreturn]] void fail(const std::string& problem, int column = 0) const {
    throw Error(problem, source_name_, line_, column);
  }

  std::optional<std::string> string_field(const rapidjson::Value& object, const char* key,
                                          bool required) const {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) {
      if (required) fail(std::string("item lacks \"") + key + "\"");
      return std::nullopt;
    }
    if (!it->value.IsString()) fail(std::string("\"") + key + "\" is not a string");
    NormalisedText text =
        normalise_text(std::string_view(it->value.GetString(), it->value.GetStringLength()));
    if (!text.invalid_bytes.empty())
      diagnostics_.push_back({source_name_, line_,
                              std::string("invalid UTF-8 in \"") + key + "\" replaced by U+FFFD"});
    return std::string(trim_spaces(text.text));
  }

  void read(std::string_view line, std::size_t base, Item& item) const {
    rapidjson::Document doc = json::parse(line, source_name_, "JSON", json::Syntax::strict, line_);
    if (!doc.IsObject())
      fail("a JSON Lines item must be an object {\"date\", \"title\", \"text\"}");

    std::string date = *string_field(doc, "date", true);
    auto range = parse_date_range(date);
    if (!range) fail("unrecognised date \"" + date + "\"");
    item.date = range->date;
    item.end_date = range->end_date;
    if (auto end = string_field(doc, "end_date", false)) {
      auto end_date = parse_date(*end);
      if (!end_date) fail("unrecognised end_date \"" + *end + "\"");
      if (*end_date < item.date) fail("end_date " + *end_date + " is before date " + item.date);
      item.end_date = *end_date;
    }
    item.title = *string_field(doc, "title", true);

    item.line = line_;
    item.begin = base;
    item.end = base + line.size();
    item.body_begin = item.end;
    if (auto it = doc.FindMember("text"); it != doc.MemberEnd()) {
      if (!it->value.IsString()) fail("\"text\" is not a string");
      std::size_t start = text_value_start(line);
      if (start == std::string::npos) fail("cannot locate the \"text\" value");
      NormalisedText text = decode_json_string(line, start, base);
      report_invalid_bytes(text.invalid_bytes, line, source_name_, diagnostics_, line_);
      item.text = std::move(text.text);
      item.body_begin = base + start;
      item.offset_anchors = std::move(text.anchors);
    }
  }

 private:
  const std::string& source_name_;
  int line_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

std::vector<Item> read_json_lines(std::string_view content, const std::string& source_name,
                                  int first_n, std::vector<Diagnostic>& diagnostics) {
  std::vector<Item> items;
  std::size_t begin = content.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (int line = 1; begin < content.size(); ++line) {
    std::size_t end = content.find('\n', begin);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(begin, end - begin);
    if (auto item = read_json_line(text, begin, line, source_name,
                                   first_n + static_cast<int>(items.size()), diagnostics))
      items.push_back(std::move(*item));
    begin = end + 1;
  }
  return items;
}

std::optional<Item> read_json_line(std::string_view text, std::size_t begin, int line,
                                   const std::string& source_name, int n,
                                   std::vector<Diagnostic>& diagnostics) {
  if (text.ends_with('\r')) text.remove_suffix(1);
  if (is_blank_line(text)) return std::nullopt;
  Item item;
  item.n = n;
  item.source = source_name;
  LineReader(source_name, line, diagnostics).read(text, begin, item);
  return item;
}

}  // namespace kg
