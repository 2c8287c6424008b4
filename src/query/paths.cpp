// Shortest paths between two entities, direction ignored.
#include <algorithm>
#include <optional>

#include "kg/error.hpp"
#include "undirected.hpp"
#include "yen.hpp"

namespace kg {
namespace {

using detail::kUnreached;

// Every shortest walk, in id order: a depth-first walk down the distances to `to`.
void all_shortest_walks(const detail::UndirectedGraph& graph,
                        const std::vector<std::size_t>& distance_to,
                        const std::vector<std::size_t>& rank, NodeIndex to,
                        std::vector<NodeIndex>& walk, std::size_t max_paths,
                        std::vector<std::vector<NodeIndex>>& out, bool& truncated) {
  NodeIndex current = walk.back();
  if (current == to) {
    if (out.size() == max_paths) {
      truncated = true;
      return;
    }
    out.push_back(walk);
    return;
  }
  std::vector<NodeIndex> next;
  for (auto [it, last] = boost::adjacent_vertices(current, graph); it != last; ++it)
    if (distance_to[*it] + 1 == distance_to[current]) next.push_back(*it);
  std::sort(next.begin(), next.end(), [&](NodeIndex a, NodeIndex b) { return rank[a] < rank[b]; });
  for (NodeIndex v : next) {
    if (truncated) return;
    walk.push_back(v);
    all_shortest_walks(graph, distance_to, rank, to, walk, max_paths, out, truncated);
    walk.pop_back();
  }
}

Path to_path(const KnowledgeGraph& graph, const std::vector<NodeIndex>& walk,
             const detail::WalkRules& rules) {
  Path path;
  path.nodes = walk;
  for (std::size_t i = 0; i + 1 < walk.size(); ++i)
    path.hops.push_back({detail::edges_between(graph, walk[i], walk[i + 1], rules)});
  return path;
}

}  // namespace

struct PathFinder::Kept {
  std::vector<std::size_t> rank;                 // by node index: its place in id order
  std::optional<detail::UndirectedGraph> whole;  // every edge, made on first use

  const detail::UndirectedGraph& whole_of(const KnowledgeGraph& graph) {
    if (!whole) whole = detail::make_undirected(graph, {});
    return *whole;
  }
};

PathFinder::PathFinder(const KnowledgeGraph& graph) : graph_(graph) {}
PathFinder::~PathFinder() = default;

void PathFinder::prepare() {
  if (!kept_) kept_ = std::make_unique<Kept>(Kept{detail::id_ranks(graph_), std::nullopt});
  kept_->whole_of(graph_);
}

PathResult PathFinder::find(NodeIndex from, NodeIndex to, const PathOptions& options) {
  if (options.all && options.k > 1) throw Error("--all and -k cannot be combined");
  if (options.k == 0) throw Error("-k must be at least 1");
  if (!kept_) kept_ = std::make_unique<Kept>(Kept{detail::id_ranks(graph_), std::nullopt});
  detail::WalkRules rules{options.filter, {from, to}, {}};
  if (!options.avoid.empty() || options.max_degree) {
    rules.blocked.assign(graph_.node_count(), false);
    for (NodeIndex node : options.avoid) rules.blocked.at(node) = true;
    if (options.max_degree) {
      const detail::UndirectedGraph& whole = kept_->whole_of(graph_);
      for (NodeIndex node = 0; node < graph_.node_count(); ++node)
        if (boost::degree(node, whole) > *options.max_degree) rules.blocked[node] = true;
    }
  }
  // Without a filter or blocked nodes every edge counts: the kept view is the query's.
  std::optional<detail::UndirectedGraph> restricted;
  if (!options.filter.empty() || !rules.blocked.empty())
    restricted = detail::make_undirected(graph_, rules);
  const detail::UndirectedGraph& view = restricted ? *restricted : kept_->whole_of(graph_);
  const std::vector<std::size_t>& rank = kept_->rank;

  std::vector<std::vector<NodeIndex>> walks;
  PathResult result;
  if (options.k > 1) {
    walks = detail::yen_k_shortest(view, rank, from, to, options.k, options.max_hops);
  } else {
    // The search stops once `from` is reached: the walks use no node farther from `to`.
    std::vector<std::size_t> distance = detail::bfs_distances(view, graph_.node_count(), to, from);
    bool reachable =
        distance[from] != kUnreached && (!options.max_hops || distance[from] <= *options.max_hops);
    if (reachable && options.all) {
      std::vector<NodeIndex> walk{from};
      all_shortest_walks(view, distance, rank, to, walk,
                         std::max<std::size_t>(options.max_paths, 1), walks, result.truncated);
    } else if (reachable) {
      walks.push_back(detail::first_shortest_walk(view, distance, rank, from, to));
    }
  }
  for (const auto& walk : walks) result.paths.push_back(to_path(graph_, walk, rules));
  return result;
}

PathResult find_paths(const KnowledgeGraph& graph, NodeIndex from, NodeIndex to,
                      const PathOptions& options) {
  return PathFinder(graph).find(from, to, options);
}

}  // namespace kg
