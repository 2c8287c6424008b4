// `kg export` as one library call: select the view, then stream it in the chosen format.
#include "kg/export.hpp"
#include "kg/error.hpp"
#include "kg/output.hpp"

namespace kg {

ExportGraph select_view(const KnowledgeGraph& graph, const ExportOptions& options) {
  if (!options.engagements)
    return export_view(options.filter.empty() ? graph : filter_graph(graph, options.filter));
  if (!options.filter.node_kinds.empty() || !options.filter.edge_kinds.empty())
    throw Error("--engagements takes a date window (--from, --to) but no kinds");
  NodeIndex organisation = resolve_name(graph, options.organisation);
  BodyGroup group = load_body_group(options.rules_dir, options.bodies);
  EngagementOptions window;
  window.from = options.filter.from;
  window.to = options.filter.to;
  return engagement_view(graph, compute_engagements(graph, organisation, group, window));
}

std::string export_graph(const KnowledgeGraph& graph, const ExportOptions& options,
                         const std::string& output) {
  if (options.format == ExportFormat::json && !options.engagements) {
    // The save format, evidence and all: `kg` reloads it, the scorer reads it.
    auto write = [&](const KnowledgeGraph& selected) {
      write_file_atomically(output, [&](std::ostream& out) { write_graph_json(selected, out); });
    };
    options.filter.empty() ? write(graph) : write(filter_graph(graph, options.filter));
    return {};
  }
  ExportGraph view = select_view(graph, options);
  switch (options.format) {
    case ExportFormat::neo4j_csv:
      if (output.empty() || output == "-")
        throw Error("neo4j-csv writes a folder of files: give one with -o FOLDER");
      return write_neo4j_csv_folder(view, output).command;
    case ExportFormat::graphml:
      write_file_atomically(output, [&](std::ostream& out) { write_graphml(view, out); });
      break;
    case ExportFormat::gexf:
      write_file_atomically(output, [&](std::ostream& out) { write_gexf(view, out); });
      break;
    case ExportFormat::cypher:
      write_file_atomically(output,
                            [&](std::ostream& out) { write_cypher(view, out, options.cypher); });
      break;
    case ExportFormat::json:
      write_file_atomically(output, [&](std::ostream& out) { write_node_link_json(view, out); });
      break;
    case ExportFormat::dot:
      write_file_atomically(output, [&](std::ostream& out) { write_dot(view, out); });
      break;
  }
  return {};
}

}  // namespace kg
