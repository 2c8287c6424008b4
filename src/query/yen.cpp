// Yen's algorithm with unit weights. Each spur path is the first shortest walk in id order,
// and candidates are taken in (hops, node ids) order, so the k paths are exactly the first k
// loopless paths in that order: ties come out the same on every run.
#include "yen.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <boost/graph/filtered_graph.hpp>

namespace kg::detail {
namespace {

using Walk = std::vector<NodeIndex>;
// (hops, ranks of the nodes): ordering these orders walks by length, then by node ids.
using WalkKey = std::pair<std::size_t, std::vector<std::size_t>>;

WalkKey key_of(const Walk& walk, const std::vector<std::size_t>& rank) {
  WalkKey key{walk.size() - 1, {}};
  for (NodeIndex node : walk) key.second.push_back(rank[node]);
  return key;
}

struct KeepEdge {
  const UndirectedGraph* graph = nullptr;
  const std::set<std::pair<NodeIndex, NodeIndex>>* removed = nullptr;
  bool operator()(UndirectedGraph::edge_descriptor edge) const {
    NodeIndex a = boost::source(edge, *graph), b = boost::target(edge, *graph);
    return removed->count({std::min(a, b), std::max(a, b)}) == 0;
  }
};

struct KeepVertex {
  const std::vector<bool>* removed = nullptr;
  bool operator()(std::size_t vertex) const { return !(*removed)[vertex]; }
};

// The first shortest walk from spur to `to` that avoids the root's nodes and the removed
// edges.
Walk spur_walk(const UndirectedGraph& graph, const std::vector<std::size_t>& rank, NodeIndex spur,
               NodeIndex to, const std::set<std::pair<NodeIndex, NodeIndex>>& removed_edges,
               const std::vector<bool>& removed_vertices) {
  boost::filtered_graph<UndirectedGraph, KeepEdge, KeepVertex> view(
      graph, KeepEdge{&graph, &removed_edges}, KeepVertex{&removed_vertices});
  std::vector<std::size_t> distance = bfs_distances(view, boost::num_vertices(graph), to, spur);
  return first_shortest_walk(view, distance, rank, spur, to);
}

}  // namespace

std::vector<Walk> yen_k_shortest(const UndirectedGraph& graph, const std::vector<std::size_t>& rank,
                                 NodeIndex from, NodeIndex to, std::size_t k,
                                 std::optional<std::size_t> max_hops) {
  std::vector<Walk> found;
  std::set<std::pair<NodeIndex, NodeIndex>> no_edges;
  std::vector<bool> no_vertices(boost::num_vertices(graph), false);
  Walk first = spur_walk(graph, rank, from, to, no_edges, no_vertices);
  if (first.empty() || (max_hops && first.size() - 1 > *max_hops)) return found;
  found.push_back(first);

  std::map<WalkKey, Walk> candidates;
  std::set<WalkKey> seen{key_of(first, rank)};
  while (found.size() < k) {
    const Walk previous = found.back();
    for (std::size_t i = 0; i + 1 < previous.size(); ++i) {
      Walk root(previous.begin(), previous.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      std::set<std::pair<NodeIndex, NodeIndex>> removed_edges;
      for (const Walk& walk : found)
        if (walk.size() > i + 1 && std::equal(root.begin(), root.end(), walk.begin()))
          removed_edges.insert({std::min(walk[i], walk[i + 1]), std::max(walk[i], walk[i + 1])});
      std::vector<bool> removed_vertices(boost::num_vertices(graph), false);
      for (std::size_t j = 0; j < i; ++j) removed_vertices[root[j]] = true;
      Walk spur = spur_walk(graph, rank, previous[i], to, removed_edges, removed_vertices);
      if (spur.empty()) continue;
      Walk total = root;
      total.insert(total.end(), spur.begin() + 1, spur.end());
      if (max_hops && total.size() - 1 > *max_hops) continue;
      WalkKey key = key_of(total, rank);
      if (seen.insert(key).second) candidates.emplace(std::move(key), std::move(total));
    }
    if (candidates.empty()) break;
    found.push_back(std::move(candidates.begin()->second));
    candidates.erase(candidates.begin());
  }
  return found;
}

}  // namespace kg::detail
