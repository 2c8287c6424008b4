// `kg explain`: an entity's mentions and edges, each with its sentence and rule.
#include <map>
#include <ostream>
#include <set>

#include "kg/error.hpp"
#include "kg/resolve.hpp"

namespace kg {
namespace {

void write_evidence(const Evidence& e, std::ostream& out) {
  out << "    item " << e.item << " [" << e.rule << "]";
  if (!e.surface.empty()) out << " \"" << e.surface << "\"";
  out << " (bytes " << e.begin << "-" << e.end << ")\n";
  out << "      " << e.sentence << "\n";
}

}  // namespace

NodeIndex find_entity(const KnowledgeGraph& graph, std::string_view name) {
  if (auto exact = graph.find(name)) return *exact;
  std::string wanted = fold_name(name);
  std::set<NodeIndex> by_name, by_alias;
  for (NodeIndex index : graph.nodes_sorted()) {
    const NodeData& node = graph.node(index);
    if (node.kind == NodeKind::event) continue;
    if (fold_name(node.name) == wanted) by_name.insert(index);
    for (const std::string& alias : node.aliases)
      if (fold_name(alias) == wanted) by_alias.insert(index);
  }
  const std::set<NodeIndex>& found = by_name.empty() ? by_alias : by_name;
  if (found.size() == 1) return *found.begin();
  if (found.empty())
    throw Error("no entity named \"" + std::string(name) + "\"", "", 0, 0, kExitNothingFound);
  std::string candidates;
  for (NodeIndex index : found)
    candidates += (candidates.empty() ? "" : ", ") + graph.node(index).id;
  throw Error("\"" + std::string(name) + "\" is ambiguous: " + candidates + " (give an id)");
}

void write_explanation(const KnowledgeGraph& graph, NodeIndex index, std::ostream& out) {
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

}  // namespace kg
