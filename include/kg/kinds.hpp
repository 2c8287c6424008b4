// The kinds of nodes and edges of the knowledge graph, shared by every stage: the rules name
// them, the extractors produce them, the graph stores them. No Boost here, so that the stages
// before the graph do not see it.
#pragma once

#include <optional>
#include <string_view>

namespace kg {

enum class NodeKind { person, organisation, programme, place, event };
// held_in: event -> place where it happened; active_in: programme -> place it works in;
// mentions: event -> an entity its item names that no attended or held_in edge joins to it.
enum class EdgeKind { attended, represents, funds, held_in, active_in, mentions };

// The one spelling kg writes: "person", "organisation", "held_in", ...
std::string_view to_string(NodeKind kind);
std::string_view to_string(EdgeKind kind);
// The one parser of every place that reads a kind (rules files, corrections, the command
// line, saved graphs). Accepts the written spelling, its American spelling ("organization",
// "program"), "org" and plurals ("people", "places"); nullopt for anything else.
std::optional<NodeKind> parse_node_kind(std::string_view text);
std::optional<EdgeKind> parse_edge_kind(std::string_view text);
// The kinds an edge may join: a person represents an organisation, an organisation or a
// place funds a programme, a person or an organisation attends an event, an event is held in
// a place, a programme is active in a place.
bool edge_allowed(EdgeKind kind, NodeKind source, NodeKind target);

}  // namespace kg
