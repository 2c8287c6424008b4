#include <algorithm>
#include <cstdint>
#include <numeric>
#include <tuple>

#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/huge_pages.hpp"

namespace kg {
namespace {

template <typename T>
void merge_sorted_unique(std::vector<T>& into, const std::vector<T>& from) {
  // Items come in corpus order: most additions go after the last one, with no sort (an
  // edge that many items state was sorted whole at each of them).
  if (!from.empty() && std::is_sorted(from.begin(), from.end()) &&
      (into.empty() || into.back() < from.front())) {
    for (const T& value : from)
      if (into.empty() || into.back() != value) into.push_back(value);
    return;
  }
  into.insert(into.end(), from.begin(), from.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

bool same_evidence(const Evidence& a, const Evidence& b) {
  return std::tie(a.item, a.begin, a.end, a.rule) == std::tie(b.item, b.begin, b.end, b.rule);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : corpus(other.corpus),
      items(other.items),
      corrections(other.corrections),
      graph_(std::make_unique<BoostGraph>(*other.graph_)),
      by_id_(other.by_id_),
      id_order_(other.id_order_),
      edge_index_(other.edge_index_),
      evidence_seen_(other.evidence_seen_),
      edges_indexed_(other.edges_indexed_) {}

KnowledgeGraph::~KnowledgeGraph() {
  if (!keep_until_exit_ || graph_ == nullptr) return;     // graph_ is null once moved from
  static auto* kept = new std::vector<KnowledgeGraph>();  // never freed, on purpose
  keep_until_exit_ = false;
  kept->push_back(std::move(*this));  // the members are alive until the body ends
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

NodeIndex KnowledgeGraph::add_node(NodeData node) {
  NodeIndex index = node_count();
  if (index >= UINT32_MAX) throw Error("more than 4 billion nodes: over kg's limit");
  if (!by_id_.insert(index, node.id, [this](std::size_t i) { return id_of(i); }))
    throw Error("duplicate node id \"" + node.id + "\"");
  note_id_order(index, node.id);
  // Boost 1.74's add_vertex(property) and add_edge(..., property) copy the property whole
  // (every string and evidence vector): add it empty, then move the data in.
  boost::add_vertex(*graph_);
  (*graph_)[index] = std::move(node);
  return index;
}

void KnowledgeGraph::note_id_order(NodeIndex index, std::string_view id) {
  // Ids in ascending order (a saved graph's) keep the id order complete without a sort.
  if (id_order_.size() == index && (index == 0 || id_of(id_order_.back()) < id))
    id_order_.push_back(index);
}

NodeIndex KnowledgeGraph::add_saved_node() {
  NodeIndex index = node_count();
  if (index >= UINT32_MAX) throw Error("more than 4 billion nodes: over kg's limit");
  boost::add_vertex(*graph_);
  return index;
}

void KnowledgeGraph::index_saved_node(NodeIndex index) {
  const std::string& id = (*graph_)[index].id;
  if (!by_id_.insert(index, id, [this](std::size_t i) { return id_of(i); }))
    throw Error("duplicate node id \"" + id + "\"");
  note_id_order(index, id);
}

void KnowledgeGraph::add_boost_edge(NodeIndex source, NodeIndex target, EdgeData&& edge) {
  auto added = boost::add_edge(source, target, *graph_).first;
  (*graph_)[added] = std::move(edge);
}

EdgeData& KnowledgeGraph::add_saved_edge(NodeIndex source, NodeIndex target) {
  edges_indexed_ = false;
  // What boost::add_edge does for these containers, without its two copies of a temporary
  // edge: the edge at the end of the edge vector, an entry for it in each end's list.
  auto& edges = graph_->m_edges;
  edges.emplace_back();  // (source, target) would copy a default EdgeData in
  edges.back().m_source = source;
  edges.back().m_target = target;
  using StoredEdge = decltype(graph_->m_vertices[0].m_out_edges)::value_type;
  graph_->m_vertices[source].m_out_edges.push_back(StoredEdge(target, edges.end() - 1, &edges));
  graph_->m_vertices[target].m_in_edges.push_back(StoredEdge(source, edges.end() - 1, &edges));
  return edges.back().get_property();
}

void KnowledgeGraph::reserve_nodes(std::size_t count) {
  reserve_in_huge_pages(graph_->m_vertices, count);
  by_id_.reserve(count, [this](std::size_t i) { return id_of(i); });
  id_order_.reserve(count);
}

void KnowledgeGraph::reserve_edges(std::size_t count) {
  reserve_in_huge_pages(graph_->m_edges, count);
}

void KnowledgeGraph::reserve_edges_of(NodeIndex index, std::size_t out, std::size_t in) {
  graph_->m_vertices[index].m_out_edges.reserve(out);
  graph_->m_vertices[index].m_in_edges.reserve(in);
}

KnowledgeGraph::EdgeKey KnowledgeGraph::key_of_edge(std::size_t index) const {
  const auto& edge = graph_->m_edges[index];
  return {edge.m_source, edge.m_target, edge.get_property().kind};
}

void KnowledgeGraph::index_edges() {
  if (edges_indexed_) return;
  edge_index_.clear();
  evidence_seen_.clear();
  auto hash_of = [this](std::size_t index) { return hash_of_edge(index); };
  for (std::size_t index = 0; index < graph_->m_edges.size(); ++index) {
    EdgeKey key = key_of_edge(index);
    edge_index_.insert(EdgeKeyHash{}(key), index, hash_of);
    for (const Evidence& ev : graph_->m_edges[index].get_property().evidence)
      evidence_seen_.insert(evidence_hash(key, ev));
  }
  edges_indexed_ = true;
}

void KnowledgeGraph::add_edge(NodeIndex source, NodeIndex target, EdgeData edge) {
  index_edges();
  EdgeKey key{source, target, edge.kind};
  const std::size_t hash = EdgeKeyHash{}(key);
  auto found = edge_index_.find(hash, [&](std::size_t index) { return key_of_edge(index) == key; });
  if (!found) {
    std::sort(edge.items.begin(), edge.items.end());
    edge.items.erase(std::unique(edge.items.begin(), edge.items.end()), edge.items.end());
    // Evidence repeated within the new edge is kept as given; only later additions merge.
    for (const Evidence& ev : edge.evidence) evidence_seen_.insert(evidence_hash(key, ev));
    const std::size_t index = graph_->m_edges.size();  // the edge vector appends
    if (index >= UINT32_MAX - 1) throw Error("more than 4 billion edges: over kg's limit");
    add_boost_edge(source, target, std::move(edge));
    edge_index_.insert(hash, index, [this](std::size_t i) { return hash_of_edge(i); });
    return;
  }
  EdgeData& existing = graph_->m_edges[*found].get_property();
  merge_sorted_unique(existing.items, edge.items);
  for (auto& ev : edge.evidence) {
    // A new fingerprint is new evidence; a known one is checked against the edge's evidence.
    bool known = !evidence_seen_.insert(evidence_hash(key, ev)) &&
                 std::any_of(existing.evidence.begin(), existing.evidence.end(),
                             [&](const Evidence& e) { return same_evidence(e, ev); });
    if (!known) existing.evidence.push_back(std::move(ev));
  }
}

std::size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& key) const {
  std::size_t h = std::hash<std::size_t>{}(key.source);
  h = h * 1000003u ^ std::hash<std::size_t>{}(key.target);
  return h * 31u + static_cast<std::size_t>(key.kind);
}

std::size_t KnowledgeGraph::evidence_hash(const EdgeKey& key, const Evidence& e) {
  std::size_t h = EdgeKeyHash{}(key);
  h = h * 1000003u ^ std::hash<int>{}(e.item);
  h = h * 1000003u ^ std::hash<std::size_t>{}(e.begin);
  h = h * 1000003u ^ std::hash<std::size_t>{}(e.end);
  return h * 1000003u ^ std::hash<std::string_view>{}(e.rule.view());
}

bool KnowledgeGraph::remove_edge(NodeIndex source, NodeIndex target, EdgeKind kind) {
  const EdgeData* removed = nullptr;
  for (auto [it, last] = boost::out_edges(source, *graph_); it != last; ++it)
    if (boost::target(*it, *graph_) == target && (*graph_)[*it].kind == kind) {
      removed = &(*graph_)[*it];
      break;
    }
  if (removed == nullptr) return false;
  // The other edges go into a graph of the same nodes in their order, so that every node's
  // out- and in-edges keep theirs (each list holds its edges in the order they were added).
  auto rebuilt = std::make_unique<BoostGraph>(node_count());
  for (NodeIndex index = 0; index < node_count(); ++index)
    (*rebuilt)[index] = std::move((*graph_)[index]);
  rebuilt->m_edges.reserve(edge_count() - 1);
  for (auto [it, last] = boost::edges(*graph_); it != last; ++it) {
    EdgeData& data = (*graph_)[*it];
    if (&data == removed) continue;
    auto added =
        boost::add_edge(boost::source(*it, *graph_), boost::target(*it, *graph_), *rebuilt).first;
    (*rebuilt)[added] = std::move(data);
  }
  graph_ = std::move(rebuilt);
  edges_indexed_ = false;  // the indexes of later edges moved
  return true;
}

std::optional<NodeIndex> KnowledgeGraph::find(std::string_view id) const {
  return by_id_.find(id, [this](std::size_t i) { return id_of(i); });
}

std::vector<NodeIndex> KnowledgeGraph::nodes_sorted() const {
  std::lock_guard lock(*id_order_mutex_);
  if (id_order_.size() != node_count()) {
    id_order_.resize(node_count());
    std::iota(id_order_.begin(), id_order_.end(), NodeIndex{0});
    std::sort(id_order_.begin(), id_order_.end(),
              [this](NodeIndex a, NodeIndex b) { return id_of(a) < id_of(b); });
  }
  return id_order_;
}

std::vector<EdgeRef> KnowledgeGraph::out_edges(NodeIndex index) const {
  std::vector<EdgeRef> out;
  for (auto [it, last] = boost::out_edges(index, *graph_); it != last; ++it)
    out.push_back({index, boost::target(*it, *graph_), &(*graph_)[*it]});
  std::sort(out.begin(), out.end(), [&](const EdgeRef& a, const EdgeRef& b) {
    return std::tie((*graph_)[a.target].id, a.data->kind) <
           std::tie((*graph_)[b.target].id, b.data->kind);
  });
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::in_edges(NodeIndex index) const {
  std::vector<EdgeRef> out;
  for (auto [it, last] = boost::in_edges(index, *graph_); it != last; ++it)
    out.push_back({boost::source(*it, *graph_), index, &(*graph_)[*it]});
  std::sort(out.begin(), out.end(), [&](const EdgeRef& a, const EdgeRef& b) {
    return std::tie((*graph_)[a.source].id, a.data->kind) <
           std::tie((*graph_)[b.source].id, b.data->kind);
  });
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::edges_sorted() const {
  std::vector<EdgeRef> out;
  out.reserve(edge_count());
  for (NodeIndex index : nodes_sorted()) {
    auto edges = out_edges(index);
    out.insert(out.end(), edges.begin(), edges.end());
  }
  return out;
}

}  // namespace kg
