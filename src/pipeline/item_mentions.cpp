// Mentions of a graph placed back into an item's text. The graph keeps, per mention, the
// source offsets of its sentence and the text as written; the item maps its text to source
// offsets, so the sentence is found again and the surface searched inside it.
#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "kg/pipeline.hpp"

namespace kg {
namespace {

// The first text position whose source offset is at least `offset` (source_offset grows
// with the position).
std::size_t text_position(const Item& item, std::size_t offset) {
  std::size_t low = 0, high = item.text.size();
  while (low < high) {
    std::size_t mid = low + (high - low) / 2;
    if (item.source_offset(mid) < offset)
      low = mid + 1;
    else
      high = mid;
  }
  return low;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// The first occurrence of `surface` from `from` that is not part of a longer word: "EU" is
// not the start of "EUR 4.5 million".
std::size_t find_word(std::string_view text, std::string_view surface, std::size_t from) {
  for (std::size_t at = text.find(surface, from); at != std::string_view::npos;
       at = text.find(surface, at + 1)) {
    const std::size_t end = at + surface.size();
    const bool starts_word =
        at == 0 || !is_word_byte(surface.front()) || !is_word_byte(text[at - 1]);
    const bool ends_word =
        end == text.size() || !is_word_byte(surface.back()) || !is_word_byte(text[end]);
    if (starts_word && ends_word) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<ItemMention> locate_mentions(const Item& item, const KnowledgeGraph& graph) {
  std::vector<ItemMention> found;
  // Several mentions with one surface in one sentence take its occurrences in turn.
  std::map<std::tuple<std::size_t, std::string>, std::size_t> next_search;
  for (NodeIndex index = 0; index < graph.node_count(); ++index) {
    const NodeData& node = graph.node(index);
    if (node.kind == NodeKind::event) continue;
    for (const Evidence& m : node.mentions) {
      if (m.item != item.n || m.surface.empty()) continue;
      bool in_title = m.begin < item.body_begin;
      const std::string& text = in_title ? item.title : item.text;
      std::size_t from = in_title ? 0 : text_position(item, m.begin);
      std::size_t& cursor = next_search[{m.begin, m.surface.str()}];
      std::size_t at = find_word(text, m.surface, std::max(from, cursor));
      if (at == std::string::npos) continue;
      cursor = at + m.surface.size();
      found.push_back({in_title, at, at + m.surface.size(), index});
    }
  }
  std::sort(found.begin(), found.end(), [](const ItemMention& a, const ItemMention& b) {
    return std::tie(b.in_title, a.begin, b.end) < std::tie(a.in_title, b.begin, a.end);
  });
  std::vector<ItemMention> out;
  for (const ItemMention& m : found) {
    bool overlaps = !out.empty() && out.back().in_title == m.in_title && m.begin < out.back().end;
    if (!overlaps) out.push_back(m);
  }
  return out;
}

}  // namespace kg
