// Node-link JSON of any view (networkx's layout), for the engagement network and filtered
// views alike; fields as in shared/spec/graph-json.md, attributes as typed JSON values.
// One node or link per line, its lists compact.
#include <ostream>

#include "kg/export.hpp"
#include "kg/json_writer.hpp"
#include "values.hpp"

namespace kg {
namespace {

void write_value(json::Writer& w, const Value& value) {
  struct Visitor {
    json::Writer& w;
    void operator()(std::monostate) const { w.null(); }
    void operator()(const std::string& text) const { w.string(text); }
    void operator()(std::int64_t number) const { w.integer(number); }
    void operator()(double number) const { w.real(number); }
    void operator()(const std::vector<std::string>& list) const { w.strings(list, json::kCompact); }
    void operator()(const std::vector<std::int64_t>& list) const {
      w.integers(list, json::kCompact);
    }
  };
  std::visit(Visitor{w}, value);
}

void write_values(json::Writer& w, const std::vector<Attribute>& attributes,
                  const std::vector<Value>& values) {
  for (std::size_t i = 0; i < attributes.size() && i < values.size(); ++i)
    if (values::has_value(values[i])) write_value(w.key(attributes[i].name), values[i]);
}

}  // namespace

void write_node_link_json(const ExportGraph& graph, std::ostream& out) {
  json::Writer w(out, json::pretty(1));
  w.start_object();
  w.key("directed").boolean(graph.directed);
  w.key("multigraph").boolean(graph.directed);
  w.key("graph").start_object(json::kSpaced);
  w.key("name").string(graph.name);
  w.key("description").string(graph.description);
  w.end_object();
  w.key("nodes").start_array();
  for (const ExportNode& node : graph.nodes) {
    w.start_object(json::kSpaced);
    w.key("id").string(node.id);
    w.key("kind").string(to_string(node.kind));
    w.key("name").string(node.label);
    write_values(w, graph.node_attributes, node.values);
    w.end_object();
  }
  w.end_array();
  w.key("links").start_array();
  for (const ExportEdge& edge : graph.edges) {
    w.start_object(json::kSpaced);
    w.key("source").string(graph.nodes[edge.source].id);
    w.key("target").string(graph.nodes[edge.target].id);
    w.key("kind").string(edge.kind);
    write_values(w, graph.edge_attributes, edge.values);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.flush();
  out << '\n';
}

}  // namespace kg
