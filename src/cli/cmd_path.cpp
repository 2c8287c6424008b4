// `kg path`: the shortest paths between two entities.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  std::string a;
  std::string b;
  bool all = false;
  std::size_t k = 1;
  std::size_t max_hops = 0;  // 0: no limit
  std::vector<std::string> avoid;
  std::size_t max_degree = 0;  // 0: no limit
  bool evidence = false;
  FilterOptions filter;
  FormatOptions format;
  InputOptions input;
};

struct PathCommandAnswer {
  KnowledgeGraph graph;
  render::PathAnswer paths;
};

PathCommandAnswer run(const PathCommandOptions& options) {
  PathOptions path_options;
  path_options.filter = options.filter.to_filter();
  path_options.all = options.all;
  path_options.k = options.k;
  if (options.max_hops > 0) path_options.max_hops = options.max_hops;
  PathCommandAnswer answer{load_input_graph(options.input), {}};
  render::PathAnswer& paths = answer.paths;
  paths.from = resolve_name(answer.graph, options.a);
  paths.to = resolve_name(answer.graph, options.b);
  for (const std::string& name : options.avoid)
    path_options.avoid.push_back(resolve_name(answer.graph, name));
  if (options.max_degree > 0) path_options.max_degree = options.max_degree;
  paths.result = find_paths(answer.graph, paths.from, paths.to, path_options);
  paths.evidence = options.evidence;
  paths.restricted = !path_options.filter.empty() || path_options.max_hops ||
                     !path_options.avoid.empty() || path_options.max_degree;
  return answer;
}

}  // namespace

void add_path_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "path", "The shortest path between two entities, direction ignored, hop by hop");
  command->footer(
      "A and B: a name or alias (case and accents ignored), a unique surname or acronym, or a "
      "node id.\n"
      "Examples:\n"
      "  kg path \"Yatta Dakowah\" \"Horizontal Working Party on Drugs\" --evidence\n"
      "  kg path UNODC \"DG HOME\" -k 3 --node-kinds event graph.json\n"
      "  kg path Albert Europol --from 2017-01-01 --to 2017-12-31 --json\n"
      "  kg path Fedotov \"DG DEVCO\" --avoid UNODC,\"European Union\" --evidence");
  auto options = std::make_shared<PathCommandOptions>();
  command->add_option("A", options->a, "the first entity")->required();
  command->add_option("B", options->b, "the second entity")->required();
  auto* all = command->add_flag("--all", options->all, "every shortest path");
  auto* k = command->add_option("-k", options->k, "the N shortest loopless paths (Yen's algorithm)")
                ->type_name("N")
                ->check(CLI::PositiveNumber);
  all->excludes(k);
  command->add_option("--max-hops", options->max_hops, "no path longer than H hops")
      ->type_name("H")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--avoid", options->avoid,
                   "no path through these entities (hubs), e.g. UNODC,\"European Union\"")
      ->type_name("NAME,...")
      ->delimiter(',');
  command
      ->add_option("--max-degree", options->max_degree,
                   "no path through an entity with more than N neighbours")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  add_kind_options(*command, options->filter,
                   "only nodes of these kinds between A and B (e.g. event)");
  add_window_options(*command, options->filter);
  command->add_flag("--evidence", options->evidence, "add the sentence behind each edge");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    PathCommandAnswer answer = run(*options);
    render::print_paths(std::cout, answer.graph, answer.paths, options->format.format());
    context.exit_code = answer.paths.result.paths.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
