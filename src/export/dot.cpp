// Graphviz DOT: node kinds as shapes and fill colours, so a picture reads without a legend
// once seen; edge weights as pen widths; every id and label a quoted, escaped string.
#include <algorithm>
#include <ostream>

#include "escape.hpp"
#include "kg/export.hpp"
#include "values.hpp"

namespace kg {
namespace {

std::string_view kind_shape(NodeKind kind) {
  switch (kind) {
    case NodeKind::person:
      return "ellipse";
    case NodeKind::organisation:
      return "box";
    case NodeKind::programme:
      return "hexagon";
    case NodeKind::place:
      return "house";
    case NodeKind::event:
      return "note";
  }
  return "ellipse";
}

// Events read best with their date: "2018-06-19\nExchanges on migration".
std::string node_label(const ExportNode& node) {
  if (node.kind == NodeKind::event && !node.spans.empty())
    return node.spans.front().start + "\n" + node.label;
  return node.label;
}

}  // namespace

void write_dot(const ExportGraph& graph, std::ostream& out) {
  const char* arrow = graph.directed ? " -> " : " -- ";
  out << (graph.directed ? "digraph " : "graph ") << escape::dot_string(graph.name) << " {\n"
      << "  graph [label=" << escape::dot_string(graph.description)
      << ", labelloc=t, overlap=false, splines=true, fontname=\"Helvetica\"];\n"
      << "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  for (const ExportNode& node : graph.nodes) {
    values::Colour colour = values::kind_colour(node.kind);
    out << "  " << escape::dot_string(node.id) << " [label=" << escape::dot_string(node_label(node))
        << ", class=" << escape::dot_string(to_string(node.kind))
        << ", shape=" << kind_shape(node.kind) << ", fillcolor=\"" << values::hex(colour)
        << "40\", color=\"" << values::hex(colour) << "\"];\n";
  }
  for (const ExportEdge& edge : graph.edges) {
    // Pen widths grow with the weight, slowly, so a busy edge does not hide its neighbours.
    double width = std::min(1.0 + (edge.weight - 1.0) * 0.5, 6.0);
    out << "  " << escape::dot_string(graph.nodes[edge.source].id) << arrow
        << escape::dot_string(graph.nodes[edge.target].id) << " [label="
        << escape::dot_string(graph.directed ? edge.kind : values::format_real(edge.weight))
        << ", class=" << escape::dot_string(edge.kind)
        << ", weight=" << values::format_real(std::max(edge.weight, 1.0))
        << ", penwidth=" << values::format_real(width) << "];\n";
  }
  out << "}\n";
}

}  // namespace kg
