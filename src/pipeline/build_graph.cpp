// TEMPORARY until the extraction issue lands: events only.
#include "kg/pipeline.hpp"

namespace kg {

KnowledgeGraph build_graph(const Corpus& corpus, const std::string& rules_dir, BuildReport& report) {
  (void)rules_dir;
  (void)report;
  KnowledgeGraph graph;
  graph.corpus = corpus.name;
  for (const Item& item : corpus.items) {
    graph.items.push_back({item.n, item.date, item.end_date, item.title});
    NodeData event;
    event.id = "event:" + std::to_string(item.n);
    event.kind = NodeKind::event;
    event.name = item.title;
    event.items = {item.n};
    event.n = item.n;
    event.date = item.date;
    event.end_date = item.end_date;
    graph.add_node(std::move(event));
  }
  return graph;
}

}  // namespace kg
