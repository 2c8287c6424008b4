// `kg export`: checks the options, loads the graph and writes the export.
#include <iostream>

#include "command_runs.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/query.hpp"

namespace kg::cli {

// Checks the options, loads the graph and writes the export; neo4j-csv prints its next step.
void run_export(const ExportCommandOptions& options, bool matrix_options_given) {
  ExportOptions export_options = options.export_options;
  auto format = parse_export_format(options.format);
  if (!format)
    throw Error("unknown export format \"" + options.format +
                "\" (graphml, gexf, cypher, neo4j-csv, json, dot, html)");
  export_options.format = *format;
  if (matrix_options_given && !export_options.engagements && *format != ExportFormat::html)
    throw Error(
        "--org and --bodies choose the engagement matrix: they go with --engagements "
        "or --format html");
  export_options.filter = options.filter.to_filter();
  if (export_options.engagements || export_options.format == ExportFormat::html)
    export_options.rules_dir = find_rules_dir(options.input.rules_dir);

  refuse_own_input(options.output, options.input);
  KnowledgeGraph graph = load_input_graph(options.input);
  std::string next = export_graph(graph, export_options, options.output);
  if (!next.empty()) {
    std::cerr << "neo4j-csv files written to " << options.output
              << "; load them into a stopped Neo4j 5 database with:\n";
    std::cout << next << '\n';
  }
}

}  // namespace kg::cli
