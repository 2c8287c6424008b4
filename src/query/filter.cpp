// The graph filter shared by the queries and the exports: date window, node and edge kinds.
#include <algorithm>
#include <cctype>

#include "kg/error.hpp"
#include "kg/query.hpp"

namespace kg {
namespace {

std::vector<std::string_view> split_list(std::string_view list) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view part = list.substr(start, comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) parts.push_back(part);
    start = comma + 1;
  }
  return parts;
}

template <typename T>
void add_unique(std::vector<T>& into, T value) {
  if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

bool item_in_window(const ItemInfo& item, const GraphFilter& filter) {
  NodeData probe;
  probe.kind = NodeKind::event;
  probe.date = item.date;
  probe.end_date = item.end_date;
  return filter.keeps_event_dates(probe);
}

}  // namespace

bool GraphFilter::keeps_event_dates(const NodeData& node) const {
  if (node.kind != NodeKind::event || (from.empty() && to.empty())) return true;
  if (node.date.empty()) return false;
  const std::string& last = node.end_date.empty() ? node.date : node.end_date;
  // ISO dates compare as strings.
  if (!from.empty() && last < from) return false;
  if (!to.empty() && node.date > to) return false;
  return true;
}

bool GraphFilter::keeps_edge_dates(const KnowledgeGraph& graph, const EdgeData& edge) const {
  if (from.empty() && to.empty()) return true;
  bool dated = false;
  for (int n : edge.items) {
    // Items are stored in order of n; look the item up by binary search.
    auto it = std::lower_bound(graph.items.begin(), graph.items.end(), n,
                               [](const ItemInfo& item, int value) { return item.n < value; });
    if (it == graph.items.end() || it->n != n || it->date.empty()) continue;
    dated = true;
    if (item_in_window(*it, *this)) return true;
  }
  return !dated;
}

bool GraphFilter::keeps_node_kind(NodeKind kind) const {
  return node_kinds.empty() ||
         std::find(node_kinds.begin(), node_kinds.end(), kind) != node_kinds.end();
}

bool GraphFilter::keeps_edge_kind(EdgeKind kind) const {
  return edge_kinds.empty() ||
         std::find(edge_kinds.begin(), edge_kinds.end(), kind) != edge_kinds.end();
}

std::vector<EdgeKind> parse_edge_kinds(std::string_view list) {
  std::vector<EdgeKind> kinds;
  for (std::string_view part : split_list(list)) {
    auto kind = parse_edge_kind(part);
    if (!kind)
      throw Error("unknown edge kind \"" + std::string(part) +
                  "\" (expected attended, represents, funds, held_in, active_in, mentions)");
    add_unique(kinds, *kind);
  }
  return kinds;
}

std::vector<NodeKind> parse_node_kinds(std::string_view list) {
  std::vector<NodeKind> kinds;
  for (std::string_view part : split_list(list)) {
    auto kind = parse_node_kind(part);
    if (!kind)
      throw Error("unknown node kind \"" + std::string(part) +
                  "\" (expected person, organisation, programme, place, event)");
    add_unique(kinds, *kind);
  }
  return kinds;
}

void check_iso_date(std::string_view date, std::string_view option) {
  auto digits = [&](std::size_t pos, std::size_t count) {
    for (std::size_t i = pos; i < pos + count; ++i)
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    return true;
  };
  bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-' && digits(0, 4) &&
               digits(5, 2) && digits(8, 2);
  int month = shape ? (date[5] - '0') * 10 + (date[6] - '0') : 0;
  int day = shape ? (date[8] - '0') * 10 + (date[9] - '0') : 0;
  if (!shape || month < 1 || month > 12 || day < 1 || day > 31)
    throw Error(std::string(option) + ": \"" + std::string(date) +
                "\" is not a date of the form YYYY-MM-DD");
}

KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter) {
  KnowledgeGraph out;
  out.corpus = graph.corpus;
  out.corrections = graph.corrections;
  for (const ItemInfo& item : graph.items)
    if (item_in_window(item, filter)) out.items.push_back(item);

  std::vector<std::optional<NodeIndex>> mapped(graph.node_count());
  std::vector<bool> keep(graph.node_count(), false);
  for (NodeIndex index : graph.nodes_sorted()) {
    const NodeData& node = graph.node(index);
    keep[index] = filter.keeps_node_kind(node.kind) && filter.keeps_event_dates(node);
  }
  std::vector<EdgeRef> edges;
  std::vector<bool> has_edge(graph.node_count(), false);
  for (const EdgeRef& edge : graph.edges_sorted()) {
    if (!keep[edge.source] || !keep[edge.target] || !filter.keeps_edge_kind(edge.data->kind) ||
        !filter.keeps_edge_dates(graph, *edge.data))
      continue;
    edges.push_back(edge);
    has_edge[edge.source] = has_edge[edge.target] = true;
  }
  for (NodeIndex index : graph.nodes_sorted()) {
    if (!keep[index]) continue;
    const NodeData& node = graph.node(index);
    if (filter.drop_isolated && node.kind != NodeKind::event && !has_edge[index]) continue;
    mapped[index] = out.add_node(node);
  }
  for (const EdgeRef& edge : edges)
    out.add_edge(*mapped[edge.source], *mapped[edge.target], *edge.data);
  return out;
}

}  // namespace kg
