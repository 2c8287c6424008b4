#include "kg/kinds.hpp"

namespace kg {

std::string_view to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::person:
      return "person";
    case NodeKind::organisation:
      return "organisation";
    case NodeKind::programme:
      return "programme";
    case NodeKind::place:
      return "place";
    case NodeKind::event:
      return "event";
  }
  return "?";
}

std::string_view to_string(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::attended:
      return "attended";
    case EdgeKind::represents:
      return "represents";
    case EdgeKind::funds:
      return "funds";
    case EdgeKind::held_in:
      return "held_in";
    case EdgeKind::active_in:
      return "active_in";
    case EdgeKind::mentions:
      return "mentions";
  }
  return "?";
}

std::optional<NodeKind> parse_node_kind(std::string_view text) {
  if (text == "person" || text == "people" || text == "persons") return NodeKind::person;
  if (text == "organisation" || text == "organization" || text == "org" || text == "orgs" ||
      text == "organisations" || text == "organizations")
    return NodeKind::organisation;
  if (text == "programme" || text == "program" || text == "programmes" || text == "programs")
    return NodeKind::programme;
  if (text == "place" || text == "places") return NodeKind::place;
  if (text == "event" || text == "events") return NodeKind::event;
  return std::nullopt;
}

std::optional<EdgeKind> parse_edge_kind(std::string_view text) {
  if (text == "attended") return EdgeKind::attended;
  if (text == "represents") return EdgeKind::represents;
  if (text == "funds") return EdgeKind::funds;
  if (text == "held_in") return EdgeKind::held_in;
  if (text == "active_in") return EdgeKind::active_in;
  if (text == "mentions") return EdgeKind::mentions;
  return std::nullopt;
}

bool edge_allowed(EdgeKind kind, NodeKind source, NodeKind target) {
  switch (kind) {
    case EdgeKind::represents:
      return source == NodeKind::person && target == NodeKind::organisation;
    case EdgeKind::funds:
      return (source == NodeKind::organisation || source == NodeKind::place) &&
             target == NodeKind::programme;
    case EdgeKind::attended:
      return (source == NodeKind::person || source == NodeKind::organisation) &&
             target == NodeKind::event;
    case EdgeKind::held_in:
      return source == NodeKind::event && target == NodeKind::place;
    case EdgeKind::active_in:
      return source == NodeKind::programme && target == NodeKind::place;
    case EdgeKind::mentions:
      return source == NodeKind::event && target != NodeKind::event;
  }
  return false;
}

}  // namespace kg
