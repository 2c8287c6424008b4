#include <iostream>

#include "commands.hpp"
#include "kg/query.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct NeighboursOptions {
  std::string name;
  std::size_t depth = 1;
  std::string kinds;
  FormatOptions format;
  InputOptions input;
};

// The edges joining `via` and the neighbour, labelled from `via`'s side: "represented by".
std::string via_label(const Neighbour& n) {
  std::string out;
  for (const EdgeRef& edge : n.edges)
    out += (out.empty() ? "" : ", ") + edge_label(edge.data->kind, edge.source == n.via);
  return out;
}

}  // namespace

void add_neighbours_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "neighbours", "The entities within a few hops of one entity, direction ignored");
  command->alias("neighbors");
  command->footer(
      "Examples:\n"
      "  kg neighbours \"European Union\" --kind programme\n"
      "  kg neighbours UNODC --depth 2 --kind person --csv graph.json");
  auto options = std::make_shared<NeighboursOptions>();
  command->add_option("X", options->name, "the entity: name, alias, surname, acronym or id")
      ->required();
  command->add_option("-d,--depth", options->depth, "hops from X (default 1)")
      ->type_name("D")
      ->check(CLI::PositiveNumber);
  command->add_option("--kind", options->kinds, "list only nodes of these kinds (walk through all)")
      ->type_name("KIND,...");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    std::vector<NodeKind> kinds = parse_node_kinds(options->kinds);
    KnowledgeGraph graph = load_input_graph(options->input);
    NodeIndex centre = resolve_name(graph, options->name);
    std::vector<Neighbour> found = neighbours(graph, centre, options->depth, kinds);
    const NodeData& node = graph.node(centre);
    if (options->format.format() == Format::json) {
      print_json(std::cout, [&](JsonWriter& w) {
        w.StartObject();
        w.Key("centre");
        w.StartObject();
        json_node_fields(w, node);
        w.EndObject();
        w.Key("depth");
        w.Uint64(options->depth);
        w.Key("neighbours");
        w.StartArray();
        for (const Neighbour& n : found) {
          w.StartObject();
          json_node_fields(w, graph.node(n.node));
          w.Key("distance");
          w.Uint64(n.distance);
          json_key_string(w, "via", graph.node(n.via).id);
          w.Key("edges");
          w.StartArray();
          for (const EdgeRef& edge : n.edges) {
            w.StartObject();
            json_key_string(w, "edge", to_string(edge.data->kind));
            json_key_string(w, "source", graph.node(edge.source).id);
            json_key_string(w, "target", graph.node(edge.target).id);
            json_ints(w, "items", edge.data->items);
            w.EndObject();
          }
          w.EndArray();
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
      });
    } else {
      Table table({"hops", "kind", "name", "date", "id", "edge", "via"});
      table.align_right(0);
      for (const Neighbour& n : found) {
        const NodeData& other = graph.node(n.node);
        bool csv = options->format.format() == Format::csv;
        table.add_row({std::to_string(n.distance), std::string(to_string(other.kind)),
                       csv ? other.name : shorten(other.name, 72),
                       format_dates(other.date, other.end_date), other.id, via_label(n),
                       n.via == centre ? "" : graph.node(n.via).name});
      }
      if (options->format.format() == Format::csv) {
        table.print_csv(std::cout);
      } else {
        std::cout << found.size() << (found.size() == 1 ? " neighbour" : " neighbours") << " of "
                  << describe_node(node) << " within " << options->depth
                  << (options->depth == 1 ? " hop" : " hops") << '\n';
        if (!found.empty()) table.print(std::cout);
      }
    }
    context.exit_code = found.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
