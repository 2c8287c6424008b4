#include <iostream>

#include "commands.hpp"
#include "kg/rules.hpp"

namespace kg::cli {
void add_rules_command(CLI::App& app, Context& context) {
  auto* rules = app.add_subcommand("rules", "Work with the extraction rules folder");
  rules->require_subcommand(1);
  auto* check = rules->add_subcommand(
      "check", "Validate a rules folder: every problem by file, line, column and rule id");
  check->footer("Example:\n  kg rules check rules/");
  auto dir = std::make_shared<std::string>();
  check->add_option("DIR", *dir, "rules folder (default: $KG_RULES, else the project's rules/)");
  check->callback([dir, &context] {
    std::string folder = find_rules_dir(*dir);
    std::vector<RuleProblem> problems = check_rules(folder);
    int errors = 0;
    for (const RuleProblem& problem : problems) {
      std::cout << to_string(problem) << "\n";
      if (!problem.warning) ++errors;
    }
    if (errors > 0) {
      std::cout << folder << ": " << errors << " error(s), " << problems.size() - errors
                << " warning(s)\n";
      context.exit_code = kExitError;
      return;
    }
    Rules loaded = load_rules(folder);
    std::cout << folder << ": ok: " << loaded.gazetteer.size() << " gazetteer entries, "
              << loaded.vocabularies.size() << " vocabularies, " << loaded.patterns.size()
              << " patterns";
    if (!problems.empty()) std::cout << ", " << problems.size() << " warning(s)";
    std::cout << "\n";
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
