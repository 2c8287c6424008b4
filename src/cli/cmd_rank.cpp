#include <iostream>

#include "commands.hpp"
#include "kg/error.hpp"
#include "kg/query.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct RankOptions {
  std::string kinds;
  std::string by = "degree";
  std::size_t limit = 20;
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

}  // namespace

void add_rank_command(CLI::App& app, Context& context) {
  auto* command =
      app.add_subcommand("rank", "Who matters: entities by degree, events or betweenness");
  command->footer(
      "degree: edges; events: distinct events attended; betweenness: Brandes betweenness on the\n"
      "graph without directions (each pair of nodes counted once).\n"
      "Examples:\n"
      "  kg rank --kind person --by betweenness\n"
      "  kg rank --kind organisation --by events --from 2017-01-01 --to 2017-12-31 --csv");
  auto options = std::make_shared<RankOptions>();
  command->add_option("--kind", options->kinds, "only these kinds (default: all but events)")
      ->type_name("KIND,...");
  command->add_option("--by", options->by, "degree, events or betweenness")
      ->check(CLI::IsMember({"degree", "events", "betweenness"}))
      ->capture_default_str();
  command->add_option("-n,--limit", options->limit, "show the first N (0: all)")
      ->type_name("N")
      ->capture_default_str();
  add_window_options(*command, options->window);
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    std::vector<NodeKind> kinds = parse_node_kinds(options->kinds);
    GraphFilter window = options->window.to_filter();
    RankBy by = *parse_rank_by(options->by);
    KnowledgeGraph graph = load_input_graph(options->input);
    if (!window.empty()) graph = filter_graph(graph, window);
    std::vector<RankEntry> ranked = rank_nodes(graph, by, kinds);
    if (options->limit > 0 && ranked.size() > options->limit) ranked.resize(options->limit);
    if (options->format.format() == Format::json) {
      print_json(std::cout, [&](JsonWriter& w) {
        w.StartObject();
        json_key_string(w, "by", options->by);
        w.Key("ranking");
        w.StartArray();
        for (std::size_t i = 0; i < ranked.size(); ++i) {
          w.StartObject();
          w.Key("rank");
          w.Uint64(i + 1);
          json_node_fields(w, graph.node(ranked[i].node));
          w.Key("score");
          w.Double(ranked[i].score);
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
      });
    } else {
      Table table({"rank", options->by, "kind", "name", "id"});
      table.align_right(0);
      table.align_right(1);
      for (std::size_t i = 0; i < ranked.size(); ++i) {
        const NodeData& node = graph.node(ranked[i].node);
        table.add_row({std::to_string(i + 1), format_score(ranked[i].score),
                       std::string(to_string(node.kind)), node.name, node.id});
      }
      if (options->format.format() == Format::csv) {
        table.print_csv(std::cout);
      } else {
        table.print(std::cout);
      }
    }
    context.exit_code = ranked.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
