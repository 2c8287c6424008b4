// `kg rank`: who matters, by degree, events attended or betweenness.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct RankOptions {
  std::string by = "degree";
  std::size_t limit = 20;
  FilterOptions filter;
  FormatOptions format;
  InputOptions input;
};

struct RankAnswer {
  KnowledgeGraph graph;
  render::Ranking ranking;
};

RankAnswer run(const RankOptions& options) {
  GraphFilter filter = options.filter.to_filter();
  // The node kinds pick the nodes ranked; the scores count the whole (window's) graph.
  std::vector<NodeKind> ranked_kinds = std::move(filter.node_kinds);
  filter.node_kinds.clear();
  RankBy by = *parse_rank_by(options.by);  // CLI::IsMember checked the spelling
  RankAnswer answer{load_input_graph(options.input), {options.by, {}}};
  if (!filter.empty()) answer.graph = filter_graph(answer.graph, filter);
  std::vector<RankEntry>& entries = answer.ranking.entries;
  entries = rank_nodes(answer.graph, by, ranked_kinds);
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
      "  kg rank --node-kinds person --by betweenness\n"
      "  kg rank --node-kinds organisation --by events --from 2017-01-01 --to 2017-12-31 --csv\n"
      "  kg rank --node-kinds person --edge-kinds attended   (degree: events attended)");
  auto options = std::make_shared<RankOptions>();
  command->add_option("--by", options->by, "degree, events or betweenness")
      ->check(CLI::IsMember({"degree", "events", "betweenness"}))
      ->capture_default_str();
  command->add_option("-n,--limit", options->limit, "show the first N (0: all)")
      ->type_name("N")
      ->capture_default_str();
  add_kind_options(
      *command, options->filter,
      "rank only nodes of these kinds (default: all but events); scores count every kind");
  add_window_options(*command, options->filter);
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    RankAnswer answer = run(*options);
    render::print_ranking(std::cout, answer.graph, answer.ranking, options->format.format());
    context.exit_code = answer.ranking.entries.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
