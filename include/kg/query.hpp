// Questions asked of a built graph: who is named, how two entities connect, what surrounds
// one, who engages whom, who matters. Every answer is deterministic: ties are broken by
// node id, so the same graph gives the same output.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph.hpp"
#include "kg/groups.hpp"

namespace kg {

// ---------------------------------------------------------------------------------------
// Naming an entity

// The key under which names are compared: case, accents and punctuation ignored
// ("Lemahieu", "LEMAHIEU", "Lémahieu" share one).
std::string name_key(std::string_view name);

struct NameCandidate {
  NodeIndex node = 0;
  std::string matched;  // the form that matched: canonical name, alias, surname, acronym, id
};

// What a name on the command line denotes. One candidate: resolved. Several: ambiguous.
// None: unknown, and `nearest` holds the closest canonical names (edit distance).
struct NameLookup {
  std::vector<NameCandidate> candidates;  // in node id order
  std::vector<std::string> nearest;
};

// Looks `text` up, in order of preference: a node id; a canonical name or alias (entities
// before event titles); a unique surname of a person or acronym of an organisation or
// programme. The first tier with a match decides.
NameLookup lookup_name(const KnowledgeGraph& graph, std::string_view text,
                       std::size_t nearest_count = 3);

// The node `text` names, or a kg::Error (exit 2): for an ambiguous name the message lists
// the candidates with kind and id, for an unknown one `no entity named "X"` and the nearest
// names.
NodeIndex resolve_name(const KnowledgeGraph& graph, std::string_view text);

// The names of every node by their keys, made once for many lookups on one graph (`kg path
// --batch`): each lookup_name scans every node (0.07 s on a graph of 262,755 nodes).
// Answers as lookup_name and resolve_name do; the graph must outlive the index.
class NameIndex {
 public:
  explicit NameIndex(const KnowledgeGraph& graph);
  NameLookup lookup(std::string_view text, std::size_t nearest_count = 3) const;
  NodeIndex resolve(std::string_view text) const;

 private:
  using Keyed = std::unordered_map<std::string, std::vector<NameCandidate>>;
  const KnowledgeGraph& graph_;
  Keyed entity_names_, event_names_, surnames_, acronyms_;
};

// ---------------------------------------------------------------------------------------
// Filtering: a date window on events, node kinds, edge kinds

struct GraphFilter {
  std::string from;                  // ISO date, inclusive; "" = open
  std::string to;                    // ISO date, inclusive; "" = open
  std::vector<NodeKind> node_kinds;  // empty = every kind
  std::vector<EdgeKind> edge_kinds;  // empty = every kind
  bool drop_isolated = false;        // after the cut, drop non-event nodes left with no edge

  bool empty() const {
    return from.empty() && to.empty() && node_kinds.empty() && edge_kinds.empty() && !drop_isolated;
  }
  // An event is in the window when its days [date, end_date] overlap [from, to]; an event
  // without a date is outside any window. Non-events always pass the window.
  bool keeps_event_dates(const NodeData& node) const;
  bool keeps_node_kind(NodeKind kind) const;
  bool keeps_edge_kind(EdgeKind kind) const;
  // An edge is dated by the items that state it (an affiliation by the items that name it):
  // it is in the window when one of its dated items is. An edge with no dated item passes.
  bool keeps_edge_dates(const KnowledgeGraph& graph, const EdgeData& edge) const;
};

// Parses "attended,represents" / "person,event" (the CLI's --edge-kinds, --node-kinds);
// throws kg::Error on an unknown kind.
std::vector<EdgeKind> parse_edge_kinds(std::string_view list);
std::vector<NodeKind> parse_node_kinds(std::string_view list);
// Checks an ISO date YYYY-MM-DD for --from/--to; throws kg::Error naming `option`.
void check_iso_date(std::string_view date, std::string_view option);

// A copy of `graph` with the nodes and edges that pass: nodes of the kinds, events in the
// window, edges of the kinds between kept nodes. `items` keeps the items in the window.
// Node ids stay the same; node indices do not.
KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter);

// ---------------------------------------------------------------------------------------
// Paths (direction ignored)

