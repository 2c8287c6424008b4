#include "values.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include "kg/json_writer.hpp"

namespace kg::values {

std::string format_real(double value) {
  std::array<char, 32> buffer{};
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

std::string as_text(const Value& value) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& text) const { return text; }
    std::string operator()(std::int64_t number) const { return std::to_string(number); }
    std::string operator()(double number) const { return format_real(number); }
    // Lists as compact JSON arrays: ["a","b"], [1,53].
    std::string operator()(const std::vector<std::string>& list) const {
      std::string out;
      json::Writer(out).strings(list);
      return out;
    }
    std::string operator()(const std::vector<std::int64_t>& list) const {
      std::string out;
      json::Writer(out).integers(list);
      return out;
    }
  };
  return std::visit(Visitor{}, value);
}

bool has_value(const Value& value) {
  return !std::holds_alternative<std::monostate>(value);
}

namespace {

template <typename Element>
std::vector<const Element*> pointers(const std::vector<Element>& elements) {
  std::vector<const Element*> out;
  out.reserve(elements.size());
  for (const Element& element : elements) out.push_back(&element);
  return out;
}

}  // namespace

std::vector<bool> used_node_attributes(const ExportGraph& graph) {
  return used_by(pointers(graph.nodes), graph.node_attributes.size());
}

std::vector<bool> used_edge_attributes(const ExportGraph& graph) {
  return used_by(pointers(graph.edges), graph.edge_attributes.size());
}

std::string_view neo4j_label(NodeKind kind) {
  switch (kind) {
    case NodeKind::person:
      return "Person";
    case NodeKind::organisation:
      return "Organisation";
    case NodeKind::programme:
      return "Programme";
    case NodeKind::place:
      return "Place";
    case NodeKind::event:
      return "Event";
  }
  return "Node";
}

std::string neo4j_type(std::string_view kind) {
  std::string out(kind);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

Colour kind_colour(NodeKind kind) {
  // Tableau 10: distinct for the common forms of colour blindness, readable on white.
  switch (kind) {
    case NodeKind::person:
      return {31, 119, 180};
    case NodeKind::organisation:
      return {255, 127, 14};
    case NodeKind::programme:
      return {44, 160, 44};
    case NodeKind::place:
      return {148, 103, 189};
    case NodeKind::event:
      return {214, 39, 40};
  }
  return {127, 127, 127};
}

std::string hex(Colour colour) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", colour.red, colour.green, colour.blue);
  return buffer;
}

}  // namespace kg::values
