// Which of a fixed set of spans a span overlaps, in O(log n): a long item's photo credits are
// asked about for every name found, and a scan over all of them made the item quadratic.
#pragma once

#include <cstddef>
#include <vector>

#include "kg/extract.hpp"

namespace kg::extract_detail {

class SpanIndex {
 public:
  SpanIndex() = default;
  explicit SpanIndex(const std::vector<Span>& spans);
  // True when some span of the set shares a character with `span` (same part, title or body).
  bool overlaps(const Span& span) const;

 private:
  // One part of the item: its spans' begins in order, and the largest end among the first i.
  struct Part {
    std::vector<std::size_t> begins, max_ends;
  };
  Part title_, body_;
};

}  // namespace kg::extract_detail
