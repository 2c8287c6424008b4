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
  // Every edge in any order: the pairs are sorted below (the id order of edges_sorted(),
  // string comparisons over every edge, took most of a path query on a large graph).
  const BoostGraph& boost_graph = graph.boost_graph();
  std::vector<std::pair<NodeIndex, NodeIndex>> pairs;
  pairs.reserve(graph.edge_count());
  for (auto [it, last] = boost::edges(boost_graph); it != last; ++it) {
    EdgeRef edge{boost::source(*it, boost_graph), boost::target(*it, boost_graph),
                 &boost_graph[*it]};
    if (edge.source == edge.target || !rules.keeps_edge(graph, edge)) continue;
    pairs.emplace_back(std::min(edge.source, edge.target), std::max(edge.source, edge.target));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  UndirectedGraph out(graph.node_count());
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, out);
  return out;
}

namespace {

// The edges from `source` to `target` that the rules keep, ordered by kind (one edge per
// kind): the source's other out-edges are not sorted, as KnowledgeGraph::out_edges would.
void add_edges_to(const KnowledgeGraph& graph, NodeIndex source, NodeIndex target,
                  const WalkRules& rules, std::vector<EdgeRef>& out) {
  const BoostGraph& boost_graph = graph.boost_graph();
  std::size_t first = out.size();
  for (auto [it, last] = boost::out_edges(source, boost_graph); it != last; ++it) {
    EdgeRef edge{source, boost::target(*it, boost_graph), &boost_graph[*it]};
    if (edge.target == target && rules.keeps_edge(graph, edge)) out.push_back(edge);
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const EdgeRef& x, const EdgeRef& y) { return x.data->kind < y.data->kind; });
}

}  // namespace

std::vector<EdgeRef> edges_between(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b,
                                   const WalkRules& rules) {
  std::vector<EdgeRef> out;
  add_edges_to(graph, a, b, rules, out);
  if (a != b) add_edges_to(graph, b, a, rules, out);
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
