// Who matters: rankings by degree, events attended, betweenness.
#include <algorithm>

#include <boost/graph/betweenness_centrality.hpp>

#include "undirected.hpp"

namespace kg {
namespace {

std::vector<double> betweenness(const KnowledgeGraph& graph) {
  detail::UndirectedGraph view = detail::make_undirected(graph, {});
  // On an undirected graph Boost counts each unordered pair once, as networkx does.
  std::vector<double> centrality(graph.node_count(), 0.0);
  boost::brandes_betweenness_centrality(
      view, boost::centrality_map(boost::make_iterator_property_map(
                centrality.begin(), boost::get(boost::vertex_index, view))));
  return centrality;
}

double events_attended(const KnowledgeGraph& graph, NodeIndex node) {
  std::vector<NodeIndex> events;
  for (const EdgeRef& edge : graph.out_edges(node))
    if (edge.data->kind == EdgeKind::attended && graph.node(edge.target).kind == NodeKind::event)
      events.push_back(edge.target);
  std::sort(events.begin(), events.end());
  return static_cast<double>(std::unique(events.begin(), events.end()) - events.begin());
}

}  // namespace

std::optional<RankBy> parse_rank_by(std::string_view text) {
  if (text == "degree") return RankBy::degree;
  if (text == "betweenness") return RankBy::betweenness;
  if (text == "events") return RankBy::events;
  return std::nullopt;
}

std::vector<RankEntry> rank_nodes(const KnowledgeGraph& graph, RankBy by,
                                  const std::vector<NodeKind>& kinds) {
  std::vector<double> central =
      by == RankBy::betweenness ? betweenness(graph) : std::vector<double>{};
  std::vector<RankEntry> out;
  for (NodeIndex index : graph.nodes_sorted()) {
    NodeKind kind = graph.node(index).kind;
    bool wanted = kinds.empty() ? kind != NodeKind::event
                                : std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    if (!wanted) continue;
    double score = 0;
    switch (by) {
      case RankBy::degree:
        score = static_cast<double>(boost::in_degree(index, graph.boost_graph()) +
                                    boost::out_degree(index, graph.boost_graph()));
        break;
      case RankBy::betweenness:
        score = central[index];
        break;
      case RankBy::events:
        score = events_attended(graph, index);
        break;
    }
    out.push_back({index, score});
  }
  // nodes_sorted() gave id order; the stable sort keeps it among equal scores.
  std::stable_sort(out.begin(), out.end(),
                   [](const RankEntry& a, const RankEntry& b) { return a.score > b.score; });
  return out;
}

}  // namespace kg
