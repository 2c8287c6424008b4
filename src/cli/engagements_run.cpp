// `kg engagements`: the people of an organisation x the bodies of a group.
#include <iostream>

#include "command_runs.hpp"
#include "terminal.hpp"

namespace kg::cli {
namespace {

struct EngagementsAnswer {
  KnowledgeGraph graph;
  render::Engagements engagements;
  std::optional<CellEvidence> cell;  // --cell
};

EngagementOptions engagement_options(const EngagementsOptions& options) {
  GraphFilter window = options.window.to_filter();
  auto within = parse_meeting_level(options.within);
  if (!within)
    throw Error("--within takes sentence, paragraph or item, not \"" + options.within + "\"");
  return {window.from, window.to, options.keep_empty, *within};
}

EngagementsAnswer run(const EngagementsOptions& options) {
  EngagementOptions settings = engagement_options(options);
  EngagementsAnswer answer{load_input_graph(options.input), {}, {}};
  if (!options.cell.empty()) {
    NodeIndex person = resolve_name(answer.graph, options.cell[0]);
    NodeIndex body = resolve_name(answer.graph, options.cell[1]);
    answer.cell = cell_evidence(answer.graph, person, body,
                                shared_events(answer.graph, person, body, settings));
    return answer;
  }
  BodyGroup group = load_body_group(find_rules_dir(options.input.rules_dir), options.bodies);
  NodeIndex organisation = resolve_name(answer.graph, options.organisation);
  EngagementMatrix matrix = compute_engagements(answer.graph, organisation, group, settings);
  std::vector<CellEvidence> evidence;
  if (options.evidence) evidence = matrix_evidence(answer.graph, matrix);
  answer.engagements = {std::move(matrix), group.name,      settings.from,
                        settings.to,       settings.within, std::move(evidence)};
  answer.engagements.width =
      options.width >= 0 ? static_cast<std::size_t>(options.width) : output_width();
  return answer;
}

}  // namespace

int run_engagements_command(const EngagementsOptions& options) {
  EngagementsAnswer answer = run(options);
  if (answer.cell) {
    render::print_cell(std::cout, answer.graph, *answer.cell, options.format.format());
    return answer.cell->events.empty() ? kExitNothingFound : kExitOk;
  }
  render::print_engagements(std::cout, answer.graph, answer.engagements, options.format.format());
  const EngagementMatrix& m = answer.engagements.matrix;
  return m.rows.empty() || m.columns.empty() ? kExitNothingFound : kExitOk;
}

}  // namespace kg::cli
