#include "span_index.hpp"

#include <algorithm>
#include <utility>

namespace kg::extract_detail {

SpanIndex::SpanIndex(const std::vector<Span>& spans) {
  for (bool in_title : {true, false}) {
    std::vector<std::pair<std::size_t, std::size_t>> part;
    for (const Span& s : spans)
      if (s.in_title == in_title) part.emplace_back(s.begin, s.end);
    std::sort(part.begin(), part.end());
    Part& index = in_title ? title_ : body_;
    std::size_t max_end = 0;
    for (const auto& [begin, end] : part) {
      max_end = std::max(max_end, end);
      index.begins.push_back(begin);
      index.max_ends.push_back(max_end);
    }
  }
}

bool SpanIndex::overlaps(const Span& span) const {
  // Some span with begin < span.end reaches past span.begin: the largest end among all the
  // spans that begin before span.end decides.
  const Part& part = span.in_title ? title_ : body_;
  auto before = std::lower_bound(part.begins.begin(), part.begins.end(), span.end);
  if (before == part.begins.begin()) return false;
  return part.max_ends[static_cast<std::size_t>(before - part.begins.begin()) - 1] > span.begin;
}

}  // namespace kg::extract_detail
