// `kg build --shard I/N`: extracts shard I's items into a shard file for `kg merge`.
#include <chrono>
#include <iostream>

#include "command_runs.hpp"
#include "kg/output.hpp"
#include "kg/pipeline.hpp"
#include "kg/render.hpp"
#include "kg/shard.hpp"

namespace kg::cli {

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
  for (const StageTime& stage : report.stage_seconds) print_stage_time(stage);
  auto start = std::chrono::steady_clock::now();
  write_file_atomically(options.output, [&](std::ostream& out) { write_shard(shard, out); });
  print_stage_time({"write", seconds_since(start)});
  render::print_shard_summary(std::cout, shard);
  std::cout << "shard written to " << options.output << '\n';
}

}  // namespace kg::cli
