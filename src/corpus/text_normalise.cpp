#include <algorithm>

#include "kg/corpus.hpp"
#include "kg/utf8.hpp"
#include "text_builder.hpp"

namespace kg {
namespace {

using corpus_detail::TextBuilder;

// Bytes copied as they are, in runs, so that plain text costs one append per run.
bool needs_attention(unsigned char byte) {
  return byte >= 0x80 || byte == '\r' || byte == '\0';
}

}  // namespace

std::size_t map_to_source(const std::vector<std::pair<std::size_t, std::size_t>>& anchors,
                          std::size_t text_pos, std::size_t base) {
  auto after =
      std::upper_bound(anchors.begin(), anchors.end(), text_pos,
                       [](std::size_t pos, const auto& anchor) { return pos < anchor.first; });
  if (after == anchors.begin()) return base + text_pos;
  const auto& [anchor_text, anchor_source] = *std::prev(after);
  return anchor_source + (text_pos - anchor_text);
}

std::vector<std::pair<std::size_t, std::size_t>> NormalisedText::slice_anchors(
    std::size_t begin, std::size_t end) const {
  std::vector<std::pair<std::size_t, std::size_t>> out{{0, source_offset(begin)}};
  auto first =
      std::upper_bound(anchors.begin(), anchors.end(), begin,
                       [](std::size_t pos, const auto& anchor) { return pos < anchor.first; });
  for (auto it = first; it != anchors.end() && it->first <= end; ++it)
    out.emplace_back(it->first - begin, it->second);
  return out;
}

std::size_t Item::source_offset(std::size_t text_pos) const {
  return map_to_source(offset_anchors, text_pos, body_begin);
}

NormalisedText normalise_text(std::string_view source, NormaliseOptions options) {
  TextBuilder builder(options);
  std::vector<std::size_t> invalid;
  std::size_t pos = 0;
  while (pos < source.size()) {
    std::size_t run = pos;
    while (run < source.size() && !needs_attention(static_cast<unsigned char>(source[run]))) ++run;
    builder.push_unchanged(source.substr(pos, run - pos), pos);
    pos = run;
    if (pos == source.size()) break;
    utf8::Decoded decoded = utf8::decode_checked(source, pos);
    // A NUL is no text: it would end a C string in a reader of the exports.
    if (!decoded.valid || decoded.code_point == 0) invalid.push_back(pos);
    builder.push(decoded.code_point, pos, pos + decoded.length);
    pos += decoded.length;
  }
  NormalisedText result = builder.finish(source.size());
  result.invalid_bytes = std::move(invalid);
  return result;
}

}  // namespace kg
