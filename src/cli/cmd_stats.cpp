#include <iostream>

#include "commands.hpp"
#include "kg/query.hpp"
#include "query_output.hpp"

namespace kg::cli {
namespace {

struct StatsOptions {
  std::size_t busiest = 10;
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

std::string counts_text(const std::vector<KindCount>& counts) {
  std::string out;
  for (const KindCount& c : counts)
    if (c.count > 0) out += (out.empty() ? "" : ", ") + c.kind + " " + std::to_string(c.count);
  return out.empty() ? "-" : out;
}

void json_counts(JsonWriter& w, const char* key, const std::vector<KindCount>& counts) {
  w.Key(key);
  w.StartObject();
  for (const KindCount& c : counts) {
    w.Key(c.kind.c_str());
    w.Uint64(c.count);
  }
  w.EndObject();
}

}  // namespace

void add_stats_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "stats", "Counts by kind, connected components, the largest one, the busiest entities");
  command->footer("Examples:\n  kg stats\n  kg stats --json graph.json");
  auto options = std::make_shared<StatsOptions>();
  command->add_option("-n,--busiest", options->busiest, "how many busiest entities to list")
      ->type_name("N")
      ->capture_default_str();
  add_window_options(*command, options->window);
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    GraphFilter window = options->window.to_filter();
    KnowledgeGraph graph = load_input_graph(options->input);
    if (!window.empty()) graph = filter_graph(graph, window);
    GraphStats stats = graph_stats(graph, options->busiest);
    switch (options->format.format()) {
      case Format::json:
        print_json(std::cout, [&](JsonWriter& w) {
          w.StartObject();
          json_key_string(w, "corpus", graph.corpus);
          w.Key("items");
          w.Uint64(stats.items);
          w.Key("nodes");
          w.Uint64(stats.nodes);
          w.Key("edges");
          w.Uint64(stats.edges);
          json_counts(w, "nodes_by_kind", stats.nodes_by_kind);
          json_counts(w, "edges_by_kind", stats.edges_by_kind);
          w.Key("components");
          w.Uint64(stats.components);
          w.Key("isolated");
          w.Uint64(stats.isolated);
          w.Key("largest_component");
          w.Uint64(stats.largest_component);
          json_counts(w, "largest_component_by_kind", stats.largest_by_kind);
          w.Key("busiest");
          w.StartArray();
          for (const RankEntry& e : stats.busiest) {
            w.StartObject();
            json_node_fields(w, graph.node(e.node));
            w.Key("degree");
            w.Uint64(static_cast<std::uint64_t>(e.score));
            w.EndObject();
          }
          w.EndArray();
          w.EndObject();
        });
        break;
      case Format::csv: {
        Table table({"metric", "value"});
        table.add_row({"items", std::to_string(stats.items)});
        table.add_row({"nodes", std::to_string(stats.nodes)});
        for (const KindCount& c : stats.nodes_by_kind)
          table.add_row({"nodes." + c.kind, std::to_string(c.count)});
        table.add_row({"edges", std::to_string(stats.edges)});
        for (const KindCount& c : stats.edges_by_kind)
          table.add_row({"edges." + c.kind, std::to_string(c.count)});
        table.add_row({"components", std::to_string(stats.components)});
        table.add_row({"isolated", std::to_string(stats.isolated)});
        table.add_row({"largest_component", std::to_string(stats.largest_component)});
        for (const KindCount& c : stats.largest_by_kind)
          table.add_row({"largest_component." + c.kind, std::to_string(c.count)});
        for (const RankEntry& e : stats.busiest)
          table.add_row({"degree." + graph.node(e.node).id, format_score(e.score)});
        table.print_csv(std::cout);
        break;
      }
      case Format::table: {
        std::cout << "corpus      " << graph.corpus << ", " << stats.items << " items\n";
        std::cout << "nodes       " << stats.nodes << ": " << counts_text(stats.nodes_by_kind)
                  << '\n';
        std::cout << "edges       " << stats.edges << ": " << counts_text(stats.edges_by_kind)
                  << '\n';
        std::cout << "components  " << stats.components << " (" << stats.isolated
                  << (stats.isolated == 1 ? " isolated node)\n" : " isolated nodes)\n");
        std::cout << "largest     " << stats.largest_component
                  << " nodes: " << counts_text(stats.largest_by_kind) << '\n';
        if (!stats.busiest.empty()) {
          std::cout << "\nbusiest entities\n";
          Table table({"degree", "kind", "name", "id"});
          table.align_right(0);
          for (const RankEntry& e : stats.busiest) {
            const NodeData& node = graph.node(e.node);
            table.add_row(
                {format_score(e.score), std::string(to_string(node.kind)), node.name, node.id});
          }
          table.print(std::cout, "  ");
        }
        break;
      }
    }
    context.exit_code = kExitOk;
  });
}

}  // namespace kg::cli
