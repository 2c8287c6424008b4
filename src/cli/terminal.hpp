// What kg does for a person at a terminal and nowhere else: colour (`--color`, NO_COLOR) and
// the progress line of long runs (`--quiet`). Every command takes both options.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace kg::cli {

struct TerminalOptions {
  std::string colour = "auto";  // auto, always, never
  bool quiet = false;
};

// Adds --color/--colour and -q/--quiet to `command` and to every command under it.
void add_terminal_options(CLI::App& command, TerminalOptions& options);

// Whether to colour what goes to file descriptor `fd`: `always`; `never`; `auto` colours a
// terminal unless NO_COLOR is set and not empty (https://no-color.org).
bool use_colour(const TerminalOptions& options, int fd);

// Turns on the colour of the printers (standard output) and of kg's messages (standard
// error), and the progress line on a terminal's standard error unless `quiet`.
void apply_terminal_options(const TerminalOptions& options);

// The width of the terminal on standard output, else $COLUMNS, else 0 (no limit: a file
// or a pipe takes lines of any length).
std::size_t output_width();

// "kg: " in red on a coloured standard error, for the one-line error messages.
std::string error_prefix();
// "warning:" in yellow, likewise.
std::string warning_word();

}  // namespace kg::cli
