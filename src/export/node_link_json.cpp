// Node-link JSON of any view (networkx's layout), for the engagement network and filtered
// views alike; fields as in shared/spec/graph-json.md, attributes as typed JSON values.
#include <ostream>

#include "escape.hpp"
#include "kg/export.hpp"
#include "values.hpp"

namespace kg {
namespace {

std::string json_value(const Value& value) {
  struct Visitor {
    std::string operator()(std::monostate) const { return "null"; }
    std::string operator()(const std::string& text) const { return escape::json_string(text); }
    std::string operator()(std::int64_t number) const { return std::to_string(number); }
    std::string operator()(double number) const { return values::format_real(number); }
    std::string operator()(const std::vector<std::string>& list) const {
      return escape::json_array(list);
    }
    std::string operator()(const std::vector<std::int64_t>& list) const {
      return escape::json_array(list);
    }
  };
  return std::visit(Visitor{}, value);
}

void write_values(std::ostream& out, const std::vector<Attribute>& attributes,
                  const std::vector<Value>& values) {
  for (std::size_t i = 0; i < attributes.size() && i < values.size(); ++i)
    if (values::has_value(values[i]))
      out << ", " << escape::json_string(attributes[i].name) << ": " << json_value(values[i]);
}

}  // namespace

void write_node_link_json(const ExportGraph& graph, std::ostream& out) {
  out << "{\n \"directed\": " << (graph.directed ? "true" : "false")
      << ",\n \"multigraph\": " << (graph.directed ? "true" : "false")
      << ",\n \"graph\": {\"name\": " << escape::json_string(graph.name)
      << ", \"description\": " << escape::json_string(graph.description) << "},\n \"nodes\": [";
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const ExportNode& node = graph.nodes[i];
    out << (i > 0 ? ",\n  " : "\n  ") << "{\"id\": " << escape::json_string(node.id)
        << ", \"kind\": " << escape::json_string(to_string(node.kind))
        << ", \"name\": " << escape::json_string(node.label);
    write_values(out, graph.node_attributes, node.values);
    out << "}";
  }
  out << "\n ],\n \"links\": [";
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const ExportEdge& edge = graph.edges[i];
    out << (i > 0 ? ",\n  " : "\n  ")
        << "{\"source\": " << escape::json_string(graph.nodes[edge.source].id)
        << ", \"target\": " << escape::json_string(graph.nodes[edge.target].id)
        << ", \"kind\": " << escape::json_string(edge.kind);
    write_values(out, graph.edge_attributes, edge.values);
    out << "}";
  }
  out << "\n ]\n}\n";
}

}  // namespace kg
