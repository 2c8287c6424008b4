// `kg review`: the review queue, as corrections ready to paste.
#include <iostream>

#include "commands.hpp"
#include "kg/review.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct ReviewOptions {
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  std::size_t limit = 40;
  FormatOptions format;
  InputOptions input;
};

std::vector<ReviewFinding> run(const ReviewOptions& options) {
  BodyGroup group = load_body_group(find_rules_dir(options.input.rules_dir), options.bodies);
  KnowledgeGraph graph = load_input_graph(options.input);
  NodeIndex organisation = resolve_name(graph, options.organisation);
  EngagementMatrix matrix = compute_engagements(graph, organisation, group);
  return review_graph(graph, matrix);
}

}  // namespace

void add_review_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "review", "What deserves a human look, most doubtful first, as corrections to paste");
  command->footer(
      "Lists matrix rows and columns that hang on one sentence, affiliations from a single\n"
      "rule, people with no affiliation, names kept apart that might be one, and entities\n"
      "mentioned once. Each line is a correction with its reason as a note.\n"
      "Examples:\n"
      "  kg review\n"
      "  kg review --limit 0 --corrections my.corrections >> my.corrections.todo");
  auto options = std::make_shared<ReviewOptions>();
  command->add_option("--org", options->organisation, "the organisation whose people are rows")
      ->capture_default_str();
  command->add_option("--bodies", options->bodies, "the group of bodies that are columns")
      ->type_name("GROUP")
      ->capture_default_str();
  command->add_option("--limit", options->limit, "how many findings to list (0: all)")
      ->capture_default_str();
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    std::vector<ReviewFinding> findings = run(*options);
    render::print_review(std::cout, findings, options->limit, options->format.format());
    context.exit_code = findings.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
