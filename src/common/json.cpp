#include "kg/json.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::json {
namespace {

using Document = rapidjson::Document;

// Forwards the parser's events to the document, refusing to nest deeper than kMaxDepth.
class DepthLimited {
 public:
  explicit DepthLimited(Document& document) : document_(document) {}
  bool too_deep() const { return too_deep_; }

  bool Null() { return document_.Null(); }
  bool Bool(bool b) { return document_.Bool(b); }
  bool Int(int i) { return document_.Int(i); }
  bool Uint(unsigned i) { return document_.Uint(i); }
  bool Int64(int64_t i) { return document_.Int64(i); }
  bool Uint64(uint64_t i) { return document_.Uint64(i); }
  bool Double(double d) { return document_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType length, bool copy) {
    return document_.RawNumber(s, length, copy);
  }
  bool String(const char* s, rapidjson::SizeType length, bool copy) {
    return document_.String(s, length, copy);
  }
  bool Key(const char* s, rapidjson::SizeType length, bool copy) {
    return document_.Key(s, length, copy);
  }
  bool StartObject() { return enter() && document_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) { return leave(), document_.EndObject(members); }
  bool StartArray() { return enter() && document_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) { return leave(), document_.EndArray(elements); }

 private:
  bool enter() {
    too_deep_ = ++depth_ > kMaxDepth;
    return !too_deep_;
  }
  void leave() { --depth_; }

  Document& document_;
  unsigned depth_ = 0;
  bool too_deep_ = false;
};

// Document::Populate's generator: runs the iterative parser over the text.
struct Generator {
  std::string_view text;
  Syntax syntax;
  rapidjson::ParseResult result;
  bool too_deep = false;

  bool operator()(Document& document) {
    constexpr unsigned kStrict = rapidjson::kParseIterativeFlag;
    constexpr unsigned kRelaxed =
        kStrict | rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag;
    rapidjson::MemoryStream memory(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(memory);
    DepthLimited handler(document);
    rapidjson::Reader reader;
    result = syntax == Syntax::relaxed ? reader.Parse<kRelaxed>(stream, handler)
                                       : reader.Parse<kStrict>(stream, handler);
    too_deep = handler.too_deep();
    return !result.IsError();
  }
};

}  // namespace

rapidjson::Document parse(std::string_view text, const std::string& file, const std::string& what,
                          Syntax syntax, int first_line) {
  Document document;
  Generator generator{text, syntax, {}, false};
  document.Populate(generator);
  if (generator.result.IsError()) {
    auto [line, column] = line_column(text, generator.result.Offset());
    std::string problem = generator.too_deep
                              ? "nested deeper than " + std::to_string(kMaxDepth) + " levels"
                              : rapidjson::GetParseError_En(generator.result.Code());
    throw Error("invalid " + what + ": " + problem, file, first_line + line - 1, column);
  }
  return document;
}

const char* type_name(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "a boolean";
    case rapidjson::kObjectType:
      return "an object";
    case rapidjson::kArrayType:
      return "an array";
    case rapidjson::kStringType:
      return "a string";
    case rapidjson::kNumberType:
      return "a number";
  }
  return "a value";
}

}  // namespace kg::json