struct PathOptions {
  // `from`/`to` cut events outside the window; `edge_kinds` the edges a path may use;
  // `node_kinds` the kinds of the nodes *between* the two ends (the ends always pass).
  GraphFilter filter;
  bool all = false;   // every shortest path
  std::size_t k = 1;  // the k shortest loopless paths (Yen); 1 = one shortest
  std::optional<std::size_t> max_hops;
  std::size_t max_paths = 10000;  // cap for `all`, so a dense graph cannot run away
  // Nodes a path may not pass through (hubs such as UNODC); the two ends are never avoided.
  std::vector<NodeIndex> avoid;
  // No node between the ends with more distinct neighbours than this.
  std::optional<std::size_t> max_degree;
};

// One hop: the edges between two consecutive nodes that passed the filter (usually one;
// two when the nodes are joined by edges of two kinds), as stored (with their direction).
struct PathHop {
  std::vector<EdgeRef> edges;  // ordered by kind
};

struct Path {
  std::vector<NodeIndex> nodes;  // from ... to
  std::vector<PathHop> hops;     // hops[i] joins nodes[i] and nodes[i + 1]
  std::size_t length() const { return hops.size(); }
};

struct PathResult {
  std::vector<Path> paths;  // empty: no path. Ordered by (length, node ids).
  bool truncated = false;   // `all` stopped at max_paths
};

// Shortest path(s) between two nodes, by breadth-first search. The single shortest path is
// the one whose node ids come first in lexicographic order; `all` lists every shortest path
// in that order; k > 1 runs Yen's algorithm and returns up to k loopless paths ordered by
// (length, node ids). Throws kg::Error if both `all` and k > 1 are set.
PathResult find_paths(const KnowledgeGraph& graph, NodeIndex from, NodeIndex to,
                      const PathOptions& options);

// find_paths for many queries on one graph (`kg path --batch`): the graph seen without
// directions and the nodes' id order are made on the first query and kept, where
// find_paths makes them each time (on a graph of a million edges, most of a query's time).
// A query with a filter, avoided nodes or a degree cap still makes the view its rules allow.
class PathFinder {
 public:
  explicit PathFinder(const KnowledgeGraph& graph);
  PathFinder(const PathFinder&) = delete;
  PathFinder& operator=(const PathFinder&) = delete;
  ~PathFinder();

  PathResult find(NodeIndex from, NodeIndex to, const PathOptions& options);
  // Makes what the queries share now rather than on the first query (a batch times it apart).
  void prepare();

 private:
  struct Kept;
  const KnowledgeGraph& graph_;
  std::unique_ptr<Kept> kept_;
};

// ---------------------------------------------------------------------------------------
// Neighbourhood and entity card

struct Neighbour {
  NodeIndex node = 0;
  std::size_t distance = 0;    // hops from the centre
  NodeIndex via = 0;           // previous node on the first shortest path (by node id)
  std::vector<EdgeRef> edges;  // the edges joining `via` and `node`, ordered by kind
};

// Nodes within `depth` hops of `centre` (direction ignored), ordered by (distance, id);
// `kinds` (empty = all) selects the nodes listed, not the nodes walked through.
std::vector<Neighbour> neighbours(const KnowledgeGraph& graph, NodeIndex centre, std::size_t depth,
                                  const std::vector<NodeKind>& kinds = {});

// Edges seen from one end: "attended" outgoing, "attended by" incoming, and so on.
std::string edge_label(EdgeKind kind, bool outgoing);

struct CardEdge {
  NodeIndex other = 0;
  const EdgeData* data = nullptr;
};

struct CardEdgeGroup {
  EdgeKind kind = EdgeKind::attended;
  bool outgoing = true;
  std::string label;            // edge_label(kind, outgoing)
  std::vector<CardEdge> edges;  // events by date then id; other nodes by id
};

struct EntityCard {
  NodeIndex node = 0;
  std::vector<ItemInfo> items;        // the items that mention it, with dates and titles
  std::vector<CardEdgeGroup> groups;  // by kind, outgoing before incoming
};

EntityCard entity_card(const KnowledgeGraph& graph, NodeIndex node);

// ---------------------------------------------------------------------------------------
// Groups of bodies (rules/groups/NAME.json) and the engagement matrix

// Whether a node (by kind, canonical name or any alias) belongs to the group: names and
// patterns compared on name_key() forms at word boundaries.
bool group_contains(const BodyGroup& group, const NodeData& node);

// How close two names must stand in an item for its event to count as a meeting of the
// two: anywhere in the item (an event is a whole item), or in one paragraph, or in one
// sentence (mentions are compared by the sentence and paragraph they sit in).
enum class MeetingLevel { item, paragraph, sentence };
std::optional<MeetingLevel> parse_meeting_level(std::string_view text);
std::string_view to_string(MeetingLevel level);

