#include <iostream>

#include "commands.hpp"
#include "kg/corpus.hpp"

namespace kg::cli {

void add_items_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("items", "List the dated items of a corpus: n, dates, title");
  command->footer("Example:\n  kg items examples/eu-unodc-brochure.txt");
  struct Options {
    std::vector<std::string> inputs;
    bool strict = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("inputs", options->inputs,
                      "corpus files or folders (default: the bundled brochure)");
  command->add_flag("--strict", options->strict, "treat problems inside items as errors");
  command->callback([options, &context] {
    Corpus corpus = read_corpus(inputs_or_bundled(options->inputs));
    report_diagnostics(corpus.diagnostics, options->strict);
    for (const Item& item : corpus.items) {
      std::cout << item.n << '\t' << item.date << '\t' << item.end_date << '\t' << item.title
                << '\n';
    }
    context.exit_code = corpus.items.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
