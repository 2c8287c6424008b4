#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "kg/progress.hpp"
#include "kg/render.hpp"

namespace kg::cli {
namespace {

bool stderr_coloured = false;

// The progress line: redrawn in place ("\r", then erase to the end of the line), wiped
// when the task ends, so that what follows starts on a clean line.
void draw_progress(const ProgressState& state) {
  if (state.finished) {
    std::cerr << "\r\x1b[K" << std::flush;
    return;
  }
  // A line longer than the terminal would wrap, and "\r" could not draw over it.
  std::string line = "kg: " + render::format_progress(state);
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1)
    line = render::shorten(line, size.ws_col - 1);
  if (stderr_coloured) line = "\x1b[2m" + line + "\x1b[0m";  // dim: it is not the answer
  std::cerr << "\r" << line << "\x1b[K" << std::flush;
}

// $KG_PROGRESS_AFTER_MS: how long a stage runs before its line shows (default 250 ms; 0 shows
// every stage, as tests/cli/terminal.sh does to see each one on a small corpus).
std::chrono::milliseconds first_progress_report() {
  const char* text = std::getenv("KG_PROGRESS_AFTER_MS");
  if (text == nullptr || *text == '\0') return std::chrono::milliseconds(250);
  char* end = nullptr;
  long value = std::strtol(text, &end, 10);
  if (*end != '\0' || value < 0) return std::chrono::milliseconds(250);
  return std::chrono::milliseconds(value);
}

}  // namespace

void add_terminal_options(CLI::App& command, TerminalOptions& options) {
  command
      .add_option("--color,--colour", options.colour,
                  "colour on a terminal: auto (unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  command.add_flag("-q,--quiet", options.quiet, "no progress line on a terminal");
  for (CLI::App* sub : command.get_subcommands({})) add_terminal_options(*sub, options);
}

bool use_colour(const TerminalOptions& options, int fd) {
  if (options.colour != "auto") return options.colour == "always";
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(fd) != 0 && (no_colour == nullptr || *no_colour == '\0');
}

void apply_terminal_options(const TerminalOptions& options) {
  render::set_colour(use_colour(options, STDOUT_FILENO));
  stderr_coloured = use_colour(options, STDERR_FILENO);
  bool progress = !options.quiet && isatty(STDERR_FILENO) != 0;
  set_progress_observer(progress ? ProgressObserver(draw_progress) : ProgressObserver(),
                        first_progress_report());
}

std::size_t output_width() {
  winsize size{};
  if (isatty(STDOUT_FILENO) != 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  const char* columns = std::getenv("COLUMNS");
  if (columns == nullptr) return 0;
  char* end = nullptr;
  long value = std::strtol(columns, &end, 10);
  return end != columns && *end == '\0' && value > 0 ? static_cast<std::size_t>(value) : 0;
}

std::string error_prefix() {
  return stderr_coloured ? "\x1b[1;31mkg:\x1b[0m " : "kg: ";
}
std::string warning_word() {
  return stderr_coloured ? "\x1b[1;33mwarning:\x1b[0m" : "warning:";
}

}  // namespace kg::cli
