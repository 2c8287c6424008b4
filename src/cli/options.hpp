// Options shared by several commands: output format and the graph filter. Each command
// declares its options in a struct, checks them into library values, runs, and hands the
// result to a printer of kg/render.hpp.
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/query.hpp"
#include "kg/render.hpp"

namespace kg::cli {

// The printers' building blocks, for the commands that print in several formats.
using namespace kg::render;  // NOLINT(google-build-using-namespace)

struct FormatOptions {
  bool json = false;
  bool csv = false;
  Format format() const { return json ? Format::json : csv ? Format::csv : Format::table; }
};

// Adds --json and --csv (mutually exclusive).
void add_format_options(CLI::App& command, FormatOptions& options);

// --from/--to on events, and (when asked) --node-kinds (alias --kind)/--edge-kinds, as typed by
// the user. Every command that filters the graph takes these, so they check the same everywhere;
// each command's help says which nodes --node-kinds selects (kept, walked through, listed).
struct FilterOptions {
  std::string from;
  std::string to;
  std::string node_kinds;
  std::string edge_kinds;
  bool drop_isolated = false;     // set by the commands that offer --drop-isolated
  GraphFilter to_filter() const;  // checks the dates and kinds; throws kg::Error
};
void add_window_options(CLI::App& command, FilterOptions& options);
void add_kind_options(CLI::App& command, FilterOptions& options, std::string_view node_help);

}  // namespace kg::cli
