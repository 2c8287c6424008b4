// `kg neighbours`: the entities within a few hops of one entity.
#include <iostream>

#include "commands.hpp"
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

struct NeighboursAnswer {
  KnowledgeGraph graph;
  render::Neighbourhood hood;
};

NeighboursAnswer run(const NeighboursOptions& options) {
  std::vector<NodeKind> kinds = parse_node_kinds(options.kinds);
  NeighboursAnswer answer{load_input_graph(options.input), {}};
  render::Neighbourhood& hood = answer.hood;
  hood.centre = resolve_name(answer.graph, options.name);
  hood.depth = options.depth;
  hood.found = neighbours(answer.graph, hood.centre, options.depth, kinds);
  return answer;
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
    NeighboursAnswer answer = run(*options);
    render::print_neighbours(std::cout, answer.graph, answer.hood, options->format.format());
    context.exit_code = answer.hood.found.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
