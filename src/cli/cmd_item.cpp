// `kg item N [INPUT...]`: one item's text with its mentions marked.
#include <iostream>

#include "commands.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct ItemOptions {
  int n = 0;
  InputOptions input;
};

struct ItemAnswer {
  KnowledgeGraph graph;
  Item item;
  std::vector<ItemMention> mentions;
};

ItemAnswer run(const ItemOptions& options) {
  std::vector<std::string> inputs = inputs_or_bundled(options.input.inputs);
  Corpus corpus = read_corpus(inputs);  // the text; a saved graph has none, and fails here
  auto item = std::find_if(corpus.items.begin(), corpus.items.end(),
                           [&](const Item& i) { return i.n == options.n; });
  if (item == corpus.items.end())
    throw Error("no item " + std::to_string(options.n) + "; the corpus has items 1 to " +
                    std::to_string(corpus.items.size()),
                "", 0, 0, kExitNothingFound);
  InputOptions graph_input = options.input;
  graph_input.inputs = inputs;
  ItemAnswer answer{load_input_graph(graph_input), *item, {}};
  answer.mentions = locate_mentions(answer.item, answer.graph);
  return answer;
}

}  // namespace

void add_item_command(CLI::App& app, Context& context) {
  auto* command =
      app.add_subcommand("item", "Print an item's text with its mentions marked by kind");
  command->footer(
      "Mentions are coloured on a terminal (unless NO_COLOR is set) and written\n"
      "[[text|kind]] otherwise; a table of the entities they resolve to follows.\n"
      "Examples:\n  kg item 73\n  kg item 3 my-corpus.txt --colour never");
  auto options = std::make_shared<ItemOptions>();
  command->add_option("n", options->n, "the item's number (see `kg items`)")->required();
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    ItemAnswer answer = run(*options);
    render::print_item(std::cout, answer.graph, answer.item, answer.mentions, render::colour_on());
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
