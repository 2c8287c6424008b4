#include "graph_draft.hpp"

namespace kg::detail {

GraphDraft draft_of(const KnowledgeGraph& graph) {
  GraphDraft draft;
  draft.corpus = graph.corpus;
  draft.items = graph.items;
  draft.corrections = graph.corrections;
  for (NodeIndex i = 0; i < graph.node_count(); ++i) draft.nodes.push_back(graph.node(i));
  draft.alive.assign(draft.nodes.size(), true);
  for (const EdgeRef& edge : graph.edges_sorted())
    draft.edges.push_back({edge.source, edge.target, *edge.data});
  return draft;
}

KnowledgeGraph graph_of(GraphDraft draft, std::size_t& dropped) {
  KnowledgeGraph graph;
  graph.corpus = std::move(draft.corpus);
  graph.items = std::move(draft.items);
  graph.corrections = std::move(draft.corrections);
  std::vector<NodeIndex> index(draft.nodes.size());
  for (std::size_t i = 0; i < draft.nodes.size(); ++i)
    if (draft.alive[i]) index[i] = graph.add_node(std::move(draft.nodes[i]));
  dropped = 0;
  for (DraftEdge& edge : draft.edges) {
    if (!draft.alive[edge.source] || !draft.alive[edge.target]) continue;
    NodeIndex from = index[edge.source], to = index[edge.target];
    if (from == to || !edge_allowed(edge.data.kind, graph.node(from).kind, graph.node(to).kind)) {
      ++dropped;
      continue;
    }
    graph.add_edge(from, to, std::move(edge.data));
  }
  return graph;
}

std::string unused_node_id(const GraphDraft& draft, NodeKind kind, const std::string& name,
                           std::size_t self) {
  std::string base = make_node_id(kind, name);
  auto taken = [&](const std::string& id) {
    for (std::size_t i = 0; i < draft.nodes.size(); ++i)
      if (i != self && draft.alive[i] && draft.nodes[i].id == id) return true;
    return false;
  };
  std::string id = base;
  for (int k = 2; taken(id); ++k) id = base + "-" + std::to_string(k);
  return id;
}

}  // namespace kg::detail
