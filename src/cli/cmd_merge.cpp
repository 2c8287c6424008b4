// `kg merge`: joins the shard files of `kg build --shard I/N` into the graph of the corpus.
#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "kg/pipeline.hpp"
#include "kg/render.hpp"
#include "kg/shard.hpp"

namespace kg::cli {

void add_merge_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "merge", "Join the shard files of kg build --shard I/N into the graph of the whole corpus");
  command->footer(
      "Example:\n  kg build --shard 0/2 corpus.txt -o s0.kgshard\n"
      "  kg build --shard 1/2 corpus.txt -o s1.kgshard\n"
      "  kg merge s0.kgshard s1.kgshard -o graph.json   # the graph of kg build corpus.txt");
  struct Options {
    std::vector<std::string> shards;
    std::string output;
    std::string rules_dir;
    CorrectionOptions corrections;
  };
  auto options = std::make_shared<Options>();
  command->add_option("shards", options->shards, "the shard files, one of each shard, any order")
      ->required();
  command->add_option("-o,--output", options->output,
                      "save the graph: JSON, or kg's binary format when the name ends in .kgb");
  command->add_option("--rules", options->rules_dir,
                      "the rules folder the shards were built with (default: $KG_RULES, else "
                      "the project's rules/)");
  command
      ->add_option("--corrections", options->corrections.file,
                   "apply a corrections file to the merged graph (default: $KG_CORRECTIONS)")
      ->type_name("FILE");
  command->add_flag("--lenient", options->corrections.lenient,
                    "a correction that matches nothing warns instead of failing");
  command->callback([options, &context] {
    refuse_own_input(options->output, options->shards, options->rules_dir, options->corrections);
    BuildReport report;
    KnowledgeGraph graph =
        merge_shards(options->shards, options->rules_dir, report, options->corrections);
    report_diagnostics(report.diagnostics, false);
    for (const std::string& note : report.notes) std::cerr << "note: " << note << "\n";
    for (const StageTime& stage : report.stage_seconds) print_stage_time(stage);
    print_and_save(graph, options->output, 0);
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
