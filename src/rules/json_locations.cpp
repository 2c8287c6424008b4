#include "json_locations.hpp"

#include <algorithm>
#include <string>

#include <rapidjson/reader.h>

namespace kg::rules_detail {

namespace {

// A SAX handler that records the stream position at each object start. The iterative parser
// calls StartObject before it consumes the `{` (the recursive one after): the brace is at
// Tell() or just before it.
struct ObjectRecorder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ObjectRecorder> {
  const rapidjson::StringStream* stream = nullptr;
  std::string_view text;
  std::vector<std::size_t> offsets;
  bool StartObject() {
    std::size_t at = stream->Tell();
    offsets.push_back(at < text.size() && text[at] == '{' ? at : at - 1);
    return true;
  }
};

}  // namespace

std::vector<std::size_t> object_offsets(std::string_view text) {
  std::string copy(text);  // StringStream needs a terminating NUL
  rapidjson::StringStream stream(copy.c_str());
  ObjectRecorder recorder;
  recorder.stream = &stream;
  recorder.text = text;
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseCommentsFlag |
               rapidjson::kParseTrailingCommasFlag>(stream, recorder);
  return recorder.offsets;
}

std::size_t key_offset(std::string_view text, std::size_t object_offset, std::string_view key) {
  int depth = 0;
  for (std::size_t i = object_offset; i < text.size(); ++i) {
    char c = text[i];
    if (c == '/' && text.substr(i, 2) == "//") {  // the relaxed syntax of rules files
      i = std::min(text.find('\n', i), text.size());
    } else if (c == '/' && text.substr(i, 2) == "/*") {
      i = std::min(text.find("*/", i + 2), text.size()) + 1;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) break;
    } else if (c == '"') {
      std::size_t open = i;
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
      if (depth != 1 || text.substr(open + 1, i - open - 1) != key) continue;
      std::size_t next = text.find_first_not_of(" \t\r\n", i + 1);
      if (next != std::string_view::npos && text[next] == ':') return open;
    }
  }
  return std::string_view::npos;
}

}  // namespace kg::rules_detail
