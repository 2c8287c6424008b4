// The graph from resolved extractions: events, entities with mention evidence, edges with
// relation evidence. Offsets in evidence are byte offsets in the item's source file.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "kg/progress.hpp"
#include "kg/resolve.hpp"

namespace kg {
namespace {

// Evidence texts are shared (kg/shared_text.hpp): the sentence with every other quote of it,
// rule ids and surfaces with the kept extraction's (kg/kept_extraction.hpp).
Evidence evidence_of(const ExtractedItem& item, std::size_t sentence, SharedText rule,
                     SharedText surface) {
  const SentenceSource& source = item.sentences[sentence];
  Evidence e;
  e.item = item.info.n;
  e.begin = source.begin;
  e.end = source.end;
  e.sentence = source.text;
  e.rule = rule;
  e.surface = surface;
  return e;
}

// An item names more than took part in it: a country on a smuggling route, a programme that
// was presented, a report's author. Each entity the item names and no attended or held_in
// edge joins to its event gets one `mentions` edge from the event, with the first sentence
// that names it, so that nothing named floats apart from the items that name it.
void add_mentions_edges(KnowledgeGraph& graph, NodeIndex event, const std::vector<NodeIndex>& index,
                        const ExtractedItem& item, const KeptExtraction& extraction,
                        const std::vector<std::size_t>& entity_of_mention,
                        std::set<std::size_t> joined) {
  for (std::size_t j = 0; j < extraction.mentions.size(); ++j) {
    std::size_t entity = entity_of_mention[j];
    if (entity == kNone || !joined.insert(entity).second) continue;
    const KeptMention& m = extraction.mentions[j];
    EdgeData edge;
    edge.kind = EdgeKind::mentions;
    edge.items = {item.info.n};
    edge.evidence.push_back(evidence_of(item, m.sentence, m.rule, m.surface));
    graph.add_edge(event, index[entity], std::move(edge));
  }
}

// One node per item: the event it reports.
// Moves each item's info into the graph (only its number is read later).
std::map<int, NodeIndex> add_event_nodes(KnowledgeGraph& graph, std::vector<ExtractedItem>& items) {
  std::map<int, NodeIndex> events;
  graph.items.reserve(items.size());
  for (ExtractedItem& item : items) {
    const ItemInfo& info = graph.items.emplace_back(std::move(item.info));
    item.info.n = info.n;
    NodeData event;
    event.id = "event:" + std::to_string(info.n);
    event.kind = NodeKind::event;
    event.name = info.title;
    event.items = {info.n};
    event.n = info.n;
    event.date = info.date;
    event.end_date = info.end_date;
    events[info.n] = graph.add_node(std::move(event));
  }
  return events;
}

// One node per entity, with the items that name it (sorted, unique) and every mention.
std::vector<NodeData> entity_nodes(const std::vector<ExtractedItem>& items,
                                   const std::vector<KeptExtraction>& extractions,
                                   Resolution& resolution, ProgressTask& progress) {
  std::vector<NodeData> nodes(resolution.entities.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    Entity& entity = resolution.entities[i];
    nodes[i].id = std::move(entity.id);
    nodes[i].kind = entity.kind;
    nodes[i].name = std::move(entity.name);
    nodes[i].aliases = std::move(entity.aliases);
  }
  resolution.entities = {};
  // Each node's mentions counted first, so that every vector is allocated once at its size
  // (grown by doubling, they held a third more than their mentions).
  std::vector<std::uint32_t> mention_counts(nodes.size(), 0);
  for (const std::vector<std::size_t>& entity_of : resolution.entity_of)
    for (std::size_t entity : entity_of)
      if (entity != kNone) ++mention_counts[entity];
  for (std::size_t i = 0; i < nodes.size(); ++i) nodes[i].mentions.reserve(mention_counts[i]);
  mention_counts = {};
  for (std::size_t x = 0; x < extractions.size(); ++x) {
    const ExtractedItem& item = items[x];
    const KeptExtraction& extraction = extractions[x];
    const int n = item.info.n;
    for (std::size_t j = 0; j < extraction.mentions.size(); ++j) {
      std::size_t entity = resolution.entity_of[x][j];
      if (entity == kNone) continue;
      const KeptMention& m = extraction.mentions[j];
      if (nodes[entity].items.empty() || nodes[entity].items.back() != n)
        nodes[entity].items.push_back(n);  // unique once sorted below
      nodes[entity].mentions.push_back(evidence_of(item, m.sentence, m.rule, m.surface));
    }
    progress.advance();
  }
  for (NodeData& node : nodes) {
    std::sort(node.items.begin(), node.items.end());
    node.items.erase(std::unique(node.items.begin(), node.items.end()), node.items.end());
  }
  return nodes;
}

// The edges of one item's relations; returns the entities an attended or held_in edge joins
// to the item's event.
std::set<std::size_t> add_relation_edges(KnowledgeGraph& graph, NodeIndex event,
                                         const std::vector<NodeIndex>& index,
                                         const ExtractedItem& item,
                                         const KeptExtraction& extraction,
                                         const std::vector<std::size_t>& entity_of_mention) {
  std::set<std::size_t> joined;
  for (const KeptRelation& r : extraction.relations) {
    std::size_t source = entity_of_mention[r.source];
    if (source == kNone) continue;
    NodeIndex from = index[source], to = event;
    if (r.target != kNoIndex) {
      std::size_t target = entity_of_mention[r.target];
      if (target == kNone || target == source) continue;
      to = index[target];
    }
    // held_in is found as "this place is where the item's event was": the event is the source.
    if (r.kind == EdgeKind::held_in) std::swap(from, to);
    if (!edge_allowed(r.kind, graph.node(from).kind, graph.node(to).kind)) continue;
    if (r.kind == EdgeKind::attended || r.kind == EdgeKind::held_in) joined.insert(source);
    EdgeData edge;
    edge.kind = r.kind;
    edge.items = {item.info.n};
    edge.evidence.push_back(evidence_of(item, r.sentence, r.rule, {}));
    graph.add_edge(from, to, std::move(edge));
  }
  return joined;
}

std::size_t most_edges(const std::vector<KeptExtraction>& extractions,
                       const Resolution& resolution) {
  std::size_t most = 0;
  std::vector<std::size_t> entities;
  for (std::size_t x = 0; x < extractions.size(); ++x) {
    entities = resolution.entity_of[x];
    std::sort(entities.begin(), entities.end());
    most +=
        extractions[x].relations.size() +
        static_cast<std::size_t>(std::unique(entities.begin(), entities.end()) - entities.begin());
  }
  return most;
}

}  // namespace

ExtractedItem extracted_item(const Item& item, ItemExtraction& extraction) {
  ExtractedItem out;
  out.info = {item.n, item.date, item.end_date, item.title, {item.begin}};
  for (std::size_t start : paragraph_starts(item.text))
    out.info.paragraphs.push_back(item.source_offset(start));
  // Only the sentences that evidence quotes are kept, renumbered in their order: a long
  // item's other sentences need not outlive it.
  std::vector<std::size_t> kept(extraction.sentences.size(), kNone);
  for (const Mention& m : extraction.mentions) kept[m.sentence] = 0;
  for (const Relation& r : extraction.relations) kept[r.sentence] = 0;
  for (std::size_t k = 0; k < extraction.sentences.size(); ++k) {
    if (kept[k] == kNone) continue;
    kept[k] = out.sentences.size();
    const Span& span = extraction.sentences[k].span;
    SentenceSource source;
    if (span.in_title) {
      // The heading line holds the title after the date; the title's own offset is not kept.
      source.begin = item.begin;
      source.end = item.body_begin;
    } else {
      source.begin = item.source_offset(span.begin);
      source.end = item.source_offset(span.end);
    }
    source.text = std::string(span_text(item, span));
    out.sentences.push_back(std::move(source));
  }
  for (Mention& m : extraction.mentions) m.sentence = kept[m.sentence];
  for (Relation& r : extraction.relations) r.sentence = kept[r.sentence];
  extraction.sentences = {};
  return out;
}

KnowledgeGraph assemble_graph(const Corpus& corpus, std::vector<ItemExtraction> extractions,
                              const Resolution& resolution) {
  std::vector<ExtractedItem> items;
  items.reserve(extractions.size());
  for (std::size_t x = 0; x < extractions.size(); ++x)
    items.push_back(extracted_item(corpus.items[x], extractions[x]));
  return assemble_graph(corpus.name, std::move(items), std::move(extractions), resolution);
}

KnowledgeGraph assemble_graph(const std::string& corpus_name, std::vector<ExtractedItem> items,
                              std::vector<ItemExtraction> extractions, Resolution resolution) {
  std::vector<KeptExtraction> kept = keep_extractions(extractions);
  extractions = {};
  return assemble_graph(corpus_name, std::move(items), std::move(kept), std::move(resolution));
}

KnowledgeGraph assemble_graph(const std::string& corpus_name, std::vector<ExtractedItem> items,
                              std::vector<KeptExtraction> extractions, Resolution resolution) {
  // Two passes over the items: their mentions make the nodes, their relations the edges.
  ProgressTask progress("assembling", "items", 2 * extractions.size(), 0, 2);
  KnowledgeGraph graph;
  graph.corpus = corpus_name;
  // The node and edge vectors allocated once (grown by doubling, they held up to twice their
  // size, and old and new at once while growing): every node is known, and an item gives at
  // most an edge per relation and one `mentions` edge per entity it names.
  graph.reserve_nodes(items.size() + resolution.entities.size());
  graph.reserve_edges(most_edges(extractions, resolution));
  std::map<int, NodeIndex> events = add_event_nodes(graph, items);
  std::vector<NodeData> nodes = entity_nodes(items, extractions, resolution, progress);
  std::vector<NodeIndex> index(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) index[i] = graph.add_node(std::move(nodes[i]));
  for (std::size_t x = 0; x < extractions.size(); ++x) {
    NodeIndex event = events[items[x].info.n];
    std::set<std::size_t> joined =
        add_relation_edges(graph, event, index, items[x], extractions[x], resolution.entity_of[x]);
    add_mentions_edges(graph, event, index, items[x], extractions[x], resolution.entity_of[x],
                       std::move(joined));
    extractions[x] = {};
    items[x].sentences = {};
    resolution.entity_of[x] = {};
    progress.advance();
  }
  return graph;
}

}  // namespace kg
