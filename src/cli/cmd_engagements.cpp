// `kg engagements`: the people of an organisation x the bodies of a group.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"
#include "terminal.hpp"

namespace kg::cli {
namespace {

struct EngagementsOptions {
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  bool keep_empty = false;
  bool evidence = false;
  std::vector<std::string> cell;  // --cell PERSON BODY
  std::string within = "item";
  int width = -1;  // --width; -1: the terminal's, 0: no limit
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

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

void add_engagements_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "engagements",
      "Who engages whom: the people of an organisation x the bodies of a group, by shared events");
  command->footer(
      "Cells count the events that the person and the body both attended. Groups are files in\n"
      "RULES/groups/ (the default `eu`: Commission and DGs, EEAS, Council and its working "
      "parties,\n"
      "Parliament, agencies ...); --bodies also takes a path to a group file.\n"
      "Examples:\n"
      "  kg engagements\n"
      "  kg engagements --org UNODC --bodies eu --from 2017-01-01 --to 2017-12-31 --csv\n"
      "  kg engagements --json graph.json\n"
      "  kg engagements --evidence --from 2017-01-01 --to 2017-12-31\n"
      "  kg engagements --cell Resch \"European Commission\" --within sentence");
  auto options = std::make_shared<EngagementsOptions>();
  command->add_option("--org", options->organisation, "the organisation whose people are rows")
      ->capture_default_str();
  command->add_option("--bodies", options->bodies, "the group of bodies that are columns")
      ->type_name("GROUP")
      ->capture_default_str();
  add_window_options(*command, options->window);
  command->add_flag("--keep-empty", options->keep_empty,
                    "keep people and bodies that share no event");
  command->add_flag("--evidence", options->evidence,
                    "list each cell's events and the sentences (with rule ids) behind both ends");
  command->add_option("--cell", options->cell, "show one cell and its evidence")
      ->expected(2)
      ->allow_extra_args(false)
      ->type_name("PERSON BODY");
  command
      ->add_option("--within", options->within,
                   "count a pair only when both are named in one sentence, paragraph or item")
      ->check(CLI::IsMember({"sentence", "paragraph", "item"}))
      ->capture_default_str();
  command
      ->add_option("--width", options->width,
                   "cut the table into blocks of columns N characters wide (default: the "
                   "terminal's width; 0: one block)")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    EngagementsAnswer answer = run(*options);
    if (answer.cell) {
      render::print_cell(std::cout, answer.graph, *answer.cell, options->format.format());
      context.exit_code = answer.cell->events.empty() ? kExitNothingFound : kExitOk;
      return;
    }
    render::print_engagements(std::cout, answer.graph, answer.engagements,
                              options->format.format());
    const EngagementMatrix& m = answer.engagements.matrix;
    context.exit_code = m.rows.empty() || m.columns.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
