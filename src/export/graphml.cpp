// GraphML: Gephi, yEd, networkx and igraph read it. Gephi ignores a <key> without `for` or
// `attr.type`, takes the attributes named `label` and `weight` as label and weight, and
// merges parallel edges unless their ids differ; yEd breaks on repeated edge ids.
#include <ostream>

#include "escape.hpp"
#include "kg/export.hpp"
#include "values.hpp"

namespace kg {
namespace {

std::string_view graphml_type(ValueType type) {
  switch (type) {
    case ValueType::integer:
      return "int";
    case ValueType::real:
      return "double";
    default:
      return "string";  // dates and lists as text
  }
}

void write_key(std::ostream& out, std::string_view id, std::string_view domain,
               std::string_view name, std::string_view type) {
  out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << name
      << "\" attr.type=\"" << type << "\"/>\n";
}

void write_data(std::ostream& out, std::string_view key, std::string_view text) {
  out << "      <data key=\"" << key << "\">" << escape::xml(text, false) << "</data>\n";
}

void write_values(std::ostream& out, std::string_view prefix,
                  const std::vector<Attribute>& attributes, const std::vector<Value>& values) {
  for (std::size_t i = 0; i < attributes.size() && i < values.size(); ++i)
    if (values::has_value(values[i]))
      write_data(out, std::string(prefix) + attributes[i].name, values::as_text(values[i]));
}

}  // namespace

void write_graphml(const ExportGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  write_key(out, "n_label", "node", "label", "string");
  write_key(out, "n_kind", "node", "kind", "string");
  std::vector<bool> node_used = values::used_node_attributes(graph);
  for (std::size_t i = 0; i < graph.node_attributes.size(); ++i)
    if (node_used[i])
      write_key(out, "n_" + graph.node_attributes[i].name, "node", graph.node_attributes[i].name,
                graphml_type(graph.node_attributes[i].type));
  write_key(out, "e_label", "edge", "label", "string");
  write_key(out, "e_kind", "edge", "kind", "string");
  std::vector<bool> edge_used = values::used_edge_attributes(graph);
  for (std::size_t i = 0; i < graph.edge_attributes.size(); ++i)
    if (edge_used[i])
      write_key(out, "e_" + graph.edge_attributes[i].name, "edge", graph.edge_attributes[i].name,
                graphml_type(graph.edge_attributes[i].type));

  out << "  <graph id=\"G\" edgedefault=\"" << (graph.directed ? "directed" : "undirected")
      << "\">\n";
  out << "    <desc>" << escape::xml(graph.description, false) << "</desc>\n";
  for (const ExportNode& node : graph.nodes) {
    out << "    <node id=\"" << escape::xml(node.id, true) << "\">\n";
    write_data(out, "n_label", node.label);
    write_data(out, "n_kind", to_string(node.kind));
    write_values(out, "n_", graph.node_attributes, node.values);
    out << "    </node>\n";
  }
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const ExportEdge& edge = graph.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\""
        << escape::xml(graph.nodes[edge.source].id, true) << "\" target=\""
        << escape::xml(graph.nodes[edge.target].id, true) << "\">\n";
    write_data(out, "e_label", edge.kind);
    write_data(out, "e_kind", edge.kind);
    write_values(out, "e_", graph.edge_attributes, edge.values);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg
