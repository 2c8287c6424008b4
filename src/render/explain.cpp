// `kg explain`: an entity's mentions and edges, each with its sentence and rule.
#include "kg/render.hpp"

namespace kg::render {
namespace {

void write_evidence(const Evidence& e, std::ostream& out) {
  out << "    item " << e.item << " [" << e.rule << "]";
  if (!e.surface.empty()) out << " \"" << e.surface << "\"";
  out << " (bytes " << e.begin << "-" << e.end << ")\n";
  out << "      " << e.sentence << "\n";
}

}  // namespace

void print_explanation(std::ostream& out, const KnowledgeGraph& graph, NodeIndex index) {
  const NodeData& node = graph.node(index);
  out << node.id << "  " << node.name << " (" << to_string(node.kind) << ")\n";
  if (!node.aliases.empty()) {
    out << "  aliases:";
    for (const std::string& alias : node.aliases) out << " \"" << alias << "\"";
    out << "\n";
  }
  out << "  items:";
  for (int n : node.items) out << ' ' << n;
  out << "\n  mentions (" << node.mentions.size() << "):\n";
  for (const Evidence& e : node.mentions) write_evidence(e, out);
  auto edges = [&](const std::vector<EdgeRef>& list, bool outgoing) {
    for (const EdgeRef& edge : list) {
      const NodeData& other = graph.node(outgoing ? edge.target : edge.source);
      out << "  " << (outgoing ? "" : "<- ") << to_string(edge.data->kind)
          << (outgoing ? " -> " : " from ") << other.id << " (" << other.name << ")\n";
      for (const Evidence& e : edge.data->evidence) write_evidence(e, out);
    }
  };
  out << "  edges:\n";
  edges(graph.out_edges(index), true);
  edges(graph.in_edges(index), false);
}

}  // namespace kg::render
