// TEMPORARY: json only, until the exports issue lands.
#include <iostream>

#include "commands.hpp"
#include "kg/error.hpp"
#include "kg/output.hpp"

namespace kg::cli {

void add_export_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("export", "Export the graph to a file format");
  command->footer("Example:\n  kg export --format json -o graph.json examples/eu-unodc-brochure.txt");
  struct Options {
    InputOptions input;
    std::string format = "json";
    std::string output = "-";
  };
  auto options = std::make_shared<Options>();
  command->add_option("-f,--format", options->format, "output format: json")->capture_default_str();
  command->add_option("-o,--output", options->output, "output file (default: standard output)");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    if (options->format != "json") throw Error("unknown export format \"" + options->format + "\"");
    KnowledgeGraph graph = load_input_graph(options->input);
    write_file_atomically(options->output, [&](std::ostream& out) { write_graph_json(graph, out); });
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
