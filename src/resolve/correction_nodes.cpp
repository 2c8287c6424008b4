// Node corrections: same, different, rename, kind, drop.
#include <algorithm>
#include <set>
#include <tuple>

#include "correction_ops.hpp"
#include "graph_draft.hpp"
#include "kg/error.hpp"
#include "kg/query.hpp"

namespace kg::detail {
namespace {

void sort_unique(std::vector<std::string>& names, const std::string& except) {
  names.erase(std::remove(names.begin(), names.end(), except), names.end());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
}

std::vector<int> items_of(const std::vector<Evidence>& evidence) {
  std::set<int> items;
  for (const Evidence& e : evidence)
    if (e.item > 0) items.insert(e.item);
  return {items.begin(), items.end()};
}

// Whether the folded form `key` is `name` or ends with it as whole words ("mr j smith" reads
// as "j smith").
bool reads_as(const std::string& key, const std::string& name) {
  if (name.empty() || key.size() < name.size()) return false;
  if (key.compare(key.size() - name.size(), name.size(), name) != 0) return false;
  return key.size() == name.size() || key[key.size() - name.size() - 1] == ' ';
}

KnowledgeGraph rebuilt(GraphDraft draft, std::size_t& dropped) {
  return graph_of(std::move(draft), dropped);
}

KnowledgeGraph rebuilt(GraphDraft draft) {
  std::size_t dropped = 0;
  return graph_of(std::move(draft), dropped);
}

void refuse_event(const KnowledgeGraph& graph, NodeIndex node, const Correction& c) {
  if (graph.node(node).kind == NodeKind::event)
    throw correction_error(
        c, "\"" + graph.node(node).name + "\" is an event; this correction applies to entities");
}

}  // namespace

std::vector<std::string> merge_nodes(KnowledgeGraph& graph, NodeIndex kept, NodeIndex merged,
                                     const Correction& c) {
  refuse_event(graph, kept, c);
  refuse_event(graph, merged, c);
  const NodeData& a = graph.node(kept);
  const NodeData& b = graph.node(merged);
  if (a.kind != b.kind)
    throw correction_error(c, "\"" + a.name + "\" is a " + std::string(to_string(a.kind)) +
                                  " and \"" + b.name + "\" a " + std::string(to_string(b.kind)) +
                                  "; correct the kind first (kind A KIND)");
  GraphDraft draft = draft_of(graph);
  NodeData& into = draft.nodes[kept];
  const NodeData& from = draft.nodes[merged];
  into.aliases.push_back(from.name);
  into.aliases.insert(into.aliases.end(), from.aliases.begin(), from.aliases.end());
  sort_unique(into.aliases, into.name);
  into.items.insert(into.items.end(), from.items.begin(), from.items.end());
  std::sort(into.items.begin(), into.items.end());
  into.items.erase(std::unique(into.items.begin(), into.items.end()), into.items.end());
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
  draft.alive[merged] = false;
  for (DraftEdge& edge : draft.edges) {
    if (edge.source != merged && edge.target != merged) continue;
    if (edge.source == merged) edge.source = kept;
    if (edge.target == merged) edge.target = kept;
    int item = edge.data.kind == EdgeKind::attended ? draft.nodes[edge.target].n : 0;
    edge.data.evidence.push_back(correction_evidence(c, item));
  }
  std::string id = into.id;
  graph = rebuilt(std::move(draft));
  return {id};
}

std::vector<std::string> split_node(KnowledgeGraph& graph, NodeIndex node, const Correction& c) {
  refuse_event(graph, node, c);
  GraphDraft draft = draft_of(graph);
  NodeData& old = draft.nodes[node];
  // The name that leaves is the one that is not the node's canonical name.
  const std::string& leaving_name =
      name_key(c.args[1]) == name_key(old.name) ? c.args[0] : c.args[1];
  std::string leaving = name_key(leaving_name), staying = name_key(old.name);
  auto leaves = [&](std::string_view form) {
    std::string key = name_key(form);
    bool staying_reading = staying.size() > leaving.size() && reads_as(key, staying);
    return reads_as(key, leaving) && !staying_reading;
  };
  NodeData split;
  split.kind = old.kind;
  split.name = leaving_name;
  std::vector<Evidence> kept_mentions;
  for (Evidence& m : old.mentions)
    (leaves(m.surface) ? split.mentions : kept_mentions).push_back(std::move(m));
  if (split.mentions.empty())
    throw correction_error(c, "no mention of \"" + old.name + "\" reads as \"" + leaving_name +
                                  "\"; nothing to split");
  old.mentions = std::move(kept_mentions);
  std::vector<std::string> kept_aliases;
  for (std::string& alias : old.aliases)
    (leaves(alias) ? split.aliases : kept_aliases).push_back(std::move(alias));
  old.aliases = std::move(kept_aliases);
  sort_unique(split.aliases, split.name);
  split.items = items_of(split.mentions);
  old.items = items_of(old.mentions);
  split.id = unused_node_id(draft, split.kind, split.name, draft.nodes.size());

  // An edge follows the sentences: evidence from a sentence that names only the leaving
  // reading goes with it.
  using SentenceKey = std::tuple<int, std::size_t>;
  std::set<SentenceKey> leaving_sentences, staying_sentences;
  for (const Evidence& m : split.mentions) leaving_sentences.insert({m.item, m.begin});
  for (const Evidence& m : old.mentions) staying_sentences.insert({m.item, m.begin});
  std::size_t split_index = draft.nodes.size();
  std::vector<DraftEdge> new_edges;
  for (DraftEdge& edge : draft.edges) {
    if (edge.source != node && edge.target != node) continue;
    std::vector<Evidence> moving, staying_evidence;
    for (Evidence& e : edge.data.evidence) {
      SentenceKey key{e.item, e.begin};
      bool moves = !from_correction(e) && leaving_sentences.count(key) != 0 &&
                   staying_sentences.count(key) == 0;
      (moves ? moving : staying_evidence).push_back(std::move(e));
    }
    edge.data.evidence = std::move(staying_evidence);
    if (moving.empty()) continue;
    DraftEdge moved{edge.source == node ? split_index : edge.source,
                    edge.target == node ? split_index : edge.target,
                    {edge.data.kind, {}, {}}};
    int item = edge.data.kind == EdgeKind::attended ? draft.nodes[edge.target].n : 0;
    moving.push_back(correction_evidence(c, item));
    moved.data.items = items_of(moving);
    moved.data.evidence = std::move(moving);
    edge.data.items = items_of(edge.data.evidence);
    new_edges.push_back(std::move(moved));
  }
  // An edge left with no evidence of its own was the leaving reading's only.
  std::erase_if(draft.edges, [](const DraftEdge& e) { return e.data.evidence.empty(); });
  draft.edges.insert(draft.edges.end(), new_edges.begin(), new_edges.end());
  std::vector<std::string> ids{old.id, split.id};
  draft.nodes.push_back(std::move(split));
  draft.alive.push_back(true);
  graph = rebuilt(std::move(draft));
  return ids;
}

std::vector<std::string> rename_node(KnowledgeGraph& graph, NodeIndex node, const std::string& name,
                                     const Correction& c) {
  refuse_event(graph, node, c);
  GraphDraft draft = draft_of(graph);
  NodeData& data = draft.nodes[node];
  std::string id = make_node_id(data.kind, name);
  if (auto other = graph.find(id); other && *other != node)
    throw correction_error(
        c, "\"" + name + "\" is the name of " + id + " already; merge the two with `same`");
  data.aliases.push_back(data.name);
  data.name = name;
  sort_unique(data.aliases, data.name);
  data.id = id;
  graph = rebuilt(std::move(draft));
  return {id};
}

std::vector<std::string> change_kind(KnowledgeGraph& graph, NodeIndex node, NodeKind kind,
                                     const Correction& c, std::size_t& dropped_edges) {
  refuse_event(graph, node, c);
  GraphDraft draft = draft_of(graph);
  NodeData& data = draft.nodes[node];
  data.kind = kind;
  data.id = unused_node_id(draft, kind, data.name, node);
  std::string id = data.id;
  graph = rebuilt(std::move(draft), dropped_edges);
  return {id};
}

std::vector<std::string> drop_node(KnowledgeGraph& graph, NodeIndex node, const Correction& c) {
  refuse_event(graph, node, c);
  GraphDraft draft = draft_of(graph);
  draft.alive[node] = false;
  std::string id = draft.nodes[node].id;
  graph = rebuilt(std::move(draft));
  return {id};
}

}  // namespace kg::detail
