#include <fstream>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "kg/eval.hpp"

namespace kg::cli {
namespace {

// One saved graph is scored in its file's node order, the order kgscore.py sees; a graph
// built here in the order of its JSON export. Same test as load_graph's.
NodeOrder node_order(const std::vector<std::string>& inputs) {
  if (inputs.size() != 1) return NodeOrder::by_id;
  std::ifstream in(inputs.front(), std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  std::size_t start = head.find_first_not_of(" \t\r\n");
  bool graph = start != std::string::npos && head[start] == '{' &&
               (head.find("\"nodes\"") != std::string::npos ||
                head.find("\"directed\"") != std::string::npos);
  return graph ? NodeOrder::by_index : NodeOrder::by_id;
}

// A file name inside a JSON string.
std::string json_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out;
}

}  // namespace

void add_eval_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "eval",
      "Score the graph against a gold annotation (docs/GUIDELINE.md says how to write one)");
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
    // With corrections, both scores: what the rules found, and what the researcher made of it.
    std::string corrections = find_corrections_file(options->input.corrections);
    InputOptions raw = options->input;
    raw.corrections = {"", false, /*ignore_environment=*/true};
    KnowledgeGraph graph = load_input_graph(raw);
    NodeOrder order = node_order(options->input.inputs);
    EvalReport report = evaluate(gold, graph, order);
    std::optional<EvalReport> corrected;
    if (!corrections.empty()) {
      BuildReport build;
      apply_corrections_file(graph, corrections, options->input.corrections.lenient, build);
      for (const Diagnostic& d : build.diagnostics) print_diagnostic(d);
      corrected = evaluate(gold, graph, order);
    }
    if (options->json && corrected) {
      std::cout << "{\"without_corrections\": ";
      write_eval_json(report, std::cout);
      std::cout << ", \"with_corrections\": ";
      write_eval_json(*corrected, std::cout);
      std::cout << ", \"corrections\": \"" << json_escaped(corrections) << "\"}\n";
    } else if (options->json) {
      write_eval_json(report, std::cout);
    } else {
      if (corrected) std::cout << "without corrections:\n";
      write_eval_text(report, std::cout, options->errors);
      if (corrected) {
        std::cout << "\nwith corrections (" << corrections << "):\n";
        write_eval_text(*corrected, std::cout, options->errors);
      }
    }
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
