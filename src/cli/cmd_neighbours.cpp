// `kg neighbours`: the entities within a few hops of one entity.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct NeighboursOptions {
  std::string name;
  std::size_t depth = 1;
  FilterOptions filter;
  FormatOptions format;
  InputOptions input;
};

struct NeighboursAnswer {
  KnowledgeGraph graph;
  render::Neighbourhood hood;
};

NeighboursAnswer run(const NeighboursOptions& options) {
  GraphFilter filter = options.filter.to_filter();
  // The node kinds pick the nodes listed; the walk goes through every kind.
  std::vector<NodeKind> listed_kinds = std::move(filter.node_kinds);
  filter.node_kinds.clear();
  NeighboursAnswer answer{load_input_graph(options.input), {}};
  render::Neighbourhood& hood = answer.hood;
  hood.centre = resolve_name(answer.graph, options.name);
  if (!filter.empty()) {
    std::string centre_id = answer.graph.node(hood.centre).id;
    answer.graph = filter_graph(answer.graph, filter);
    std::optional<NodeIndex> centre = answer.graph.find(centre_id);
    if (!centre)
      throw Error(options.name + " is an event outside --from/--to", "", 0, 0, kExitNothingFound);
    hood.centre = *centre;
  }
  hood.depth = options.depth;
  hood.found = neighbours(answer.graph, hood.centre, options.depth, listed_kinds);
  return answer;
}

}  // namespace

void add_neighbours_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "neighbours", "The entities within a few hops of one entity, direction ignored");
  command->alias("neighbors");
  command->footer(
      "Examples:\n"
      "  kg neighbours \"European Union\" --node-kinds programme\n"
      "  kg neighbours UNODC --depth 2 --node-kinds person --csv graph.json\n"
      "  kg neighbours UNODC --edge-kinds represents --from 2017-01-01 --to 2017-12-31");
  auto options = std::make_shared<NeighboursOptions>();
  command->add_option("X", options->name, "the entity: name, alias, surname, acronym or id")
      ->required();
  command->add_option("-d,--depth", options->depth, "hops from X (default 1)")
      ->type_name("D")
      ->check(CLI::PositiveNumber);
  add_kind_options(*command, options->filter,
                   "list only nodes of these kinds (the walk goes through every kind)");
  add_window_options(*command, options->filter);
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    NeighboursAnswer answer = run(*options);
    render::print_neighbours(std::cout, answer.graph, answer.hood, options->format.format());
    context.exit_code = answer.hood.found.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
