// `kg show`: an entity's card in three formats.
#include <algorithm>
#include <sstream>

#include "kg/render.hpp"

namespace kg::render {
namespace {

// Item titles run to 200 characters; the card stays readable in a terminal.
constexpr std::size_t kTitleWidth = 72;

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

std::string item_numbers(const std::vector<int>& items) {
  std::vector<std::string> numbers;
  for (int n : items) numbers.push_back(std::to_string(n));
  return join(numbers, " ");
}

void print_card_table(std::ostream& out, const KnowledgeGraph& graph, const EntityCard& card) {
  const NodeData& node = graph.node(card.node);
  out << node.name << '\n';
  Table facts({"", ""});
  facts.add_row({"kind", std::string(to_string(node.kind))});
  facts.add_row({"id", node.id});
  if (node.kind == NodeKind::event) {
    facts.add_row({"date", format_dates(node.date, node.end_date)});
  } else {
    facts.add_row({"aliases", node.aliases.empty() ? "-" : join(node.aliases, "; ")});
  }
  std::ostringstream facts_text;
  facts.print(facts_text, "  ");
  // The header row of a two-column fact list is blank: skip it.
  std::string text = facts_text.str();
  out << text.substr(text.find('\n') + 1);

  out << "\n  mentioned in " << card.items.size() << (card.items.size() == 1 ? " item" : " items")
      << '\n';
  Table items({"n", "date", "title"});
  items.align_right(0);
  for (const ItemInfo& item : card.items)
    items.add_row({std::to_string(item.n), format_dates(item.date, item.end_date),
                   shorten(item.title, kTitleWidth)});
  if (!items.empty()) items.print(out, "    ");

  for (const CardEdgeGroup& group : card.groups) {
    out << "\n  " << group.label << " (" << group.edges.size() << ")\n";
    bool events = std::any_of(group.edges.begin(), group.edges.end(), [&](const CardEdge& e) {
      return graph.node(e.other).kind == NodeKind::event;
    });
    Table edges(events ? std::vector<std::string>{"date", "title", "id", "items"}
                       : std::vector<std::string>{"name", "kind", "id", "items"});
    for (const CardEdge& edge : group.edges) {
      const NodeData& other = graph.node(edge.other);
      std::vector<std::string> row{other.name, std::string(to_string(other.kind)), other.id,
                                   item_numbers(edge.data->items)};
      if (events)
        row = {format_dates(other.date, other.end_date), shorten(other.name, kTitleWidth), other.id,
               item_numbers(edge.data->items)};
      edges.add_row(row);
    }
    edges.print(out, "    ");
  }
}

void print_card_json(std::ostream& out, const KnowledgeGraph& graph, const EntityCard& card) {
  const NodeData& node = graph.node(card.node);
  print_json(out, [&](JsonWriter& w) {
    w.start_object();
    json_node_fields(w, node);
    w.key("aliases");
    w.start_array();
    for (const auto& alias : node.aliases) w.string(alias);
    w.end_array();
    w.key("items");
    w.start_array();
    for (const ItemInfo& item : card.items) {
      w.start_object();
      w.key("n");
      w.integer(item.n);
      json_key_string(w, "date", item.date);
      json_key_string(w, "end_date", item.end_date);
      json_key_string(w, "title", item.title);
      w.end_object();
    }
    w.end_array();
    w.key("edges");
    w.start_array();
    for (const CardEdgeGroup& group : card.groups) {
      w.start_object();
      json_key_string(w, "edge", to_string(group.kind));
      json_key_string(w, "direction", group.outgoing ? "out" : "in");
      json_key_string(w, "label", group.label);
      w.key("nodes");
      w.start_array();
      for (const CardEdge& edge : group.edges) {
        w.start_object();
        json_node_fields(w, graph.node(edge.other));
        json_ints(w, "items", edge.data->items);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  });
}

void print_card_csv(std::ostream& out, const KnowledgeGraph& graph, const EntityCard& card) {
  Table rows({"edge", "direction", "id", "name", "kind", "date", "end_date", "items"});
  for (const CardEdgeGroup& group : card.groups)
    for (const CardEdge& edge : group.edges) {
      const NodeData& other = graph.node(edge.other);
      rows.add_row({std::string(to_string(group.kind)), group.outgoing ? "out" : "in", other.id,
                    other.name, std::string(to_string(other.kind)), other.date, other.end_date,
                    item_numbers(edge.data->items)});
    }
  rows.print_csv(out);
}

}  // namespace

void print_card(std::ostream& out, const KnowledgeGraph& graph, const EntityCard& card,
                Format format) {
  switch (format) {
    case Format::json:
      return print_card_json(out, graph, card);
    case Format::csv:
      return print_card_csv(out, graph, card);
    case Format::table:
      return print_card_table(out, graph, card);
  }
}

}  // namespace kg::render
