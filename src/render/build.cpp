// `kg build` and `kg items`: what was read and built, for people.
#include <map>

#include "kg/render.hpp"

namespace kg::render {

void print_build_summary(std::ostream& out, const KnowledgeGraph& graph) {
  std::map<std::string, int> nodes, edges;
  for (NodeIndex index : graph.nodes_sorted())
    ++nodes[std::string(to_string(graph.node(index).kind))];
  for (const EdgeRef& edge : graph.edges_sorted()) ++edges[std::string(to_string(edge.data->kind))];
  out << "corpus " << graph.corpus << ": " << graph.items.size() << " items\n";
  out << "nodes " << graph.node_count() << ":";
  for (const auto& [kind, count] : nodes) out << ' ' << kind << ' ' << count;
  out << "\nedges " << graph.edge_count() << ":";
  for (const auto& [kind, count] : edges) out << ' ' << kind << ' ' << count;
  out << '\n';
}

}  // namespace kg::render
