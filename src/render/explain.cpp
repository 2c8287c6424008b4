// `kg explain`: an entity's mentions and edges, each with its sentence and rule.
#include <algorithm>

#include "kg/render.hpp"

namespace kg::render {
namespace {

void write_evidence(const Evidence& e, std::ostream& out) {
  out << "    item " << e.item << " [" << e.rule << "]";
  if (!e.surface.empty()) out << " \"" << e.surface << "\"";
  out << " (bytes " << e.begin << "-" << e.end << ")\n";
  out << "      " << e.sentence << "\n";
}

// A correction that renamed, re-kinded, merged, split or dropped a node (edge corrections
// show in their edge's evidence instead).
bool changes_node(const AppliedCorrection& correction) {
  std::string_view verb = std::string_view(correction.text).substr(0, correction.text.find(' '));
  for (std::string_view node_verb : {"rename", "kind", "drop", "same", "different"})
    if (verb == node_verb) return true;
  return false;
}

void write_corrections(const KnowledgeGraph& graph, const NodeData& node, std::ostream& out) {
  std::vector<const AppliedCorrection*> found;
  for (const AppliedCorrection& c : graph.corrections)
    if (changes_node(c) && std::find(c.nodes.begin(), c.nodes.end(), node.id) != c.nodes.end())
      found.push_back(&c);
  if (found.empty()) return;
  out << "  corrections (" << found.size() << "):\n";
  for (const AppliedCorrection* c : found) {
    out << "    correction " << c->source << ": " << c->text;
    if (!c->note.empty()) out << "  # " << c->note;
    out << "\n";
  }
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
  out << "\n";
  write_corrections(graph, node, out);
  out << "  mentions (" << node.mentions.size() << "):\n";
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
