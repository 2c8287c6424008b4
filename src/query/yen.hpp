// Private to src/query: Yen's k shortest loopless paths on the undirected view.
#pragma once

#include <optional>
#include <vector>

#include "undirected.hpp"

namespace kg::detail {

// Up to k loopless walks from `from` to `to`, ordered by (hops, node ids), none longer than
// `max_hops` when given.
std::vector<std::vector<NodeIndex>> yen_k_shortest(const UndirectedGraph& graph,
                                                   const std::vector<std::size_t>& rank,
                                                   NodeIndex from, NodeIndex to, std::size_t k,
                                                   std::optional<std::size_t> max_hops);

}  // namespace kg::detail
