// `kg build`: builds the graph, prints its counts, saves it with -o; with --shard I/N,
// extracts shard I's items into a shard file for `kg merge`.
#include <chrono>
#include <iostream>

#include "command_runs.hpp"
#include "kg/output.hpp"
#include "kg/pipeline.hpp"
#include "kg/render.hpp"

namespace kg::cli {

void add_build_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("build", "Build the graph of a corpus and print its counts");
  command->footer(
      "Examples:\n  kg build examples/eu-unodc-brochure.txt -o graph.json\n"
      "  kg build --shard 0/2 corpus.txt -o s0.kgshard; kg build --shard 1/2 corpus.txt -o "
      "s1.kgshard\n  kg merge s0.kgshard s1.kgshard -o graph.json");
  auto options = std::make_shared<BuildOptions>();
  command->add_option("-o,--output", options->output,
                      "save the graph (reload it in queries): JSON, or kg's binary format when "
                      "the name ends in .kgb (loads several times faster)");
  command
      ->add_option("--shard", options->shard,
                   "extract only shard I of N (the items n with (n - 1) mod N = I) into the "
                   "shard file -o names; kg merge joins the N files into the graph")
      ->type_name("I/N");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    refuse_own_input(options->output, options->input);
    if (!options->shard.empty()) {
      build_shard_file(*options);
      context.exit_code = kExitOk;
      return;
    }
    KnowledgeGraph graph = load_input_graph(options->input, /*print_notes=*/true);
    print_and_save(graph, options->output, options->input.jobs);
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
