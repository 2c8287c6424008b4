// `kg engagements`: the people of an organisation x the bodies of a group.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct EngagementsOptions {
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  bool keep_empty = false;
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

struct EngagementsAnswer {
  KnowledgeGraph graph;
  render::Engagements engagements;
};

EngagementsAnswer run(const EngagementsOptions& options) {
  GraphFilter window = options.window.to_filter();
  BodyGroup group = load_body_group(find_rules_dir(options.input.rules_dir), options.bodies);
  EngagementsAnswer answer{load_input_graph(options.input), {}};
  NodeIndex organisation = resolve_name(answer.graph, options.organisation);
  answer.engagements = {compute_engagements(answer.graph, organisation, group,
                                            {window.from, window.to, options.keep_empty}),
                        group.name, window.from, window.to};
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
      "  kg engagements --json graph.json");
  auto options = std::make_shared<EngagementsOptions>();
  command->add_option("--org", options->organisation, "the organisation whose people are rows")
      ->capture_default_str();
  command->add_option("--bodies", options->bodies, "the group of bodies that are columns")
      ->type_name("GROUP")
      ->capture_default_str();
  add_window_options(*command, options->window);
  command->add_flag("--keep-empty", options->keep_empty,
                    "keep people and bodies that share no event");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    EngagementsAnswer answer = run(*options);
    render::print_engagements(std::cout, answer.graph, answer.engagements,
                              options->format.format());
    const EngagementMatrix& m = answer.engagements.matrix;
    context.exit_code = m.rows.empty() || m.columns.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
