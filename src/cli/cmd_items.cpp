// `kg items`: options -> run -> the corpus -> render::print_items.
#include <iostream>

#include "commands.hpp"
#include "kg/render.hpp"

namespace kg::cli {
namespace {

struct ItemsOptions {
  std::vector<std::string> inputs;
  bool strict = false;
};

Corpus run(const ItemsOptions& options) {
  Corpus corpus = read_corpus(inputs_or_bundled(options.inputs));
  report_diagnostics(corpus.diagnostics, options.strict);
  return corpus;
}

}  // namespace

void add_items_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("items", "List the dated items of a corpus: n, dates, title");
  command->footer("Example:\n  kg items examples/eu-unodc-brochure.txt");
  auto options = std::make_shared<ItemsOptions>();
  command->add_option("inputs", options->inputs,
                      "corpus files or folders (default: the bundled brochure)");
  command->add_flag("--strict", options->strict, "treat problems inside items as errors");
  command->callback([options, &context] {
    Corpus corpus = run(*options);
    render::print_items(std::cout, corpus.items);
    context.exit_code = corpus.items.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
