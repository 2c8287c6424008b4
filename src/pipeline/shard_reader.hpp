// Reading a shard file one line at a time: the header first (the merge checks every header
// before it reads any item), then the lessons, then the items.
#pragma once

#include <fstream>
#include <string>

#include <rapidjson/document.h>

#include "kg/shard.hpp"

namespace kg::pipeline_detail {

class ShardReader {
 public:
  // Opens `path` and reads its header; throws kg::Error for a file that is no shard file, is
  // damaged or of another format version.
  explicit ShardReader(std::string path);

  const std::string& path() const { return path_; }
  // The header's fields (no lessons or items yet); lessons_fingerprint is set.
  const Shard& header() const { return header_; }
  std::size_t item_count() const { return item_count_; }
  std::size_t lesson_count() const { return lesson_count_; }

  // Reads the lessons into `out`, or past them when `out` is null. Call once, first.
  void read_lessons(std::vector<Lesson>* out);
  // Reads the next item; false after the last. Throws kg::Error for a damaged line.
  bool next_item(ExtractedItem& item, ItemExtraction& extraction);

 private:
  rapidjson::Document next_line(const char* what);
  [[noreturn]] void damaged(const std::string& problem) const;

  std::string path_;
  std::ifstream in_;
  int line_ = 0;
  Shard header_;
  std::size_t lesson_count_ = 0;
  std::size_t item_count_ = 0;
  std::size_t items_read_ = 0;
};

}  // namespace kg::pipeline_detail
