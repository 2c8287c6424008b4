#include <iostream>

#include "commands.hpp"
#include "kg/error.hpp"
#include "kg/resolve.hpp"

namespace kg::cli {

void add_explain_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "explain", "Show every mention and edge of an entity with its sentence and rule");
  command->footer("Example:\n  kg explain UNODC examples/eu-unodc-brochure.txt");
  struct Options {
    std::string name;
    InputOptions input;
  };
  auto options = std::make_shared<Options>();
  command->add_option("NAME", options->name, "entity id, canonical name or alias")->required();
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    KnowledgeGraph graph = load_input_graph(options->input);
    write_explanation(graph, find_entity(graph, options->name), std::cout);
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
