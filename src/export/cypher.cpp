// A Cypher script for Neo4j 5 that `cypher-shell -f` runs as it is, and runs again without
// creating anything: constraints IF NOT EXISTS, then MERGE by id in UNWIND batches of
// literal maps. Relationships are matched through labelled patterns, which uses the
// constraints' indexes and suits engines that want one label per pattern. No text of a
// corpus leaves a string literal: see escape::cypher_string.
#include <algorithm>
#include <map>
#include <ostream>
#include <tuple>

#include "escape.hpp"
#include "kg/export.hpp"
#include "kg/utf8.hpp"
#include "values.hpp"

namespace kg {
namespace {

// A // comment ends at a line break: keep the text on its line. A parser that reads Java's
// `\uXXXX` escapes before anything else (Neo4j's did) would turn `\u000a` into one, so every
// backslash is doubled: a backslash after an odd number of them starts no escape.
std::string comment_text(std::string_view text) {
  std::string out;
  utf8::for_each_code_point(text, [&](char32_t c) {
    bool breaks = c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
    if (c == U'\\') out += '\\';
    utf8::append(out, breaks ? U' ' : c);
  });
  return out;
}

std::string cypher_real(double value) {
  std::string text = values::format_real(value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::string literal(const Value& value) {
  struct Visitor {
    std::string operator()(std::monostate) const { return "null"; }
    std::string operator()(const std::string& text) const { return escape::cypher_string(text); }
    std::string operator()(std::int64_t number) const { return std::to_string(number); }
    std::string operator()(double number) const { return cypher_real(number); }
    std::string operator()(const std::vector<std::string>& list) const {
      std::string out = "[";
      for (std::size_t i = 0; i < list.size(); ++i)
        out += (i > 0 ? ", " : "") + escape::cypher_string(list[i]);
      return out + "]";
    }
    std::string operator()(const std::vector<std::int64_t>& list) const {
      std::string out = "[";
      for (std::size_t i = 0; i < list.size(); ++i)
        out += (i > 0 ? ", " : "") + std::to_string(list[i]);
      return out + "]";
    }
  };
  return std::visit(Visitor{}, value);
}

// `SET x.a = row.a, ...`: dates become Cypher dates; a null removes nothing that is not there.
std::string set_clause(std::string_view variable, const std::vector<std::string_view>& fixed,
                       const std::vector<Attribute>& attributes, const std::vector<bool>& used) {
  std::string out = "SET ";
  bool first = true;
  auto add = [&](std::string_view name, bool is_date) {
    std::string key = escape::cypher_name(name);
    std::string row_value = "row." + key;
    out += std::string(first ? "" : ", ") + std::string(variable) + "." + key + " = " +
           (is_date ? "date(" + row_value + ")" : row_value);
    first = false;
  };
  for (std::string_view name : fixed) add(name, false);
  for (std::size_t i = 0; i < attributes.size(); ++i)
    if (used[i]) add(attributes[i].name, attributes[i].type == ValueType::date);
  return out;
}

// One row map; every row of a batch has the same keys (null where a value is missing), so
// the statements differ in literal values only.
std::string row_map(const std::vector<std::pair<std::string_view, std::string>>& fixed,
                    const std::vector<Attribute>& attributes, const std::vector<bool>& used,
                    const std::vector<Value>& values) {
  std::string out = "{";
  bool first = true;
  for (const auto& [name, text] : fixed) {
    out += std::string(first ? "" : ", ") + escape::cypher_name(name) + ": " + text;
    first = false;
  }
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (!used[i]) continue;
    out += std::string(first ? "" : ", ") + escape::cypher_name(attributes[i].name) + ": " +
           (i < values.size() ? literal(values[i]) : "null");
    first = false;
  }
  return out + "}";
}

// Writes `UNWIND [rows] AS row <tail>;` in batches of `batch_size` rows.
template <typename Row>
void write_batches(std::ostream& out, std::size_t count, std::size_t batch_size, Row&& row,
                   const std::string& tail) {
  for (std::size_t start = 0; start < count; start += batch_size) {
    std::size_t end = std::min(count, start + batch_size);
    out << "UNWIND [\n";
    for (std::size_t i = start; i < end; ++i) out << "  " << row(i) << (i + 1 < end ? ",\n" : "\n");
    out << "] AS row\n" << tail << ";\n\n";
  }
}

}  // namespace

void write_cypher(const ExportGraph& graph, std::ostream& out, const CypherOptions& options) {
  std::size_t batch_size = std::max<std::size_t>(options.batch_size, 1);
  out << "// " << comment_text(graph.description) << "\n"
      << "// Neo4j 5: cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE\n"
      << "// Safe to run again: constraints IF NOT EXISTS, nodes and relationships by MERGE.\n\n";

  std::map<NodeKind, std::vector<const ExportNode*>> nodes_by_kind;
  for (const ExportNode& node : graph.nodes) nodes_by_kind[node.kind].push_back(&node);
  for (const auto& [kind, nodes] : nodes_by_kind) {
    std::string label(values::neo4j_label(kind));
    out << "CREATE CONSTRAINT " << escape::cypher_name("kg_" + label + "_id")
        << " IF NOT EXISTS FOR (n:" << escape::cypher_name(label) << ") REQUIRE n.id IS UNIQUE;\n";
  }
  out << '\n';

  for (const auto& [kind, nodes] : nodes_by_kind) {
    std::vector<bool> used = values::used_by(nodes, graph.node_attributes.size());
    std::string tail = "MERGE (n:" + escape::cypher_name(values::neo4j_label(kind)) +
                       " {id: row.id})\n" +
                       set_clause("n", {"name", "kind"}, graph.node_attributes, used);
    write_batches(
        out, nodes.size(), batch_size,
        [&, &nodes = nodes](std::size_t i) {  // clang 14 cannot capture a structured binding
          const ExportNode& node = *nodes[i];
          return row_map({{"id", escape::cypher_string(node.id)},
                          {"name", escape::cypher_string(node.label)},
                          {"kind", escape::cypher_string(to_string(node.kind))}},
                         graph.node_attributes, used, node.values);
        },
        tail);
  }

  // Relationships grouped by (type, source label, target label): each group one pattern.
  using Group = std::tuple<std::string, NodeKind, NodeKind>;
  std::map<Group, std::vector<const ExportEdge*>> edges_by_group;
  for (const ExportEdge& edge : graph.edges)
    edges_by_group[{edge.kind, graph.nodes[edge.source].kind, graph.nodes[edge.target].kind}]
        .push_back(&edge);
  for (const auto& [group, edges] : edges_by_group) {
    const auto& [kind, source_kind, target_kind] = group;
    std::vector<bool> used = values::used_by(edges, graph.edge_attributes.size());
    std::string tail =
        "MATCH (a:" + escape::cypher_name(values::neo4j_label(source_kind)) +
        " {id: row.source})\nMATCH (b:" + escape::cypher_name(values::neo4j_label(target_kind)) +
        " {id: row.target})\nMERGE (a)-[r:" + escape::cypher_name(values::neo4j_type(kind)) +
        "]->(b)\n" + set_clause("r", {"kind"}, graph.edge_attributes, used);
    write_batches(
        out, edges.size(), batch_size,
        [&, &edges = edges](std::size_t i) {  // clang 14 cannot capture a structured binding
          const ExportEdge& edge = *edges[i];
          return row_map({{"source", escape::cypher_string(graph.nodes[edge.source].id)},
                          {"target", escape::cypher_string(graph.nodes[edge.target].id)},
                          {"kind", escape::cypher_string(edge.kind)}},
                         graph.edge_attributes, used, edge.values);
        },
        tail);
  }
}

}  // namespace kg
