// `kg eval`: the scores of one graph against its gold, or of each corpus of a batch file (the
// rules loaded once: most of a small corpus's build is their loading).
#include <algorithm>
#include <filesystem>
#include <functional>
#include <iostream>
#include <sstream>

#include "command_runs.hpp"
#include "kg/eval.hpp"
#include "kg/files.hpp"
#include "kg/render.hpp"

namespace kg::cli {
namespace {

using GraphLoader = std::function<KnowledgeGraph(const InputOptions&)>;

// With corrections, two scores: what the rules found, and what the researcher made of it.
EvalAnswer score(const GoldStandard& gold, const InputOptions& input, const GraphLoader& load) {
  EvalAnswer answer;
  answer.corrections = find_corrections_file(input.corrections);
  InputOptions raw = input;
  raw.corrections = {"", false, /*ignore_environment=*/true};
  KnowledgeGraph graph = load(raw);
  // A saved graph is scored in its file's node order, the order kgscore.py sees.
  NodeOrder order = is_saved_graph(input.inputs) ? NodeOrder::by_index : NodeOrder::by_id;
  answer.report = evaluate(gold, graph, order);
  if (answer.corrections.empty()) return answer;
  BuildReport build;
  apply_corrections_file(graph, answer.corrections, input.corrections.lenient, build);
  for (const Diagnostic& d : build.diagnostics) print_diagnostic(d);
  answer.corrected = evaluate(gold, graph, order);
  return answer;
}

struct EvalTask {
  std::string gold;
  std::vector<std::string> inputs;
  int line = 0;
};

// "GOLD<TAB>INPUT[<TAB>INPUT...]" per line; blank lines and lines starting with # are skipped.
// Every gold file and input must exist before the first build starts: a typo on the last
// line should not wait for all the others.
std::vector<EvalTask> read_tasks(const std::string& file) {
  std::istringstream in(read_file(file, "batch file"));
  std::vector<EvalTask> tasks;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    for (std::size_t start = 0, tab = 0; tab != std::string::npos; start = tab + 1) {
      tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab - start));
    }
    bool empty_field = std::ranges::any_of(fields, [](const auto& f) { return f.empty(); });
    if (fields.size() < 2 || empty_field)
      throw Error(
          "a line of an eval batch holds a gold file and the inputs it annotates, separated by "
          "tabs: GOLD<TAB>INPUT[<TAB>INPUT...]",
          file, n);
    for (const std::string& path : fields)
      if (std::error_code ec; !std::filesystem::exists(path, ec))
        throw Error("no such file or folder: " + path, file, n);
    tasks.push_back({fields.front(), {fields.begin() + 1, fields.end()}, n});
  }
  if (tasks.empty()) throw Error("the eval batch names no gold file and inputs", file);
  return tasks;
}

void print_task_heading(const EvalTask& task) {
  std::cout << "==";
  for (const std::string& input : task.inputs) std::cout << ' ' << input;
  std::cout << " (gold " << task.gold << ")\n";
}

void print_batch_json(const std::vector<EvalTask>& tasks, const std::vector<EvalAnswer>& answers) {
  render::print_json(std::cout, [&](JsonWriter& w) {
    w.start_object().key("corpora").start_array();
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      w.start_object();
      w.key("gold").string(tasks[i].gold);
      w.key("inputs").strings(tasks[i].inputs);
      render::write_eval_json(answers[i], w.key("scores"));
      w.end_object();
    }
    w.end_array().end_object();
  });
}

// Text: each corpus's tables after a "== INPUT... (gold GOLD)" line, a blank line between;
// JSON: {"corpora": [{"gold", "inputs", "scores"}...]}, "scores" as `kg eval --json` prints it.
void run_batch(const EvalOptions& options) {
  std::vector<EvalTask> tasks = read_tasks(options.batch);
  std::shared_ptr<const Rules> rules;  // loaded by the first corpus that needs them
  GraphLoader load = [&rules](const InputOptions& input) { return load_input_graph(input, rules); };
  std::vector<EvalAnswer> answers;
  for (const EvalTask& task : tasks) {
    InputOptions input = options.input;
    input.inputs = task.inputs;
    EvalAnswer answer;
    try {
      answer = score(read_gold_file(task.gold), input, load);
    } catch (const Error& e) {
      throw Error(e.problem() + " (eval batch " + options.batch + ", line " +
                      std::to_string(task.line) + ")",
                  e.file(), e.line(), e.column(), e.exit_code());
    }
    if (options.json) {
      answers.push_back(std::move(answer));
      continue;
    }
    if (&task != &tasks.front()) std::cout << '\n';
    print_task_heading(task);
    render::print_eval(std::cout, answer, options.errors, /*json=*/false);
  }
  if (options.json) print_batch_json(tasks, answers);
}

}  // namespace

void run_eval_command(const EvalOptions& options) {
  if (!options.batch.empty()) {
    if (!options.gold.empty() || !options.input.inputs.empty())
      throw Error(
          "kg eval --batch FILE takes its gold files and inputs from FILE, not --gold or "
          "inputs");
    return run_batch(options);
  }
  if (options.gold.empty()) throw Error("kg eval needs --gold FILE (or --batch FILE)");
  GraphLoader load = [](const InputOptions& input) { return load_input_graph(input); };
  render::print_eval(std::cout, score(read_gold_file(options.gold), options.input, load),
                     options.errors, options.json);
}

}  // namespace kg::cli
