// `kg eval`: options -> run -> EvalAnswer -> render::print_eval.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct EvalOptions {
  InputOptions input;
  std::string gold;
  int errors = 0;
  bool json = false;
};

// With corrections, two scores: what the rules found, and what the researcher made of it.
EvalAnswer run(const EvalOptions& options) {
  GoldStandard gold = read_gold_file(options.gold);
  EvalAnswer answer;
  answer.corrections = find_corrections_file(options.input.corrections);
  InputOptions raw = options.input;
  raw.corrections = {"", false, /*ignore_environment=*/true};
  KnowledgeGraph graph = load_input_graph(raw);
  // A saved graph is scored in its file's node order, the order kgscore.py sees.
  NodeOrder order = is_saved_graph(options.input.inputs) ? NodeOrder::by_index : NodeOrder::by_id;
  answer.report = evaluate(gold, graph, order);
  if (answer.corrections.empty()) return answer;
  BuildReport build;
  apply_corrections_file(graph, answer.corrections, options.input.corrections.lenient, build);
  for (const Diagnostic& d : build.diagnostics) print_diagnostic(d);
  answer.corrected = evaluate(gold, graph, order);
  return answer;
}

}  // namespace

void add_eval_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "eval",
      "Score the graph against a gold annotation (docs/GUIDELINE.md says how to write one)");
  command->footer(
      "Example:\n  kg eval --gold ../shared/gold/eu-unodc-brochure.gold.json --errors 5 "
      "examples/eu-unodc-brochure.txt");
  auto options = std::make_shared<EvalOptions>();
  command->add_option("--gold", options->gold, "gold file (shared/gold/GUIDELINE.md format)")
      ->required();
  command->add_option("--errors", options->errors,
                      "list up to N misses and spurious answers of each table");
  command->add_flag("--json", options->json, "print the scores as JSON");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    render::print_eval(std::cout, run(*options), options->errors, options->json);
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