struct EngagementOptions {
  std::string from;  // ISO window on events, inclusive; "" = open
  std::string to;
  bool keep_empty = false;  // keep rows and columns with no shared event
  MeetingLevel within = MeetingLevel::item;
};

// Whether `a` and `b` are both mentioned in one sentence (one paragraph) of `event`'s item;
// always true at MeetingLevel::item. A graph saved without paragraph starts treats each
// item as one paragraph.
bool meet_within(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b, NodeIndex event,
                 MeetingLevel level);

// The events that `a` and `b` both attended, in the window and at the level of `options`,
// by date then id: one cell of the matrix, for any two nodes.
std::vector<NodeIndex> shared_events(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b,
                                     const EngagementOptions& options);

// A sentence that puts someone at an event, with every rule that read it there (two rules
// matching one sentence give one entry).
struct SupportingSentence {
  int item = 0;
  std::size_t begin = 0;  // byte offsets in the source file
  std::size_t end = 0;
  std::string sentence;
  std::vector<std::string> rules;  // sorted
};

// The distinct sentences of `evidence`, in source order, each with the rules that read it.
std::vector<SupportingSentence> supporting_sentences(const std::vector<Evidence>& evidence);
std::vector<SupportingSentence> supporting_sentences(const std::vector<const Evidence*>& evidence);

struct EventEvidence {
  NodeIndex event = 0;
  std::vector<SupportingSentence> person;  // why the person attended
  std::vector<SupportingSentence> body;    // why the body attended
};

// One cell with its evidence: each shared event and the sentences behind both ends.
struct CellEvidence {
  NodeIndex person = 0;
  NodeIndex body = 0;
  std::vector<EventEvidence> events;
};

// The sentences of `who`'s attended edge to `event`, in source order.
std::vector<SupportingSentence> attendance_sentences(const KnowledgeGraph& graph, NodeIndex who,
                                                     NodeIndex event);
CellEvidence cell_evidence(const KnowledgeGraph& graph, NodeIndex person, NodeIndex body,
                           const std::vector<NodeIndex>& events);

struct EngagementMatrix {
  NodeIndex organisation = 0;
  std::vector<NodeIndex> rows;     // people who represent the organisation
  std::vector<NodeIndex> columns;  // bodies of the group
  // cells[r][c]: the events that rows[r] and columns[c] both attended, by date then id.
  std::vector<std::vector<std::vector<NodeIndex>>> cells;

  std::size_t count(std::size_t row, std::size_t column) const { return cells[row][column].size(); }
};

// Rows and columns are ordered by their number of distinct shared events (descending), then
// by name.
EngagementMatrix compute_engagements(const KnowledgeGraph& graph, NodeIndex organisation,
                                     const BodyGroup& group, const EngagementOptions& options = {});
// Every non-empty cell of the matrix, row by row.
std::vector<CellEvidence> matrix_evidence(const KnowledgeGraph& graph, const EngagementMatrix& m);

// ---------------------------------------------------------------------------------------
// Rankings and statistics

enum class RankBy { degree, betweenness, events };
std::optional<RankBy> parse_rank_by(std::string_view text);

struct RankEntry {
  NodeIndex node = 0;
  double score = 0;
};

// Nodes of `kinds` (empty: every kind but events) by descending score, then id.
// degree: number of edges; events: distinct events attended; betweenness: Boost.Graph's
// Brandes betweenness on the undirected simple graph, unnormalised, each unordered pair
// counted once (networkx's convention).
std::vector<RankEntry> rank_nodes(const KnowledgeGraph& graph, RankBy by,
                                  const std::vector<NodeKind>& kinds = {});

struct KindCount {
  std::string kind;
  std::size_t count = 0;
};

struct GraphStats {
  std::size_t items = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::vector<KindCount> nodes_by_kind;  // every kind, in enum order
  std::vector<KindCount> edges_by_kind;
  std::size_t components = 0;              // connected components, direction ignored
  std::size_t isolated = 0;                // nodes without any edge (each its own component)
  std::size_t largest_component = 0;       // nodes in the largest component
  std::vector<KindCount> largest_by_kind;  // its nodes by kind
  std::vector<RankEntry> busiest;          // non-event nodes with the most edges
};

GraphStats graph_stats(const KnowledgeGraph& graph, std::size_t busiest_count = 10);

}  // namespace kg
