// An unknown command gets a suggestion: CLI11 would only say that a subcommand is required.
#include <limits>

#include "commands.hpp"
#include "kg/text.hpp"

namespace kg::cli {

void check_command_name(const CLI::App& app, int argc, const char* const* argv) {
  // The command is the first word that is not an option; kg's own options take no value.
  int first = 1;
  while (first < argc && argv[first][0] == '-') ++first;
  if (first >= argc) return;
  std::string given = argv[first];
  std::string nearest;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->check_name(given)) return;
    std::size_t distance = edit_distance(given, command->get_name());
    if (distance < best) {
      best = distance;
      nearest = command->get_name();
    }
  }
  std::string message = "unknown command \"" + given + "\"";
  // A typo changes a letter or two; farther off, a suggestion would only puzzle.
  if (best <= 2 && best < given.size()) message += "; did you mean \"" + nearest + "\"?";
  throw Error(message + " (`kg --help` lists the commands)");
}

}  // namespace kg::cli
