// `kg eval`: its options; eval_run.cpp scores.
#include <iostream>

#include "command_runs.hpp"
#include "options.hpp"

namespace kg::cli {

void add_eval_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "eval",
      "Score the graph against a gold annotation (docs/GUIDELINE.md says how to write one)");
  command->footer(
      "Example:\n  kg eval --gold ../shared/gold/eu-unodc-brochure.gold.json --errors 5 "
      "examples/eu-unodc-brochure.txt");
  auto options = std::make_shared<EvalOptions>();
  command->add_option("--gold", options->gold, "gold file (docs/GUIDELINE.md format)");
  command
      ->add_option("--batch", options->batch,
                   "score many corpora, the rules loaded once: a file of "
                   "GOLD<TAB>INPUT[<TAB>INPUT...] lines")
      ->type_name("FILE");
  command->add_option("--errors", options->errors,
                      "list up to N misses and spurious answers of each table");
  command->add_flag("--json", options->json, "print the scores as JSON");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    run_eval_command(*options);
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
