// `kg item N`: an item's text with its mentions marked, so a cell is checked without grep.
#include <map>

#include "kg/render.hpp"

namespace kg::render {
namespace {

void print_marked(std::ostream& out, const KnowledgeGraph& graph, std::string_view text,
                  bool in_title, const std::vector<ItemMention>& mentions, bool colour) {
  std::size_t at = 0;
  for (const ItemMention& m : mentions) {
    if (m.in_title != in_title) continue;
    out << text.substr(at, m.begin - at);
    std::string_view surface = text.substr(m.begin, m.end - m.begin);
    NodeKind kind = graph.node(m.node).kind;
    if (colour)
      out << "\x1b[" << kind_sgr(kind) << "m" << surface << "\x1b[0m";
    else
      out << "[[" << surface << '|' << to_string(kind) << "]]";
    at = m.end;
  }
  out << text.substr(at);
}

}  // namespace

void print_item(std::ostream& out, const KnowledgeGraph& graph, const Item& item,
                const std::vector<ItemMention>& mentions, bool colour) {
  out << "item " << item.n << "  " << format_dates(item.date, item.end_date) << "  ";
  print_marked(out, graph, item.title, true, mentions, colour);
  out << "\n" << item.source << ":" << item.line << "\n\n";
  std::string_view text = item.text;
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  print_marked(out, graph, text, false, mentions, colour);
  out << "\n\n";
  // Which entity each marked form became: where a cell's names come from.
  std::map<std::string, std::pair<NodeIndex, std::size_t>> entities;  // by id
  for (const ItemMention& m : mentions) {
    auto& entry = entities[graph.node(m.node).id];
    entry.first = m.node;
    ++entry.second;
  }
  Table table({"kind", "name", "id", "mentions"});
  table.align_right(3);
  for (const auto& [id, entry] : entities) {
    const NodeData& node = graph.node(entry.first);
    table.add_row({std::string(to_string(node.kind)), node.name, id, std::to_string(entry.second)});
  }
  table.print(out);
}

}  // namespace kg::render
