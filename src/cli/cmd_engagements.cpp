// `kg engagements`: its options; the work is in engagements_run.cpp.
#include "command_runs.hpp"

namespace kg::cli {

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
  command->callback([options, &context] { context.exit_code = run_engagements_command(*options); });
}

}  // namespace kg::cli
