// `kg rank` in three formats.
#include "kg/render.hpp"

namespace kg::render {
namespace {

void print_ranking_json(std::ostream& out, const KnowledgeGraph& graph, const Ranking& ranking) {
  print_json(out, [&](JsonWriter& w) {
    w.start_object();
    json_key_string(w, "by", ranking.by);
    w.key("ranking");
    w.start_array();
    for (std::size_t i = 0; i < ranking.entries.size(); ++i) {
      w.start_object();
      w.key("rank");
      w.integer(i + 1);
      json_node_fields(w, graph.node(ranking.entries[i].node));
      w.key("score");
      w.real(ranking.entries[i].score);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  });
}

Table ranking_table(const KnowledgeGraph& graph, const Ranking& ranking) {
  Table table({"rank", ranking.by, "kind", "name", "id"});
  table.align_right(0);
  table.align_right(1);
  for (std::size_t i = 0; i < ranking.entries.size(); ++i) {
    const NodeData& node = graph.node(ranking.entries[i].node);
    table.add_row({std::to_string(i + 1), format_score(ranking.entries[i].score),
                   std::string(to_string(node.kind)), node.name, node.id});
  }
  return table;
}

}  // namespace

void print_ranking(std::ostream& out, const KnowledgeGraph& graph, const Ranking& ranking,
                   Format format) {
  switch (format) {
    case Format::json:
      return print_ranking_json(out, graph, ranking);
    case Format::csv:
      return ranking_table(graph, ranking).print_csv(out);
    case Format::table:
      return ranking_table(graph, ranking).print(out);
  }
}

}  // namespace kg::render
