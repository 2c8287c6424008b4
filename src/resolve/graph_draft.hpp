// A graph taken apart into plain vectors, for the corrections that remove, merge or split
// nodes: KnowledgeGraph never removes a node, so such a change edits a draft and builds a
// new graph from it.
#pragma once

#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace kg::detail {

struct DraftEdge {
  std::size_t source = 0;
  std::size_t target = 0;
  EdgeData data;
};

struct GraphDraft {
  std::vector<NodeData> nodes;  // nodes[i] is the graph's node i
  std::vector<bool> alive;
  std::vector<DraftEdge> edges;
  std::string corpus;
  std::vector<ItemInfo> items;
  std::vector<AppliedCorrection> corrections;
};

GraphDraft draft_of(const KnowledgeGraph& graph);

// The graph of the live nodes (in draft order) and of the edges between them. Self-loops
// and edges whose ends' kinds no longer allow them are left out and counted in `dropped`.
KnowledgeGraph graph_of(GraphDraft draft, std::size_t& dropped);

// make_node_id(kind, name), or with "-2", "-3" ... appended while a live node other than
// `self` has it.
std::string unused_node_id(const GraphDraft& draft, NodeKind kind, const std::string& name,
                           std::size_t self);

}  // namespace kg::detail
