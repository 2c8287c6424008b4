// An entity's card: what it is, where it is mentioned, what it is joined to.
#include <algorithm>
#include <map>
#include <tuple>

#include "kg/query.hpp"

namespace kg {

std::string edge_label(EdgeKind kind, bool outgoing) {
  switch (kind) {
    case EdgeKind::attended:
      return outgoing ? "attended" : "attended by";
    case EdgeKind::represents:
      return outgoing ? "represents" : "represented by";
    case EdgeKind::funds:
      return outgoing ? "funds" : "funded by";
    case EdgeKind::held_in:
      return outgoing ? "held in" : "events held here";
    case EdgeKind::active_in:
      return outgoing ? "active in" : "programmes active here";
    case EdgeKind::mentions:
      return outgoing ? "names" : "named in";
  }
  return std::string(to_string(kind)) + (outgoing ? "" : " (incoming)");
}

EntityCard entity_card(const KnowledgeGraph& graph, NodeIndex node) {
  EntityCard card;
  card.node = node;
  for (int n : graph.node(node).items) {
    auto it = std::find_if(graph.items.begin(), graph.items.end(),
                           [n](const ItemInfo& item) { return item.n == n; });
    card.items.push_back(it != graph.items.end() ? *it : ItemInfo{n, {}, {}, {}});
  }

  std::map<std::pair<EdgeKind, bool>, std::vector<CardEdge>> grouped;
  for (const EdgeRef& edge : graph.out_edges(node))
    grouped[{edge.data->kind, false}].push_back({edge.target, edge.data});
  for (const EdgeRef& edge : graph.in_edges(node))
    grouped[{edge.data->kind, true}].push_back({edge.source, edge.data});
  // Key (kind, incoming): outgoing groups sort before incoming ones of the same kind.
  for (auto& [key, edges] : grouped) {
    std::stable_sort(edges.begin(), edges.end(), [&](const CardEdge& a, const CardEdge& b) {
      const NodeData& x = graph.node(a.other);
      const NodeData& y = graph.node(b.other);
      bool x_event = x.kind == NodeKind::event, y_event = y.kind == NodeKind::event;
      if (x_event != y_event) return !x_event;
      if (x_event) return std::tie(x.date, x.n, x.id) < std::tie(y.date, y.n, y.id);
      return x.id < y.id;
    });
    bool outgoing = !key.second;
    card.groups.push_back({key.first, outgoing, edge_label(key.first, outgoing), std::move(edges)});
  }
  return card;
}

}  // namespace kg
