// `kg stats`: the shape every command follows. Options are declared into a struct, `run`
// turns them into an answer with the library, and a printer of kg/render.hpp prints it.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct StatsOptions {
  std::size_t busiest = 10;
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

struct StatsAnswer {
  KnowledgeGraph graph;  // the graph the counts are of: filtered when a window was given
  GraphStats stats;
};

StatsAnswer run(const StatsOptions& options) {
  GraphFilter window = options.window.to_filter();  // checked before the slow load
  StatsAnswer answer{load_input_graph(options.input), {}};
  if (!window.empty()) answer.graph = filter_graph(answer.graph, window);
  answer.stats = graph_stats(answer.graph, options.busiest);
  return answer;
}

}  // namespace

void add_stats_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "stats", "Counts by kind, connected components, the largest one, the busiest entities");
  command->footer("Examples:\n  kg stats\n  kg stats --json graph.json");
  auto options = std::make_shared<StatsOptions>();
  command->add_option("-n,--busiest", options->busiest, "how many busiest entities to list")
      ->type_name("N")
      ->capture_default_str();
  add_window_options(*command, options->window);
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    StatsAnswer answer = run(*options);
    render::print_stats(std::cout, answer.graph, answer.stats, options->format.format());
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
