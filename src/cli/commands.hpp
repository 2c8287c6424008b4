// Registration of the subcommands: each file of src/cli/ adds one to the app.
// No logic a test would want lives here: commands parse options and call the library.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "kg/error.hpp"  // kExitOk and friends, used by every command
#include "kg/graph.hpp"
#include "kg/pipeline.hpp"

namespace kg::cli {

// Shared by every command: its exit code, set by the command's callback.
struct Context {
  int exit_code = 0;
};

// Options of every command that reads a corpus or a saved graph.
struct InputOptions {
  std::vector<std::string> inputs;
  std::string rules_dir;
  bool strict = false;
  unsigned jobs = 0;  // extraction and writing threads; 0: all cores
  CorrectionOptions corrections;
};

// Adds `[INPUT...]`, `--rules DIR` and `--strict` to a command. Call it after the
// command's own positionals: inputs come last (`kg path A B [INPUT...]`).
void add_input_options(CLI::App& command, InputOptions& options);
// The inputs, or else the bundled brochure, saying so on stderr (the user gave no corpus).
std::vector<std::string> inputs_or_bundled(const std::vector<std::string>& inputs);
// Throws kg::Error when the corpus of `inputs` held no item.
void refuse_empty_corpus(const BuildReport& report, const std::vector<std::string>& inputs);
// Refuses, before any work, an output (-o) that is a file the run would read: a corpus file,
// a saved graph or shard, a rules file, the corrections file. Writing checks it again.
void refuse_own_input(const std::string& output, const InputOptions& options);
void refuse_own_input(const std::string& output, std::vector<std::string> files,
                      const std::string& rules_dir, const CorrectionOptions& corrections);
// Loads the graph the options name, printing diagnostics and build notes to stderr.
KnowledgeGraph load_input_graph(const InputOptions& options, bool print_notes = false);
// The same for one of many inputs built with the same rules: `rules` are loaded by the first
// build that needs them and kept for the next ones (a saved graph needs none). The graph is
// freed when dropped.
KnowledgeGraph load_input_graph(const InputOptions& options, std::shared_ptr<const Rules>& rules);
// Prints the graph's counts (`kg build`, `kg merge`) and saves it to `output` if one is given,
// rendered on up to `jobs` threads (0: all cores).
void print_and_save(const KnowledgeGraph& graph, const std::string& output, unsigned jobs);
// With KG_TIMINGS=1, prints "timing: STAGE SECONDS s" and "memory: STAGE peak MIB MiB" (the
// process's peak so far) on stderr (bench/run.sh reads them).
void print_stage_time(const StageTime& stage);
// "FILE:LINE: warning: message" on stderr; a whole-file diagnostic (line 0) has no line.
void print_diagnostic(const Diagnostic& diagnostic);
// Prints every diagnostic; with `strict`, the first one is then a kg::Error.
void report_diagnostics(const std::vector<Diagnostic>& diagnostics, bool strict);

// Throws kg::Error naming the nearest command when argv's command is none of app's.
void check_command_name(const CLI::App& app, int argc, const char* const* argv);

void add_items_command(CLI::App& app, Context& context);
void add_build_command(CLI::App& app, Context& context);
void add_merge_command(CLI::App& app, Context& context);
void add_export_command(CLI::App& app, Context& context);
void add_view_command(CLI::App& app, Context& context);
void add_rules_command(CLI::App& app, Context& context);
void add_explain_command(CLI::App& app, Context& context);
void add_eval_command(CLI::App& app, Context& context);
// Queries (src/cli/cmd_path.cpp ... cmd_stats.cpp).
void add_path_command(CLI::App& app, Context& context);
void add_neighbours_command(CLI::App& app, Context& context);
void add_show_command(CLI::App& app, Context& context);
void add_engagements_command(CLI::App& app, Context& context);
void add_rank_command(CLI::App& app, Context& context);
void add_stats_command(CLI::App& app, Context& context);
void add_item_command(CLI::App& app, Context& context);
void add_review_command(CLI::App& app, Context& context);

}  // namespace kg::cli
