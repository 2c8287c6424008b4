// Mentions of a graph placed back into an item's text. The graph keeps, per mention, the
// source offsets of its sentence and the text as written; the item maps its text to source
// offsets, so the sentence is found again and the surface searched inside it.
#include <algorithm>
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
      std::size_t at = text.find(m.surface, std::max(from, cursor));
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
