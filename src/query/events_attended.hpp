// The events a node attended inside a date window: shared by the engagement matrix and its
// evidence.
#pragma once

#include <set>

#include "kg/query.hpp"

namespace kg::detail {

// The attended edge runs node -> event; events outside the window are left out.
std::set<NodeIndex> events_attended(const KnowledgeGraph& graph, NodeIndex node,
                                    const GraphFilter& window);

}  // namespace kg::detail
