#include <iostream>
#include <map>

#include "commands.hpp"
#include "kg/output.hpp"

namespace kg::cli {

void add_build_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("build", "Build the graph of a corpus and print its counts");
  command->footer("Example:\n  kg build examples/eu-unodc-brochure.txt -o graph.json");
  struct Options {
    InputOptions input;
    std::string output;
  };
  auto options = std::make_shared<Options>();
  command->add_option("-o,--output", options->output,
                      "save the graph as JSON (reload it in queries)");
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    KnowledgeGraph graph = load_input_graph(options->input, /*print_notes=*/true);
    std::map<std::string, int> nodes, edges;
    for (NodeIndex index : graph.nodes_sorted())
      ++nodes[std::string(to_string(graph.node(index).kind))];
    for (const EdgeRef& edge : graph.edges_sorted())
      ++edges[std::string(to_string(edge.data->kind))];
    std::cout << "corpus " << graph.corpus << ": " << graph.items.size() << " items\n";
    std::cout << "nodes " << graph.node_count() << ":";
    for (const auto& [kind, count] : nodes) std::cout << ' ' << kind << ' ' << count;
    std::cout << "\nedges " << graph.edge_count() << ":";
    for (const auto& [kind, count] : edges) std::cout << ' ' << kind << ' ' << count;
    std::cout << '\n';
    if (!options->output.empty()) {
      write_file_atomically(options->output,
                            [&](std::ostream& out) { write_graph_json(graph, out); });
      std::cout << "graph written to " << options->output << '\n';
    }
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
