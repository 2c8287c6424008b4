// `kg explain`: why the graph holds an entity. It finds names as every query does.
#include <iostream>

#include "commands.hpp"
#include "kg/query.hpp"
#include "kg/render.hpp"

namespace kg::cli {

void add_explain_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "explain", "Show every mention and edge of an entity with its sentence and rule");
  command->footer(
      "Examples:\n  kg explain UNODC examples/eu-unodc-brochure.txt\n  kg explain Dakowah");
  struct Options {
    std::string name;
    InputOptions input;
  };
  auto options = std::make_shared<Options>();
  command->add_option("NAME", options->name, "the entity: name, alias, surname, acronym or id")
      ->required();
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    KnowledgeGraph graph = load_input_graph(options->input);
    render::print_explanation(std::cout, graph, resolve_name(graph, options->name));
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
