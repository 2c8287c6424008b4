#include <iostream>

#include "commands.hpp"
#include "kg/query.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  std::string a;
  std::string b;
  bool all = false;
  std::size_t k = 1;
  std::size_t max_hops = 0;  // 0: no limit
  bool evidence = false;
  FilterOptions filter;
  FormatOptions format;
  InputOptions input;
};

std::string hop_kinds(const PathHop& hop) {
  std::string out;
  for (const EdgeRef& edge : hop.edges)
    out += (out.empty() ? "" : ",") + std::string(to_string(edge.data->kind));
  return out;
}

bool hop_forward(const PathHop& hop, NodeIndex from) {
  return hop.edges.empty() || hop.edges.front().source == from;
}

void print_evidence(const KnowledgeGraph& graph, const PathHop& hop) {
  for (const EdgeRef& edge : hop.edges) {
    if (edge.data->evidence.empty()) {
      std::cout << "        (no sentence recorded; items";
      for (int n : edge.data->items) std::cout << ' ' << n;
      std::cout << ")\n";
    }
    for (const Evidence& e : edge.data->evidence) {
      std::cout << "        item " << e.item;
      if (hop.edges.size() > 1) std::cout << ", " << to_string(edge.data->kind);
      std::cout << ": \"" << e.sentence << "\"";
      if (!e.rule.empty()) std::cout << " [" << e.rule << "]";
      std::cout << '\n';
    }
  }
  (void)graph;
}

void print_text(const KnowledgeGraph& graph, const PathResult& result, bool evidence) {
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const Path& path = result.paths[p];
    if (p > 0) std::cout << '\n';
    std::string hops = std::to_string(path.length()) + (path.length() == 1 ? " hop" : " hops");
    if (result.paths.size() == 1) {
      std::cout << hops << ":\n";
    } else {
      std::cout << "path " << p + 1 << " of " << result.paths.size() << ", " << hops << ":\n";
    }
    std::cout << "  " << describe_node(graph.node(path.nodes.front())) << '\n';
    for (std::size_t i = 0; i < path.hops.size(); ++i) {
      std::string kinds = hop_kinds(path.hops[i]);
      std::string arrow =
          hop_forward(path.hops[i], path.nodes[i]) ? "--" + kinds + "-->" : "<--" + kinds + "--";
      std::cout << "  " << arrow << "  " << describe_node(graph.node(path.nodes[i + 1])) << '\n';
      if (evidence) print_evidence(graph, path.hops[i]);
    }
  }
  if (result.truncated) std::cout << "\n(stopped after " << result.paths.size() << " paths)\n";
}

void print_csv(const KnowledgeGraph& graph, const PathResult& result, bool evidence) {
  std::vector<std::string> header{"path", "step",     "id",   "name",     "kind",
                                  "date", "end_date", "edge", "direction"};
  if (evidence) header.push_back("evidence");
  print_csv_row(std::cout, header);
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const Path& path = result.paths[p];
    for (std::size_t i = 0; i < path.nodes.size(); ++i) {
      const NodeData& node = graph.node(path.nodes[i]);
      std::vector<std::string> row{std::to_string(p + 1),
                                   std::to_string(i),
                                   node.id,
                                   node.name,
                                   std::string(to_string(node.kind)),
                                   node.date,
                                   node.end_date};
      if (i == 0) {
        row.insert(row.end(), {"", ""});
      } else {
        const PathHop& hop = path.hops[i - 1];
        row.push_back(hop_kinds(hop));
        row.push_back(hop_forward(hop, path.nodes[i - 1]) ? "forward" : "backward");
      }
      if (evidence) {
        std::string sentences;
        if (i > 0)
          for (const EdgeRef& edge : path.hops[i - 1].edges)
            for (const Evidence& e : edge.data->evidence)
              sentences += (sentences.empty() ? "" : " | ") + e.sentence;
        row.push_back(sentences);
      }
      print_csv_row(std::cout, row);
    }
  }
}

