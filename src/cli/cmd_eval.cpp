#include <iostream>

#include "commands.hpp"
#include "kg/eval.hpp"

namespace kg::cli {

void add_eval_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "eval", "Score the graph against a gold annotation, as shared/tools/kgscore.py does");
  command->footer(
      "Example:\n  kg eval --gold ../shared/gold/eu-unodc-brochure.gold.json --errors 5 "
      "examples/eu-unodc-brochure.txt");
  struct Options {
    InputOptions input;
    std::string gold;
    int errors = 0;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("--gold", options->gold, "gold file (shared/gold/GUIDELINE.md format)")
      ->required();
  command->add_option("--errors", options->errors,
                      "list up to N misses and spurious answers of each table");
  command->add_flag("--json", options->json, "print the scores as JSON");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    GoldStandard gold = read_gold_file(options->gold);
    KnowledgeGraph graph = load_input_graph(options->input);
    EvalReport report = evaluate(gold, graph);
    if (options->json) {
      write_eval_json(report, std::cout);
    } else {
      write_eval_text(report, std::cout, options->errors);
    }
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
