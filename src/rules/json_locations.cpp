#include "json_locations.hpp"

#include <string>

#include <rapidjson/reader.h>

namespace kg::rules_detail {

namespace {

// A SAX handler that records the stream position at each object start. RapidJSON calls
// StartObject after consuming the `{`, so the brace is one byte before Tell().
struct ObjectRecorder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ObjectRecorder> {
  const rapidjson::StringStream* stream = nullptr;
  std::vector<std::size_t> offsets;
  bool StartObject() {
    offsets.push_back(stream->Tell() - 1);
    return true;
  }
};

}  // namespace

std::vector<std::size_t> object_offsets(std::string_view text) {
  std::string copy(text);  // StringStream needs a terminating NUL
  rapidjson::StringStream stream(copy.c_str());
  ObjectRecorder recorder;
  recorder.stream = &stream;
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseCommentsFlag |
               rapidjson::kParseTrailingCommasFlag>(stream, recorder);
  return recorder.offsets;
}

}  // namespace kg::rules_detail