void print_json_result(const KnowledgeGraph& graph, const PathResult& result, bool evidence) {
  print_json(std::cout, [&](JsonWriter& w) {
    w.StartObject();
    w.Key("length");
    if (result.paths.empty()) {
      w.Null();
    } else {
      w.Uint64(result.paths.front().length());
    }
    w.Key("paths");
    w.StartArray();
    for (const Path& path : result.paths) {
      w.StartArray();
      for (std::size_t i = 0; i < path.nodes.size(); ++i) {
        if (i > 0) {
          const PathHop& hop = path.hops[i - 1];
          w.StartObject();
          json_key_string(w, "edge", to_string(hop.edges.front().data->kind));
          if (hop.edges.size() > 1) {
            w.Key("kinds");
            w.StartArray();
            for (const EdgeRef& edge : hop.edges) json_string(w, to_string(edge.data->kind));
            w.EndArray();
          }
          json_key_string(w, "source", graph.node(hop.edges.front().source).id);
          json_key_string(w, "target", graph.node(hop.edges.front().target).id);
          std::vector<int> items;
          std::vector<Evidence> sentences;
          for (const EdgeRef& edge : hop.edges) {
            items.insert(items.end(), edge.data->items.begin(), edge.data->items.end());
            sentences.insert(sentences.end(), edge.data->evidence.begin(),
                             edge.data->evidence.end());
          }
          std::sort(items.begin(), items.end());
          items.erase(std::unique(items.begin(), items.end()), items.end());
          json_ints(w, "items", items);
          if (evidence) json_evidence(w, sentences);
          w.EndObject();
        }
        w.StartObject();
        json_node_fields(w, graph.node(path.nodes[i]), "node");
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndArray();
    if (result.truncated) {
      w.Key("truncated");
      w.Bool(true);
    }
    w.EndObject();
  });
}

}  // namespace

void add_path_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "path", "The shortest path between two entities, direction ignored, hop by hop");
  command->footer(
      "A and B: a name or alias (case and accents ignored), a unique surname or acronym, or a "
      "node id.\n"
      "Examples:\n"
      "  kg path \"Yatta Dakowah\" \"Horizontal Working Party on Drugs\" --evidence\n"
      "  kg path UNODC \"DG HOME\" -k 3 --node-kinds event graph.json\n"
      "  kg path Albert Europol --from 2017-01-01 --to 2017-12-31 --json");
  auto options = std::make_shared<PathCommandOptions>();
  command->add_option("A", options->a, "the first entity")->required();
  command->add_option("B", options->b, "the second entity")->required();
  auto* all = command->add_flag("--all", options->all, "every shortest path");
  auto* k = command->add_option("-k", options->k, "the N shortest loopless paths (Yen's algorithm)")
                ->type_name("N")
                ->check(CLI::PositiveNumber);
  all->excludes(k);
  command->add_option("--max-hops", options->max_hops, "no path longer than H hops")
      ->type_name("H")
      ->check(CLI::PositiveNumber);
  add_kind_options(*command, options->filter,
                   "only nodes of these kinds between A and B (e.g. event)");
  add_window_options(*command, options->filter);
  command->add_flag("--evidence", options->evidence, "add the sentence behind each edge");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    PathOptions path_options;
    path_options.filter = options->filter.to_filter();
    path_options.all = options->all;
    path_options.k = options->k;
    if (options->max_hops > 0) path_options.max_hops = options->max_hops;
    KnowledgeGraph graph = load_input_graph(options->input);
    NodeIndex from = resolve_name(graph, options->a);
    NodeIndex to = resolve_name(graph, options->b);
    PathResult result = find_paths(graph, from, to, path_options);
    switch (options->format.format()) {
      case Format::json:
        print_json_result(graph, result, options->evidence);
        break;
      case Format::csv:
        print_csv(graph, result, options->evidence);
        break;
      case Format::table:
        if (result.paths.empty()) {
          std::cout << "no path between " << describe_node(graph.node(from)) << " and "
                    << describe_node(graph.node(to));
          if (!path_options.filter.empty() || path_options.max_hops)
            std::cout << " with these options";
          std::cout << '\n';
        }
        print_text(graph, result, options->evidence);
        break;
    }
    context.exit_code = result.paths.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
