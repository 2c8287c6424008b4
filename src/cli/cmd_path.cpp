// `kg path`: its options; the work is in path_run.cpp.
#include "command_runs.hpp"

namespace kg::cli {

void add_path_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "path", "The shortest path between two entities, direction ignored, hop by hop");
  command->footer(
      "A and B: a name or alias (case and accents ignored), a unique surname or acronym, or a "
      "node id.\n"
      "Examples:\n"
      "  kg path \"Yatta Dakowah\" \"Horizontal Working Party on Drugs\" --evidence\n"
      "  kg path UNODC \"DG HOME\" -k 3 --node-kinds event graph.json\n"
      "  kg path Albert Europol --from 2017-01-01 --to 2017-12-31 --json\n"
      "  kg path Fedotov \"DG DEVCO\" --avoid UNODC,\"European Union\" --evidence");
  auto options = std::make_shared<PathCommandOptions>();
  command->add_option("A", options->a, "the first entity (not with --batch)");
  command->add_option("B", options->b, "the second entity (not with --batch)");
  auto* all = command->add_flag("--all", options->all, "every shortest path");
  auto* k = command->add_option("-k", options->k, "the N shortest loopless paths (Yen's algorithm)")
                ->type_name("N")
                ->check(CLI::PositiveNumber);
  all->excludes(k);
  command->add_option("--max-hops", options->max_hops, "no path longer than H hops")
      ->type_name("H")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--avoid", options->avoid,
                   "no path through these entities (hubs), e.g. UNODC,\"European Union\"")
      ->type_name("NAME,...")
      ->delimiter(',');
  command
      ->add_option("--max-degree", options->max_degree,
                   "no path through an entity with more than N neighbours")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  add_kind_options(*command, options->filter,
                   "only nodes of these kinds between A and B (e.g. event)");
  add_window_options(*command, options->filter);
  command->add_flag("--evidence", options->evidence, "add the sentence behind each edge");
  command
      ->add_option("--batch", options->batch,
                   "the paths between each pair of names in FILE (one \"A<TAB>B\" a line), "
                   "the graph loaded once")
      ->type_name("FILE");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] { context.exit_code = run_path_command(*options); });
}

}  // namespace kg::cli
