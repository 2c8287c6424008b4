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

HtmlMatrix html_matrix(const KnowledgeGraph& graph, const ExportOptions& options) {
  HtmlMatrix out;
  NameLookup lookup = lookup_name(graph, options.organisation);
  if (lookup.candidates.size() != 1) {
    out.note = "No engagement matrix: the graph has " +
               std::string(lookup.candidates.empty() ? "no" : "more than one") +
               " entity named \"" + options.organisation + "\".";
    return out;
  }
  if (options.rules_dir.empty()) {
    out.note = "No engagement matrix: no rules folder to read the group of bodies from.";
    return out;
  }
  NodeIndex organisation = lookup.candidates.front().node;
  BodyGroup group = load_body_group(options.rules_dir, options.bodies);
  EngagementOptions window;
  window.from = options.filter.from;
  window.to = options.filter.to;
  out.matrix = compute_engagements(graph, organisation, group, window);
  out.title = graph.node(organisation).name + " people \u00d7 " + group.name + " bodies";
  return out;
}

std::string export_graph(const KnowledgeGraph& graph, const ExportOptions& options,
                         const std::string& output) {
  if (options.format == ExportFormat::html) {
    if (options.engagements)
      throw Error("the html page shows the engagement matrix beside the graph: drop --engagements");
    auto write = [&](const KnowledgeGraph& selected) {
      HtmlMatrix matrix = html_matrix(selected, options);
      write_file_atomically(output, [&](std::ostream& out) { write_html(selected, matrix, out); });
    };
    options.filter.empty() ? write(graph) : write(filter_graph(graph, options.filter));
    return {};
  }
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
    case ExportFormat::html:  // written above, from the graph itself
      break;
  }
  return {};
}

}  // namespace kg
