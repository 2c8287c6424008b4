// Paragraphs: what `kg engagements --within paragraph` counts as one passage of an item.
#include "kg/corpus.hpp"

namespace kg {

std::vector<std::size_t> paragraph_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  bool after_blank = true;  // the text's first non-blank line starts a paragraph
  std::size_t line = 0;
  while (line < text.size()) {
    std::size_t end = text.find('\n', line);
    if (end == std::string_view::npos) end = text.size();
    std::size_t first = text.find_first_not_of(" \t", line);
    bool blank = first == std::string_view::npos || first >= end;
    if (!blank && after_blank) starts.push_back(first);
    after_blank = blank;
    line = end + 1;
  }
  return starts;
}

}  // namespace kg
