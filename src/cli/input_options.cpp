#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "kg/output.hpp"
#include "kg/pipeline.hpp"
#include "kg/render.hpp"
#include "terminal.hpp"

namespace kg::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("inputs", options.inputs,
                     "corpus files, folders of them, or one graph saved by `kg build -o` "
                     "(default: the bundled brochure)");
  command.add_option("--rules", options.rules_dir,
                     "rules folder (default: $KG_RULES, else the project's rules/)");
  command.add_flag("--strict", options.strict, "treat problems inside items as errors");
  command
      .add_option("--jobs", options.jobs,
                  "extract items and write the graph on N threads (default: all cores; the graph "
                  "is the same)")
      ->check(CLI::PositiveNumber);
  command
      .add_option("--corrections", options.corrections.file,
                  "apply a corrections file after resolution (default: $KG_CORRECTIONS)")
      ->type_name("FILE");
  command.add_flag("--lenient", options.corrections.lenient,
                   "a correction that matches nothing warns instead of failing");
}

void print_diagnostic(const Diagnostic& diagnostic) {
  std::cerr << diagnostic.file;
  if (diagnostic.line > 0) std::cerr << ":" << diagnostic.line;
  std::cerr << ": " << warning_word() << " " << diagnostic.message << "\n";
}

std::vector<std::string> inputs_or_bundled(const std::vector<std::string>& inputs) {
  if (!inputs.empty()) return inputs;
  std::string bundled = default_corpus_path();
  std::cerr << "kg: no input given: reading the bundled brochure " << bundled << "\n";
  return {bundled};
}

void report_diagnostics(const std::vector<Diagnostic>& diagnostics, bool strict) {
  for (const Diagnostic& d : diagnostics) print_diagnostic(d);
  if (strict && !diagnostics.empty()) {
    const Diagnostic& first = diagnostics.front();
    throw Error(first.message + " (--strict)", first.file, first.line);
  }
}

void refuse_empty_corpus(const BuildReport& report, const std::vector<std::string>& inputs) {
  // An empty graph saved over a good one, or queried for nothing, helps no one.
  if (report.empty_corpus)
    throw Error(
        "no dated items in this corpus: nothing to build or query (a heading line looks like "
        "`19-20 June 2018: Title`; a JSON Lines line like {\"date\": \"2018-06-19\", "
        "\"title\": ..., \"text\": ...})",
        inputs.size() == 1 ? inputs.front() : inputs.front() + " and the other inputs");
}

namespace {

// Only an existing regular file can be an input; the check then lists what the run reads.
bool replaces_a_file(const std::string& output) {
  std::error_code ec;
  return !output.empty() && output != "-" && std::filesystem::is_regular_file(output, ec);
}

}  // namespace

void refuse_own_input(const std::string& output, std::vector<std::string> files,
                      const std::string& rules_dir, const CorrectionOptions& corrections) {
  if (!replaces_a_file(output)) return;
  std::error_code ec;
  std::string rules;
  try {
    rules = find_rules_dir(rules_dir);
  } catch (const Error&) {
    // No rules folder: the run says so itself, and reads no rules file.
  }
  if (!rules.empty())
    for (std::filesystem::recursive_directory_iterator it(rules, ec), end; !ec && it != end;
         it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
  if (std::string file = find_corrections_file(corrections); !file.empty()) files.push_back(file);
  refuse_output_among_inputs(output, files);
}

void refuse_own_input(const std::string& output, const InputOptions& options) {
  if (!replaces_a_file(output)) return;
  std::vector<std::string> inputs =
      options.inputs.empty() ? std::vector<std::string>{default_corpus_path()} : options.inputs;
  refuse_own_input(output, CorpusReader(inputs).files(), options.rules_dir, options.corrections);
}

namespace {

// Loads the graph the options name (with `shared_rules`, see load_graph) and prints and checks
// what its build reported.
KnowledgeGraph load_reported(const InputOptions& options, bool print_notes,
                             std::shared_ptr<const Rules>* shared_rules) {
  BuildReport report;
  std::vector<std::string> inputs = inputs_or_bundled(options.inputs);
  KnowledgeGraph graph = load_graph(inputs, options.rules_dir, report, options.jobs,
                                    options.corrections, shared_rules);
  report_diagnostics(report.diagnostics, options.strict);
  refuse_empty_corpus(report, inputs);
  if (print_notes)
    for (const std::string& note : report.notes) std::cerr << "note: " << note << "\n";
  for (const StageTime& stage : report.stage_seconds) print_stage_time(stage);
  return graph;
}

}  // namespace

KnowledgeGraph load_input_graph(const InputOptions& options, bool print_notes) {
  KnowledgeGraph graph = load_reported(options, print_notes, nullptr);
  // The command ends once it has answered, and its output is checked after the graph goes:
  // freeing the graph would only delay the exit.
  graph.keep_until_exit();
  return graph;
}

KnowledgeGraph load_input_graph(const InputOptions& options, std::shared_ptr<const Rules>& rules) {
  return load_reported(options, /*print_notes=*/false, &rules);
}

void print_and_save(const KnowledgeGraph& graph, const std::string& output, unsigned jobs) {
  render::print_build_summary(std::cout, graph);
  if (output.empty()) return;
  auto start = std::chrono::steady_clock::now();
  save_graph(graph, output, jobs);
  print_stage_time({"write", seconds_since(start)});
  std::cout << "graph written to " << output << '\n';
}

void print_stage_time(const StageTime& stage) {
  const char* wanted = std::getenv("KG_TIMINGS");
  if (wanted == nullptr || std::string_view(wanted) != "1") return;
  std::cerr << "timing: " << stage.stage << ' ' << std::fixed << std::setprecision(6)
            << stage.seconds << " s\n";
  std::cerr << "memory: " << stage.stage << " peak " << stage.peak_mib << " MiB\n";
}

}  // namespace kg::cli
