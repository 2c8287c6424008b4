// The knowledge graph: a Boost.Graph multigraph with bundled node and edge properties.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "kg/hash_slots.hpp"
#include "kg/ids.hpp"
#include "kg/kinds.hpp"
#include "kg/node_id_index.hpp"
#include "kg/shared_text.hpp"

namespace kg {

// Where a mention or an edge came from: the item, the sentence, the rule.
struct Evidence {
  int item = 0;           // item n
  std::size_t begin = 0;  // byte offsets of the sentence in the item's source file
  std::size_t end = 0;
  // Shared by every mention and edge quoting the same text (kg/shared_text.hpp).
  SharedText sentence;  // the sentence text (normalised)
  SharedText rule;      // dotted rule id, e.g. "represents.title_of_org"
  SharedText surface;   // for mentions: the text as written
};

struct NodeData {
  std::string id;  // stable, readable: "person:silke-albert", "event:1"
  NodeKind kind = NodeKind::person;
  std::string name;                  // canonical name (events: the item's title)
  std::vector<std::string> aliases;  // other surface forms, sorted
  std::vector<int> items;            // items that mention the node, ascending
  std::vector<Evidence> mentions;    // every mention, with its rule
  // Events only.
  int n = 0;
  std::string date;
  std::string end_date;
};

struct EdgeData {
  EdgeKind kind = EdgeKind::attended;
  std::vector<int> items;          // items whose text supports the edge, ascending
  std::vector<Evidence> evidence;  // one entry per supporting sentence and rule
};

struct ItemInfo {
  int n = 0;
  std::string date;
  std::string end_date;
  std::string title;
  // Byte offsets in the source file where the heading and each paragraph of the body start,
  // ascending: the paragraph of a sentence is the last start at or before its offset.
  // Empty for graphs saved before paragraphs were kept. ("= {}": older aggregate
  // initialisers without it still compile warning-free.)
  std::vector<std::size_t> paragraphs = {};
};

// A line of a corrections file that changed the graph (kg/corrections.hpp), kept with the
// graph so that a saved graph says which decisions shaped it.
struct AppliedCorrection {
  std::string source;              // "FILE:LINE"
  std::string text;                // the correction as written, e.g. `drop "Foo"`
  std::string note;                // the researcher's note, may be empty
  std::vector<std::string> nodes;  // ids of the nodes it touched (after the change)
};

// Edges live in one vector (the last vecS; Boost's default is a list, one allocation per
// edge): a load reserves it once. Its descriptors are positions, which Boost's remove_edge
// would shift under the adjacency entries: KnowledgeGraph::remove_edge rebuilds instead.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData,
                                         EdgeData, boost::no_property, boost::vecS>;
using NodeIndex = std::size_t;  // vertex descriptor of BoostGraph (vecS)

struct EdgeRef {
  NodeIndex source;
  NodeIndex target;
  const EdgeData* data;
};

// Owns the Boost graph. Nodes are never removed, so a NodeIndex stays valid.
// Node ids are unique; one edge per (source, target, kind): adding it again merges items
// and evidence.
class KnowledgeGraph {
 public:
  std::string corpus;                          // corpus name, e.g. "eu-unodc-brochure"
  std::vector<ItemInfo> items;                 // every item of the corpus, in order
  std::vector<AppliedCorrection> corrections;  // in the order they were applied

  // Adds a node; throws kg::Error when the id exists already.
  NodeIndex add_node(NodeData node);
  // Adds an edge or merges into the existing (source, target, kind) edge.
  void add_edge(NodeIndex source, NodeIndex target, EdgeData edge);
  // A load fills the nodes and edges of a saved graph in place. add_saved_node appends an
  // empty node; once its data is in, index_saved_node makes it findable by id (throws
  // kg::Error when the id exists already).
  NodeIndex add_saved_node();
  void index_saved_node(NodeIndex index);
  // Appends an empty edge to fill. A saved graph holds each (source, target, kind) once:
  // loading skips the merge check and its index, built when an edge is next added.
  EdgeData& add_saved_edge(NodeIndex source, NodeIndex target);
  // Room for `count` nodes, `count` edges, and for a node's out- and in-edges: a load knows
  // them ahead.
  void reserve_nodes(std::size_t count);
  void reserve_edges(std::size_t count);
  void reserve_edges_of(NodeIndex index, std::size_t out, std::size_t in);
  // Removes the (source, target, kind) edge; false when there is none. Rebuilds the edges
  // (corrections remove a few; the edge vector allows no removal in place).
  bool remove_edge(NodeIndex source, NodeIndex target, EdgeKind kind);

