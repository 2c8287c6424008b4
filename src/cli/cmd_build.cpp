// `kg build`: builds the graph, prints its counts, saves it with -o.
#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "kg/output.hpp"
#include "kg/pipeline.hpp"
#include "kg/render.hpp"

namespace kg::cli {

void add_build_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("build", "Build the graph of a corpus and print its counts");
  command->footer("Example:\n  kg build examples/eu-unodc-brochure.txt -o graph.json");
  struct Options {
    InputOptions input;
    std::string output;
  };
  auto options = std::make_shared<Options>();
  command->add_option("-o,--output", options->output,
                      "save the graph (reload it in queries): JSON, or kg's binary format when "
                      "the name ends in .kgb (loads several times faster)");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
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
