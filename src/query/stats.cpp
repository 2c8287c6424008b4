// Counts of a graph: kinds, connected components, the busiest entities.
#include <algorithm>

#include <boost/graph/connected_components.hpp>

#include "undirected.hpp"

namespace kg {

GraphStats graph_stats(const KnowledgeGraph& graph, std::size_t busiest_count) {
  GraphStats stats;
  stats.items = graph.items.size();
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();
  constexpr NodeKind kNodeKinds[] = {NodeKind::person, NodeKind::organisation, NodeKind::programme,
                                     NodeKind::place, NodeKind::event};
  constexpr EdgeKind kEdgeKinds[] = {EdgeKind::attended, EdgeKind::represents, EdgeKind::funds,
                                     EdgeKind::held_in,  EdgeKind::active_in,  EdgeKind::mentions};
  for (NodeKind kind : kNodeKinds) stats.nodes_by_kind.push_back({std::string(to_string(kind)), 0});
  for (EdgeKind kind : kEdgeKinds) stats.edges_by_kind.push_back({std::string(to_string(kind)), 0});
  stats.largest_by_kind = stats.nodes_by_kind;
  for (NodeIndex index : graph.nodes_sorted())
    ++stats.nodes_by_kind[static_cast<std::size_t>(graph.node(index).kind)].count;
  for (const EdgeRef& edge : graph.edges_sorted())
    ++stats.edges_by_kind[static_cast<std::size_t>(edge.data->kind)].count;

  detail::UndirectedGraph view = detail::make_undirected(graph, {});
  std::vector<std::size_t> component(graph.node_count(), 0);
  stats.components =
      graph.node_count() == 0
          ? 0
          : static_cast<std::size_t>(boost::connected_components(
                view, boost::make_iterator_property_map(component.begin(),
                                                        boost::get(boost::vertex_index, view))));
  std::vector<std::size_t> sizes(stats.components, 0);
  for (std::size_t c : component) ++sizes[c];
  for (NodeIndex index = 0; index < graph.node_count(); ++index)
    if (boost::degree(index, view) == 0) ++stats.isolated;
  if (!sizes.empty()) {
    // Among equally large components, the one holding the first node id: vertex numbers
    // differ between a built graph and its saved copy, ids do not.
    std::size_t most = *std::max_element(sizes.begin(), sizes.end());
    std::size_t largest = 0;
    for (NodeIndex index : graph.nodes_sorted())
      if (sizes[component[index]] == most) {
        largest = component[index];
        break;
      }
    stats.largest_component = most;
    for (NodeIndex index = 0; index < graph.node_count(); ++index)
      if (component[index] == largest)
        ++stats.largest_by_kind[static_cast<std::size_t>(graph.node(index).kind)].count;
  }
  std::vector<RankEntry> ranked = rank_nodes(graph, RankBy::degree);
  if (ranked.size() > busiest_count) ranked.resize(busiest_count);
  stats.busiest = std::move(ranked);
  return stats;
}

}  // namespace kg