  std::optional<NodeIndex> find(std::string_view id) const;
  KnowledgeGraph() = default;
  // Boost's adjacency_list (1.74) has no move: it is held by pointer, so that a graph moves
  // in constant time (it used to be copied whole wherever it was returned or moved).
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept = default;
  ~KnowledgeGraph();

  // For a process that ends once it has answered (the CLI): the destructor then hands the
  // graph to a holder that is never freed, instead of freeing it node by node (a third of
  // `kg show` on a large graph). The memory stays reachable, so leak checkers stay quiet.
  // Copies do not inherit it.
  void keep_until_exit() { keep_until_exit_ = true; }

  const NodeData& node(NodeIndex index) const { return (*graph_)[index]; }
  NodeData& node(NodeIndex index) { return (*graph_)[index]; }

  std::size_t node_count() const { return boost::num_vertices(*graph_); }
  std::size_t edge_count() const { return boost::num_edges(*graph_); }

  // Nodes in id order; edges ordered by (source id, target id, kind): deterministic output.
  std::vector<NodeIndex> nodes_sorted() const;
  std::vector<EdgeRef> edges_sorted() const;
  std::vector<EdgeRef> out_edges(NodeIndex index) const;
  std::vector<EdgeRef> in_edges(NodeIndex index) const;

  const BoostGraph& boost_graph() const { return *graph_; }

 private:
  struct EdgeKey {
    NodeIndex source;
    NodeIndex target;
    EdgeKind kind;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& key) const;
  };
  static std::size_t evidence_hash(const EdgeKey& key, const Evidence& evidence);
  EdgeKey key_of_edge(std::size_t index) const;
  std::size_t hash_of_edge(std::size_t index) const { return EdgeKeyHash{}(key_of_edge(index)); }
  std::string_view id_of(std::size_t index) const { return (*graph_)[index].id; }
  void add_boost_edge(NodeIndex source, NodeIndex target, EdgeData&& edge);
  void note_id_order(NodeIndex index, std::string_view id);
  // Builds edge_index_ and evidence_seen_ from the edges, unless they are up to date.
  void index_edges();

  std::unique_ptr<BoostGraph> graph_ = std::make_unique<BoostGraph>();
  NodeIdIndex by_id_;
  // Node indexes in id order, made when first asked for after a node came out of order (a
  // saved graph's nodes come in order, so a load never sorts): complete when it holds every
  // node. The mutex keeps concurrent readers of a const graph from sorting it twice at once.
  mutable std::vector<NodeIndex> id_order_;
  std::unique_ptr<std::mutex> id_order_mutex_ = std::make_unique<std::mutex>();
  // Each edge by its ends and kind: its index in the graph's edge vector, which never changes
  // (only remove_edge removes, and it clears the indexes).
  HashSlots edge_index_;
  // Fingerprints of every edge's evidence: most new evidence is told new without a scan.
  HashFingerprints evidence_seen_;
  // Whether the two indexes above hold every edge (not after a load or a removal).
  bool edges_indexed_ = true;
  bool keep_until_exit_ = false;
};

// Node-link JSON of shared/spec/graph-json.md (with evidence); the graph's save format.
// Rendered on up to `jobs` threads (0: all cores); the bytes are the same for any number.
void write_graph_json(const KnowledgeGraph& graph, std::ostream& out, unsigned jobs = 1);
// Reads what write_graph_json wrote; throws kg::Error with file, line and column.
KnowledgeGraph read_graph_json(std::string_view json_text, const std::string& file_name);

// The binary save format (`kg build -o graph.kgb`; layout in src/graph/graph_binary.cpp):
// the same graph as the JSON, loaded several times faster; JSON stays the interchange format.
// A file is told by its first bytes (magic), then its version.
inline constexpr std::uint32_t kBinaryGraphVersion = 2;
bool is_binary_graph(std::string_view head);
void write_graph_binary(const KnowledgeGraph& graph, std::ostream& out);
// Throws kg::Error naming the file for a foreign, truncated, damaged or newer-version file.
KnowledgeGraph read_graph_binary(std::string_view bytes, const std::string& file_name);

}  // namespace kg
