// `kg build` and `kg items`: what was read and built, for people.
#include <map>

#include "kg/render.hpp"
#include "kg/shard.hpp"

namespace kg::render {

void print_build_summary(std::ostream& out, const KnowledgeGraph& graph) {
  std::map<std::string, int> nodes, edges;
  for (NodeIndex index : graph.nodes_sorted())
    ++nodes[std::string(to_string(graph.node(index).kind))];
  for (const EdgeRef& edge : graph.edges_sorted()) ++edges[std::string(to_string(edge.data->kind))];
  out << "corpus " << graph.corpus << ": " << graph.items.size() << " items\n";
  out << "nodes " << graph.node_count() << ":";
  for (const auto& [kind, count] : nodes) out << ' ' << kind << ' ' << count;
  out << "\nedges " << graph.edge_count() << ":";
  for (const auto& [kind, count] : edges) out << ' ' << kind << ' ' << count;
  out << '\n';
}

void print_shard_summary(std::ostream& out, const Shard& shard) {
  std::size_t mentions = 0, relations = 0;
  for (const ItemExtraction& extraction : shard.extractions) {
    mentions += extraction.mentions.size();
    relations += extraction.relations.size();
  }
  out << "shard " << shard.spec.index << '/' << shard.spec.count << " of " << shard.corpus << ": "
      << shard.items.size() << " of " << shard.corpus_items << " items, " << mentions
      << " mentions, " << relations << " relations, " << shard.lessons.size()
      << " names learned from the whole corpus\n";
}

}  // namespace kg::render
