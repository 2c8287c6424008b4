#include "options.hpp"

#include "kg/error.hpp"

namespace kg::cli {

void add_format_options(CLI::App& command, FormatOptions& options) {
  auto* json = command.add_flag("--json", options.json, "print JSON");
  auto* csv = command.add_flag("--csv", options.csv, "print CSV");
  json->excludes(csv);
}

GraphFilter FilterOptions::to_filter() const {
  GraphFilter filter;
  if (!from.empty()) check_iso_date(from, "--from");
  if (!to.empty()) check_iso_date(to, "--to");
  if (!from.empty() && !to.empty() && to < from)
    throw Error("--to " + to + " is before --from " + from);
  filter.from = from;
  filter.to = to;
  filter.node_kinds = parse_node_kinds(node_kinds);
  filter.edge_kinds = parse_edge_kinds(edge_kinds);
  filter.drop_isolated = drop_isolated;
  return filter;
}

void add_window_options(CLI::App& command, FilterOptions& options) {
  command.add_option("--from", options.from, "only events that end on or after DATE (YYYY-MM-DD)")
      ->type_name("DATE");
  command.add_option("--to", options.to, "only events that start on or before DATE (YYYY-MM-DD)")
      ->type_name("DATE");
}

void add_kind_options(CLI::App& command, FilterOptions& options, std::string_view node_help) {
  // --kind: the name kg rank and kg neighbours first had, kept so that scripts using it work.
  command.add_option("--node-kinds,--kind", options.node_kinds, std::string(node_help))
      ->type_name("KIND,...");
  command
      .add_option(
          "--edge-kinds", options.edge_kinds,
          "only edges of these kinds: attended, represents, funds, held_in, active_in, mentions")
      ->type_name("KIND,...");
}

}  // namespace kg::cli
