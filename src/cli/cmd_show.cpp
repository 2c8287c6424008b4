// `kg show`: an entity's card.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct ShowOptions {
  std::string name;
  FormatOptions format;
  InputOptions input;
};

struct ShowAnswer {
  KnowledgeGraph graph;
  EntityCard card;
};

ShowAnswer run(const ShowOptions& options) {
  ShowAnswer answer{load_input_graph(options.input), {}};
  answer.card = entity_card(answer.graph, resolve_name(answer.graph, options.name));
  return answer;
}

}  // namespace

void add_show_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "show", "An entity's card: kind, aliases, the items that mention it, its edges by kind");
  command->footer(
      "Examples:\n"
      "  kg show \"Silke Albert\"\n"
      "  kg show EEAS --json graph.json");
  auto options = std::make_shared<ShowOptions>();
  command->add_option("X", options->name, "the entity: name, alias, surname, acronym or id")
      ->required();
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    ShowAnswer answer = run(*options);
    render::print_card(std::cout, answer.graph, answer.card, options->format.format());
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
