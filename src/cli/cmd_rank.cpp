// `kg rank`: who matters, by degree, events attended or betweenness.
#include <iostream>

#include "commands.hpp"
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

struct RankAnswer {
  KnowledgeGraph graph;
  render::Ranking ranking;
};

RankAnswer run(const RankOptions& options) {
  std::vector<NodeKind> kinds = parse_node_kinds(options.kinds);
  GraphFilter window = options.window.to_filter();
  RankBy by = *parse_rank_by(options.by);  // CLI::IsMember checked the spelling
  RankAnswer answer{load_input_graph(options.input), {options.by, {}}};
  if (!window.empty()) answer.graph = filter_graph(answer.graph, window);
  std::vector<RankEntry>& entries = answer.ranking.entries;
  entries = rank_nodes(answer.graph, by, kinds);
  if (options.limit > 0 && entries.size() > options.limit) entries.resize(options.limit);
  return answer;
}

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
    RankAnswer answer = run(*options);
    render::print_ranking(std::cout, answer.graph, answer.ranking, options->format.format());
    context.exit_code = answer.ranking.entries.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
