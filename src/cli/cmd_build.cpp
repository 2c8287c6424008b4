// `kg build`: builds the graph, prints its counts, saves it with -o; with --shard I/N,
// extracts shard I's items into a shard file for `kg merge`.
#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "kg/output.hpp"
#include "kg/pipeline.hpp"
#include "kg/render.hpp"
#include "kg/shard.hpp"

namespace kg::cli {
namespace {

struct BuildOptions {
  InputOptions input;
  std::string output;
  std::string shard;
};

void build_shard_file(const BuildOptions& options) {
  ShardSpec spec = parse_shard_spec(options.shard);
  if (options.output.empty())
    throw Error("--shard writes a shard file: give -o FILE (kg merge then joins the shard files)");
  if (!options.input.corrections.file.empty())
    throw Error("corrections apply to the merged graph: give --corrections to kg merge");
  std::vector<std::string> inputs = inputs_or_bundled(options.input.inputs);
  if (is_saved_graph(inputs))
    throw Error("--shard builds from a corpus, not from a saved graph", inputs.front());
  BuildReport report;
  CorpusStream corpus = open_corpus(inputs, report);
  report_diagnostics(report.diagnostics, options.input.strict);
  refuse_empty_corpus(report, inputs);
  Shard shard = build_shard(corpus, find_rules_dir(options.input.rules_dir), spec, report,
                            options.input.jobs);
  for (const auto& [stage, seconds] : report.stage_seconds) print_stage_time(stage, seconds);
  auto start = std::chrono::steady_clock::now();
  write_file_atomically(options.output, [&](std::ostream& out) { write_shard(shard, out); });
  print_stage_time("write", seconds_since(start));
  render::print_shard_summary(std::cout, shard);
  std::cout << "shard written to " << options.output << '\n';
}

}  // namespace

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
    if (!options->shard.empty()) {
      build_shard_file(*options);
      context.exit_code = kExitOk;
      return;
    }
    KnowledgeGraph graph = load_input_graph(options->input, /*print_notes=*/true);
    render::print_build_summary(std::cout, graph);
    if (!options->output.empty()) {
      auto start = std::chrono::steady_clock::now();
      save_graph(graph, options->output);
      print_stage_time("write", seconds_since(start));
      std::cout << "graph written to " << options->output << '\n';
    }
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
