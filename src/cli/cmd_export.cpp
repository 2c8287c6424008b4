// `kg export`: the graph, a focused subgraph or the engagement network, in one of the formats
// of kg/export.hpp.
#include "command_runs.hpp"

namespace kg::cli {
namespace {

const char* const kFooter =
    "Formats: graphml (Gephi, yEd, networkx, igraph), gexf (Gephi, with colours and a\n"
    "timeline), cypher (a Neo4j 5 script for cypher-shell -f), neo4j-csv (a folder for\n"
    "neo4j-admin database import full), json (node-link, kg's save format), dot (Graphviz),\n"
    "html (one offline page: the graph to explore, a timeline and the engagement matrix).\n"
    "\nExamples:\n"
    "  kg export --format gexf -o graph.gexf examples/eu-unodc-brochure.txt\n"
    "  kg export --format html -o graph.html\n"
    "  kg export --format cypher --from 2017-01-01 --to 2017-12-31 -o 2017.cypher\n"
    "  kg export --format neo4j-csv -o neo4j-import/ graph.json\n"
    "  kg export --format gexf --engagements --org UNODC --bodies eu -o engagements.gexf";

}  // namespace

void add_export_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "export", "Export the graph, a focused subgraph or the engagement network to a file format");
  command->footer(kFooter);
  auto options = std::make_shared<ExportCommandOptions>();
  command
      ->add_option("-f,--format", options->format,
                   "graphml, gexf, cypher, neo4j-csv, json, dot or html")
      ->capture_default_str();
  command->add_option("-o,--output", options->output,
                      "output file, or folder for neo4j-csv (default: standard output)");
  add_window_options(*command, options->filter);
  add_kind_options(*command, options->filter,
                   "only nodes of these kinds, e.g. person,organisation,event");
  command->add_flag("--drop-isolated", options->filter.drop_isolated,
                    "after filtering, drop entities left without an edge");
  command->add_flag(
      "--engagements", options->export_options.engagements,
      "export the engagement network instead: officials and bodies, an edge where they met, "
      "weighted by shared events");
  auto* organisation =
      command
          ->add_option("--org", options->export_options.organisation,
                       "with --engagements or html: the organisation whose officials are the rows")
          ->capture_default_str();
  auto* bodies =
      command
          ->add_option("--bodies", options->export_options.bodies,
                       "with --engagements or html: the group of bodies (rules/groups/NAME.json or "
                       "a path)")
          ->capture_default_str();
  command
      ->add_option("--batch-size", options->export_options.cypher.batch_size,
                   "cypher: rows per UNWIND statement")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  add_input_options(*command, options->input);

  command->callback([options, organisation, bodies, &context] {
    run_export(*options, organisation->count() > 0 || bodies->count() > 0);
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
