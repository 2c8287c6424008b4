// `kg stats` in three formats.
#include "kg/render.hpp"

namespace kg::render {
namespace {

std::string counts_text(const std::vector<KindCount>& counts) {
  std::string out;
  for (const KindCount& c : counts)
    if (c.count > 0) out += (out.empty() ? "" : ", ") + c.kind + " " + std::to_string(c.count);
  return out.empty() ? "-" : out;
}

void json_count(JsonWriter& w, const char* key, std::size_t count) {
  w.key(key);
  w.integer(count);
}

void json_counts(JsonWriter& w, const char* key, const std::vector<KindCount>& counts) {
  w.key(key);
  w.start_object();
  for (const KindCount& c : counts) json_count(w, c.kind.c_str(), c.count);
  w.end_object();
}

void print_stats_json(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats) {
  print_json(out, [&](JsonWriter& w) {
    w.start_object();
    json_key_string(w, "corpus", graph.corpus);
    json_count(w, "items", stats.items);
    json_count(w, "nodes", stats.nodes);
    json_count(w, "edges", stats.edges);
    json_counts(w, "nodes_by_kind", stats.nodes_by_kind);
    json_counts(w, "edges_by_kind", stats.edges_by_kind);
    json_count(w, "components", stats.components);
    json_count(w, "isolated", stats.isolated);
    json_count(w, "largest_component", stats.largest_component);
    json_counts(w, "largest_component_by_kind", stats.largest_by_kind);
    w.key("busiest");
    w.start_array();
    for (const RankEntry& e : stats.busiest) {
      w.start_object();
      json_node_fields(w, graph.node(e.node));
      json_count(w, "degree", static_cast<std::size_t>(e.score));
      w.end_object();
    }
    w.end_array();
    w.end_object();
  });
}

void add_count_rows(Table& table, const std::string& prefix, const std::vector<KindCount>& counts) {
  for (const KindCount& c : counts) table.add_row({prefix + c.kind, std::to_string(c.count)});
}

void print_stats_csv(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats) {
  Table table({"metric", "value"});
  table.add_row({"items", std::to_string(stats.items)});
  table.add_row({"nodes", std::to_string(stats.nodes)});
  add_count_rows(table, "nodes.", stats.nodes_by_kind);
  table.add_row({"edges", std::to_string(stats.edges)});
  add_count_rows(table, "edges.", stats.edges_by_kind);
  table.add_row({"components", std::to_string(stats.components)});
  table.add_row({"isolated", std::to_string(stats.isolated)});
  table.add_row({"largest_component", std::to_string(stats.largest_component)});
  add_count_rows(table, "largest_component.", stats.largest_by_kind);
  for (const RankEntry& e : stats.busiest)
    table.add_row({"degree." + graph.node(e.node).id, format_score(e.score)});
  table.print_csv(out);
}

void print_stats_table(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats) {
  out << "corpus      " << graph.corpus << ", " << stats.items << " items\n";
  out << "nodes       " << stats.nodes << ": " << counts_text(stats.nodes_by_kind) << '\n';
  out << "edges       " << stats.edges << ": " << counts_text(stats.edges_by_kind) << '\n';
  out << "components  " << stats.components << " (" << stats.isolated
      << (stats.isolated == 1 ? " isolated node)\n" : " isolated nodes)\n");
  out << "largest     " << stats.largest_component
      << " nodes: " << counts_text(stats.largest_by_kind) << '\n';
  if (stats.busiest.empty()) return;
  out << "\nbusiest entities\n";
  Table table({"degree", "kind", "name", "id"});
  table.align_right(0);
  for (const RankEntry& e : stats.busiest) {
    const NodeData& node = graph.node(e.node);
    table.add_row({format_score(e.score), std::string(to_string(node.kind)), node.name, node.id});
  }
  table.print(out, "  ");
}

}  // namespace

void print_stats(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats,
                 Format format) {
  switch (format) {
    case Format::json:
      return print_stats_json(out, graph, stats);
    case Format::csv:
      return print_stats_csv(out, graph, stats);
    case Format::table:
      return print_stats_table(out, graph, stats);
  }
}

}  // namespace kg::render
