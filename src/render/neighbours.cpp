// `kg neighbours` in three formats.
#include "kg/render.hpp"

namespace kg::render {
namespace {

// The edges joining `via` and the neighbour, labelled from `via`'s side: "represented by".
std::string via_label(const Neighbour& n) {
  std::string out;
  for (const EdgeRef& edge : n.edges)
    out += (out.empty() ? "" : ", ") + edge_label(edge.data->kind, edge.source == n.via);
  return out;
}

void json_neighbour(JsonWriter& w, const KnowledgeGraph& graph, const Neighbour& n) {
  w.start_object();
  json_node_fields(w, graph.node(n.node));
  w.key("distance");
  w.integer(n.distance);
  json_key_string(w, "via", graph.node(n.via).id);
  w.key("edges");
  w.start_array();
  for (const EdgeRef& edge : n.edges) {
    w.start_object();
    json_key_string(w, "edge", to_string(edge.data->kind));
    json_key_string(w, "source", graph.node(edge.source).id);
    json_key_string(w, "target", graph.node(edge.target).id);
    json_ints(w, "items", edge.data->items);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void print_neighbours_json(std::ostream& out, const KnowledgeGraph& graph,
                           const Neighbourhood& hood) {
  print_json(out, [&](JsonWriter& w) {
    w.start_object();
    w.key("centre");
    w.start_object();
    json_node_fields(w, graph.node(hood.centre));
    w.end_object();
    w.key("depth");
    w.integer(hood.depth);
    w.key("neighbours");
    w.start_array();
    for (const Neighbour& n : hood.found) json_neighbour(w, graph, n);
    w.end_array();
    w.end_object();
  });
}

// Names are shortened for people, kept whole for scripts.
Table neighbours_table(const KnowledgeGraph& graph, const Neighbourhood& hood, bool shorten_names) {
  Table table({"hops", "kind", "name", "date", "id", "edge", "via"});
  table.align_right(0);
  for (const Neighbour& n : hood.found) {
    const NodeData& other = graph.node(n.node);
    table.add_row({std::to_string(n.distance), std::string(to_string(other.kind)),
                   shorten_names ? shorten(other.name, 72) : other.name,
                   format_dates(other.date, other.end_date), other.id, via_label(n),
                   n.via == hood.centre ? "" : graph.node(n.via).name});
  }
  return table;
}

void print_neighbours_table(std::ostream& out, const KnowledgeGraph& graph,
                            const Neighbourhood& hood) {
  std::size_t count = hood.found.size();
  out << count << (count == 1 ? " neighbour" : " neighbours") << " of "
      << describe_node(graph.node(hood.centre)) << " within " << hood.depth
      << (hood.depth == 1 ? " hop" : " hops") << '\n';
  if (count > 0) neighbours_table(graph, hood, true).print(out);
}

}  // namespace

void print_neighbours(std::ostream& out, const KnowledgeGraph& graph, const Neighbourhood& hood,
                      Format format) {
  switch (format) {
    case Format::json:
      return print_neighbours_json(out, graph, hood);
    case Format::csv:
      return neighbours_table(graph, hood, false).print_csv(out);
    case Format::table:
      return print_neighbours_table(out, graph, hood);
  }
}

}  // namespace kg::render
