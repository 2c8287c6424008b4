// `kg view`: the HTML page of `kg export --format html`, written to a temporary file and
// opened in the desktop's browser; where there is no desktop, the path is printed instead.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "kg/desktop.hpp"
#include "kg/export.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct ViewOptions {
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  bool no_open = false;
  FilterOptions window;
  InputOptions input;
};

ViewAnswer run(const ViewOptions& options) {
  ExportOptions page;
  page.format = ExportFormat::html;
  page.filter = options.window.to_filter();  // checked before the slow load
  page.organisation = options.organisation;
  page.bodies = options.bodies;
  page.rules_dir = find_rules_dir(options.input.rules_dir);
  KnowledgeGraph graph = load_input_graph(options.input);
  ViewAnswer answer{make_temporary_file("kg-view", ".html"), {}};
  export_graph(graph, page, answer.page);
  if (std::optional<std::string> opener = find_opener(); opener && !options.no_open) {
    open_with(*opener, answer.page);
    answer.opener = *opener;
  }
  return answer;
}

}  // namespace

void add_view_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "view", "Open the graph as an interactive page in the browser (or print the page's path)");
  command->footer(
      "The page is kg export --format html, written to a temporary file: the graph with search,\n"
      "cards, paths and filters, a timeline, and the engagement matrix as a heat map. It opens\n"
      "with xdg-open when $DISPLAY or $WAYLAND_DISPLAY is set; otherwise kg prints its path.\n"
      "\nExamples:\n  kg view\n  kg view graph.json\n  kg view --no-open my-corpus.txt");
  auto options = std::make_shared<ViewOptions>();
  command
      ->add_option("--org", options->organisation,
                   "the organisation whose officials are the matrix's rows")
      ->capture_default_str();
  command
      ->add_option("--bodies", options->bodies,
                   "the group of bodies in the matrix's columns (rules/groups/NAME.json or a path)")
      ->capture_default_str();
  command->add_flag("--no-open", options->no_open, "only write the page and print its path");
  add_window_options(*command, options->window);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    print_view(std::cout, std::cerr, run(*options));
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
