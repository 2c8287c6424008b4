// Helpers over ExportGraph values shared by the exporters.
#pragma once

#include <string>
#include <vector>

#include "kg/export.hpp"

namespace kg::values {

// Shortest text that reads back as the same double: "3", "0.5".
std::string format_real(double value);

// A value as one string for formats without lists (GraphML, GEXF, DOT): numbers in
// decimal, lists as JSON array text, which reads back unambiguously whatever the items
// hold. "" for no value.
std::string as_text(const Value& value);

bool has_value(const Value& value);

// For each attribute, whether any element has a value for it: formats declare only those.
template <typename Element>
std::vector<bool> used_by(const std::vector<const Element*>& elements, std::size_t count) {
  std::vector<bool> out(count, false);
  for (const Element* element : elements)
    for (std::size_t i = 0; i < count && i < element->values.size(); ++i)
      if (has_value(element->values[i])) out[i] = true;
  return out;
}
std::vector<bool> used_node_attributes(const ExportGraph& graph);
std::vector<bool> used_edge_attributes(const ExportGraph& graph);

// The node label of a kind in Neo4j: "Person", "Organisation", ...
std::string_view neo4j_label(NodeKind kind);
// A relationship type from an edge kind: "attended" -> "ATTENDED".
std::string neo4j_type(std::string_view kind);

// The colour of a node kind in every picture (GEXF, DOT), as red, green, blue.
struct Colour {
  int red, green, blue;
};
Colour kind_colour(NodeKind kind);
std::string hex(Colour colour);  // "#1f77b4"

}  // namespace kg::values
