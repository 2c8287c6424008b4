// What surrounds one node: its neighbourhood within a few hops.
#include <algorithm>

#include "undirected.hpp"

namespace kg {

std::vector<Neighbour> neighbours(const KnowledgeGraph& graph, NodeIndex centre, std::size_t depth,
                                  const std::vector<NodeKind>& kinds) {
  detail::WalkRules rules;
  detail::UndirectedGraph view = detail::make_undirected(graph, rules);
  std::vector<std::size_t> rank = detail::id_ranks(graph);
  std::vector<std::size_t> distance = detail::bfs_distances(view, graph.node_count(), centre);

  std::vector<Neighbour> out;
  for (NodeIndex index : graph.nodes_sorted()) {
    std::size_t d = distance[index];
    if (index == centre || d == detail::kUnreached || d > depth) continue;
    if (!kinds.empty() &&
        std::find(kinds.begin(), kinds.end(), graph.node(index).kind) == kinds.end())
      continue;
    Neighbour neighbour{index, d, index, {}};
    bool found = false;
    for (auto [it, last] = boost::adjacent_vertices(index, view); it != last; ++it) {
      if (distance[*it] + 1 != d) continue;
      if (!found || rank[*it] < rank[neighbour.via]) neighbour.via = *it;
      found = true;
    }
    neighbour.edges = detail::edges_between(graph, neighbour.via, index, rules);
    out.push_back(std::move(neighbour));
  }
  // nodes_sorted() gave id order; a stable sort by distance keeps it within each distance.
  std::stable_sort(out.begin(), out.end(),
                   [](const Neighbour& a, const Neighbour& b) { return a.distance < b.distance; });
  return out;
}

}  // namespace kg
