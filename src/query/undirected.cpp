#include "undirected.hpp"

#include <algorithm>

namespace kg::detail {

bool WalkRules::keeps_node(const KnowledgeGraph& graph, NodeIndex index) const {
  if (std::find(ends.begin(), ends.end(), index) != ends.end()) return true;
  if (index < blocked.size() && blocked[index]) return false;
  const NodeData& node = graph.node(index);
  return filter.keeps_node_kind(node.kind) && filter.keeps_event_dates(node);
}

bool WalkRules::keeps_edge(const KnowledgeGraph& graph, const EdgeRef& edge) const {
  return filter.keeps_edge_kind(edge.data->kind) && keeps_node(graph, edge.source) &&
         keeps_node(graph, edge.target) && filter.keeps_edge_dates(graph, *edge.data);
}

UndirectedGraph make_undirected(const KnowledgeGraph& graph, const WalkRules& rules) {
  std::vector<std::pair<NodeIndex, NodeIndex>> pairs;
  for (const EdgeRef& edge : graph.edges_sorted()) {
    if (edge.source == edge.target || !rules.keeps_edge(graph, edge)) continue;
    pairs.emplace_back(std::min(edge.source, edge.target), std::max(edge.source, edge.target));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  UndirectedGraph out(graph.node_count());
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, out);
  return out;
}

std::vector<EdgeRef> edges_between(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b,
                                   const WalkRules& rules) {
  std::vector<EdgeRef> out;
  for (const EdgeRef& edge : graph.out_edges(a))
    if (edge.target == b && rules.keeps_edge(graph, edge)) out.push_back(edge);
  if (a != b)
    for (const EdgeRef& edge : graph.out_edges(b))
      if (edge.target == a && rules.keeps_edge(graph, edge)) out.push_back(edge);
  std::stable_sort(out.begin(), out.end(),
                   [](const EdgeRef& x, const EdgeRef& y) { return x.data->kind < y.data->kind; });
  return out;
}

std::vector<std::size_t> id_ranks(const KnowledgeGraph& graph) {
  std::vector<std::size_t> rank(graph.node_count());
  std::size_t position = 0;
  for (NodeIndex index : graph.nodes_sorted()) rank[index] = position++;
  return rank;
}

}  // namespace kg::detail
