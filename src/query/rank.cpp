// Who matters: rankings by degree, events attended, betweenness.
#include <algorithm>

#include "kg/progress.hpp"
#include "undirected.hpp"

namespace kg {
namespace {

// Brandes' algorithm on the undirected simple graph, written out (Boost.Graph's has no hook
// for progress, and a large graph takes minutes): one breadth-first search per source,
// then dependencies summed back in reverse order of distance. Each unordered pair is counted
// once (halved at the end), as Boost and networkx count it.
std::vector<double> betweenness(const KnowledgeGraph& graph) {
  detail::UndirectedGraph view = detail::make_undirected(graph, {});
  std::size_t n = boost::num_vertices(view);
  std::vector<std::vector<std::size_t>> adjacent(n);
  for (std::size_t v = 0; v < n; ++v)
    for (auto [it, last] = boost::adjacent_vertices(v, view); it != last; ++it)
      if (*it != v) adjacent[v].push_back(*it);

  std::vector<double> centrality(n, 0.0), paths(n, 0.0), dependency(n, 0.0);
  std::vector<std::size_t> distance(n, detail::kUnreached);
  std::vector<std::vector<std::size_t>> predecessors(n);
  std::vector<std::size_t> order;  // the breadth-first queue, kept as the visiting order
  order.reserve(n);
  ProgressTask progress("betweenness", "nodes", n);
  for (std::size_t source = 0; source < n; ++source) {
    order.assign(1, source);
    distance[source] = 0;
    paths[source] = 1;
    for (std::size_t head = 0; head < order.size(); ++head) {
      std::size_t v = order[head];
      for (std::size_t w : adjacent[v]) {
        if (distance[w] == detail::kUnreached) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) {
          paths[w] += paths[v];
          predecessors[w].push_back(v);
        }
      }
    }
    for (std::size_t i = order.size(); i-- > 0;) {
      std::size_t w = order[i];
      for (std::size_t v : predecessors[w])
        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
      if (w != source) centrality[w] += dependency[w];
    }
    for (std::size_t v : order) {  // only what this search touched: cheap on a sparse graph
      distance[v] = detail::kUnreached;
      paths[v] = dependency[v] = 0;
      predecessors[v].clear();
    }
    progress.advance();
  }
  for (double& c : centrality) c /= 2;
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
