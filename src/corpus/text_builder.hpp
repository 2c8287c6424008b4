// Builds a normalised text one source character at a time, keeping the anchors that map
// each text position back to its source offset.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kg/corpus.hpp"

namespace kg::corpus_detail {

class TextBuilder {
 public:
  explicit TextBuilder(NormaliseOptions options) : options_(options) {}

  // One source character, decoded from the source bytes [begin, end) (an escape in JSON
  // spans several bytes); invalid bytes arrive as U+FFFD.
  void push(char32_t code_point, std::size_t begin, std::size_t end);
  // Source bytes that need no change: ASCII other than CR, or valid UTF-8 left as is.
  void push_unchanged(std::string_view bytes, std::size_t begin);
  NormalisedText finish(std::size_t source_end);

 private:
  void flush_carriage_return();
  void emit(std::string_view out, std::size_t begin, std::size_t end);
  void add_anchor(std::size_t text_pos, std::size_t source_offset);

  NormaliseOptions options_;
  NormalisedText result_;
  std::size_t expected_source_ = 0;  // source offset the last anchor predicts for text end
  bool started_ = false;
  bool pending_cr_ = false;
  std::size_t cr_begin_ = 0;
  std::size_t cr_end_ = 0;
};

}  // namespace kg::corpus_detail
