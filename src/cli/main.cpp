// The `kg` executable: git-style subcommands; errors become one line on stderr and an exit code.
#include <filesystem>
#include <iostream>

#include "allocator.hpp"
#include "commands.hpp"
#include "kg/error.hpp"
#include "kg/output.hpp"
#include "terminal.hpp"

int main(int argc, char** argv) {
  kg::cli::tune_allocator();
  CLI::App app{
      "kg: builds a knowledge graph of who meets whom from dated news items, "
      "queries it and exports it"};
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(1);
  app.footer("Run `kg COMMAND --help` for the options and an example of each command.");

  kg::cli::Context context;
  kg::cli::add_items_command(app, context);
  kg::cli::add_build_command(app, context);
  kg::cli::add_merge_command(app, context);
  kg::cli::add_export_command(app, context);
  kg::cli::add_view_command(app, context);
  kg::cli::add_rules_command(app, context);
  kg::cli::add_explain_command(app, context);
  kg::cli::add_eval_command(app, context);
  kg::cli::add_path_command(app, context);
  kg::cli::add_neighbours_command(app, context);
  kg::cli::add_show_command(app, context);
  kg::cli::add_engagements_command(app, context);
  kg::cli::add_rank_command(app, context);
  kg::cli::add_stats_command(app, context);
  kg::cli::add_item_command(app, context);
  kg::cli::add_review_command(app, context);

  // --color and --quiet on every command, applied once parsing is done, before it runs.
  kg::cli::TerminalOptions terminal;
  for (CLI::App* command : app.get_subcommands({}))
    kg::cli::add_terminal_options(*command, terminal);
  app.parse_complete_callback([&terminal] { kg::cli::apply_terminal_options(terminal); });

  try {
    kg::cli::check_command_name(app, argc, argv);
    app.parse(argc, argv);
    kg::finish_standard_output();  // a lost write to standard output is an error too
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    if (code != 0) return kg::kExitError;
    try {
      kg::finish_standard_output();  // --help and --version print too
    } catch (const kg::Error& lost) {
      std::cerr << kg::cli::error_prefix() << lost.what() << "\n";
      return lost.exit_code();
    }
    return kg::kExitOk;
  } catch (const kg::Error& e) {
    std::cerr << kg::cli::error_prefix() << e.what() << "\n";
    return e.exit_code();
  } catch (const std::filesystem::filesystem_error& e) {
    // A file system call that no reader expected to fail (a link loop, a name too long): the
    // user's path and the system's reason, not the library's "filesystem error: status".
    std::string path = e.path1().string();
    if (path.size() > 160) path = path.substr(0, 160) + "...";
    std::cerr << "kg: " << (path.empty() ? "" : path + ": ") << e.code().message() << "\n";
    return kg::kExitError;
  } catch (const std::exception& e) {
    std::cerr << "kg: internal error: " << e.what() << "\n";
    return kg::kExitError;
  }
  return context.exit_code;
}
