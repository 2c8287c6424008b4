// Private to src/query: the graph seen without directions, as Boost.Graph wants it.
#pragma once

#include <limits>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "kg/query.hpp"

namespace kg::detail {

// A simple undirected graph whose vertex i is node i of the KnowledgeGraph; parallel edges
// of different kinds collapse into one.
using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

inline constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

// Which nodes and edges a walk may use.
struct WalkRules {
  GraphFilter filter;           // kinds and window; node kinds bind only `free` nodes
  std::vector<NodeIndex> ends;  // nodes that pass whatever the node kinds say
  std::vector<bool> blocked;    // by node index: avoided or too busy (ends pass all the same)

  bool keeps_node(const KnowledgeGraph& graph, NodeIndex index) const;
  bool keeps_edge(const KnowledgeGraph& graph, const EdgeRef& edge) const;
};

UndirectedGraph make_undirected(const KnowledgeGraph& graph, const WalkRules& rules);

// The edges joining a and b (either direction) that the rules keep, ordered by kind.
std::vector<EdgeRef> edges_between(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b,
                                   const WalkRules& rules);

// rank[node] = position of the node in id order: comparing ranks compares ids.
std::vector<std::size_t> id_ranks(const KnowledgeGraph& graph);

// Hop counts from `source` over any Boost graph whose vertices are 0..n-1 (also a
// filtered_graph of UndirectedGraph); kUnreached where no walk leads. With `stop_at`, the
// search ends when it reaches that vertex: every vertex nearer to `source` has its count
// then, the others may be left kUnreached.
template <typename Graph>
std::vector<std::size_t> bfs_distances(const Graph& graph, std::size_t vertex_count,
                                       std::size_t source, std::size_t stop_at = kUnreached) {
  std::vector<std::size_t> distance(vertex_count, kUnreached);
  distance[source] = 0;
  if (source == stop_at) return distance;
  std::vector<std::size_t> queue{source};
  for (std::size_t head = 0; head < queue.size(); ++head) {
    std::size_t vertex = queue[head];
    for (auto [it, last] = boost::adjacent_vertices(vertex, graph); it != last; ++it) {
      if (distance[*it] != kUnreached) continue;
      distance[*it] = distance[vertex] + 1;
      if (*it == stop_at) return distance;
      queue.push_back(*it);
    }
  }
  return distance;
}

// The shortest walk from `from` to `to` whose node ids come first in lexicographic order,
// or an empty vector. `distance_to` holds the hop counts to `to` (bfs_distances from `to`).
template <typename Graph>
std::vector<NodeIndex> first_shortest_walk(const Graph& graph,
                                           const std::vector<std::size_t>& distance_to,
                                           const std::vector<std::size_t>& rank, NodeIndex from,
                                           NodeIndex to) {
  if (distance_to[from] == kUnreached) return {};
  std::vector<NodeIndex> walk{from};
  for (NodeIndex current = from; current != to;) {
    NodeIndex next = current;
    for (auto [it, last] = boost::adjacent_vertices(current, graph); it != last; ++it) {
      NodeIndex v = *it;
      if (distance_to[v] + 1 != distance_to[current]) continue;
      if (next == current || rank[v] < rank[next]) next = v;
    }
    walk.push_back(next);
    current = next;
  }
  return walk;
}

}  // namespace kg::detail
