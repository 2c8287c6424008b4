// Exports of a graph to the formats other tools read: GraphML, GEXF, Cypher, neo4j-admin CSV,
// node-link JSON and Graphviz DOT; and one that people read: a self-contained HTML page.
//
// Every exporter writes one ExportGraph: a flat, typed view of either the knowledge graph
// (export_view) or the engagement network (engagement_view). The view is built once; the
// exporters then stream it to the output, element by element, without building the file in
// memory. Output is deterministic: the same graph gives byte-identical files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kg/graph.hpp"
#include "kg/query.hpp"

namespace kg {

enum class ExportFormat { json, graphml, gexf, cypher, neo4j_csv, dot, html };

std::string_view to_string(ExportFormat format);
// "graphml", "gexf", "cypher", "neo4j-csv", "json", "dot", "html"; nullopt for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view text);
// Every format, in the order of the CLI's help.
std::vector<ExportFormat> all_export_formats();
// The file name extension of a one-file format ("graphml", "cypher", ...); "" for neo4j-csv,
// which writes a folder.
std::string_view file_extension(ExportFormat format);

// ---------------------------------------------------------------------------------------
// The typed view that every exporter writes

enum class ValueType { string, integer, real, date, string_list, integer_list };

// A named, typed attribute of nodes or edges. Names are plain identifiers ([a-z_]+), so
// no format has to quote them.
struct Attribute {
  std::string name;
  ValueType type = ValueType::string;
};

// One attribute value; std::monostate when the element has none (the formats then write
// nothing, or null). Dates are ISO strings of ValueType::date.
using Value = std::variant<std::monostate, std::string, std::int64_t, double,
                           std::vector<std::string>, std::vector<std::int64_t>>;

// A closed interval of days [start, end], ISO dates: when an element exists on a timeline.
struct TimeSpan {
  std::string start;
  std::string end;
};

struct ExportNode {
  std::string id;  // the graph's node id
  NodeKind kind = NodeKind::person;
  std::string label;            // the name a reader shows
  std::vector<Value> values;    // aligned with ExportGraph::node_attributes
  std::vector<TimeSpan> spans;  // empty: always there
};

struct ExportEdge {
  std::size_t source = 0;  // index into ExportGraph::nodes
  std::size_t target = 0;
  std::string kind;           // "attended", "represents", "funds"; "met" in engagements
  double weight = 1;          // what Gephi sizes edges by
  std::vector<Value> values;  // aligned with ExportGraph::edge_attributes
  std::vector<TimeSpan> spans;
};

struct ExportGraph {
  std::string name;         // the corpus, or "CORPUS engagements"
  std::string description;  // one line for the formats' metadata
  bool directed = true;
  std::vector<Attribute> node_attributes;
  std::vector<Attribute> edge_attributes;
  std::vector<ExportNode> nodes;  // in id order
  std::vector<ExportEdge> edges;  // in (source id, target id, kind) order
};

// The knowledge graph as it is: nodes with aliases, items and event dates; edges with their
// items and evidence (sentence, rule, item), weighted by their number of items. Attended
// edges carry their event's days, so a timeline shows them with it.
ExportGraph export_view(const KnowledgeGraph& graph);

// The engagement network of compute_engagements(): the organisation's officials and the
// group's bodies as nodes, one undirected "met" edge per pair with shared events, weighted by
// their number, carrying the events (ids, titles, dates) and their days as time spans.
ExportGraph engagement_view(const KnowledgeGraph& graph, const EngagementMatrix& matrix);

// ---------------------------------------------------------------------------------------
// The formats

// GraphML for Gephi, yEd, networkx and igraph: typed <key>s for every attribute used, a
// `label` (the name) and `weight`, lists as JSON text, one unique id per edge.
void write_graphml(const ExportGraph& graph, std::ostream& out);

// GEXF 1.3 for Gephi: typed attributes, one viz:color per node kind, and the events' days
// as start/end (or spells) for Gephi's timeline.
void write_gexf(const ExportGraph& graph, std::ostream& out);

struct CypherOptions {
  std::size_t batch_size = 500;  // rows per UNWIND statement
};

// A Neo4j 5 script for `cypher-shell -f`: uniqueness constraints on `id`, then MERGE of
// nodes and relationships in UNWIND batches of literal maps, so that running it twice
// creates nothing new.
void write_cypher(const ExportGraph& graph, std::ostream& out, const CypherOptions& options = {});

// Node-link JSON (networkx's layout, as in shared/spec/graph-json.md) of any view; the
// knowledge graph itself is written by write_graph_json (graph.hpp), with its evidence.
void write_node_link_json(const ExportGraph& graph, std::ostream& out);

// Graphviz DOT: node kinds as shapes and colours, edge weights as pen widths.
void write_dot(const ExportGraph& graph, std::ostream& out);

// The engagement matrix that the HTML page shows beside the graph, or why there is none.
struct HtmlMatrix {
  std::optional<EngagementMatrix> matrix;  // node indices of the graph given with it
  std::string title;                       // "UNODC people x eu bodies"
  std::string note;                        // when there is no matrix: why
};

// One HTML file that works offline, for people: the graph drawn on a canvas with a force
// layout, colours and a legend per kind, search by name or alias, an entity's card (aliases,
// events, evidence), filters by kind and date, the shortest path between two nodes, a
// timeline of events, and the engagement matrix as a heat map. Template, style and script
// are embedded in kg (src/export/html/); the data is JSON inside a <script> element, with
// every "<" escaped so that no text can close it.
void write_html(const KnowledgeGraph& graph, const HtmlMatrix& matrix, std::ostream& out);

// The files of `neo4j-admin database import full`: one CSV per node label and one per
// relationship type, each with its header line, and import.sh.
struct Neo4jCsvFiles {
  std::vector<std::string> files;  // file names, in the order of the command line
  std::string command;             // the import command, file names relative to the folder
};

// The array delimiter of the CSV files: the ASCII unit separator, since any printable
// character may occur in names and sentences. An element holding it gets a space instead.
inline constexpr char kNeo4jArrayDelimiter = '\x1f';

// Streams each file to the stream that `open(file_name)` returns (valid until the next call).
Neo4jCsvFiles write_neo4j_csv(const ExportGraph& graph,
                              const std::function<std::ostream&(const std::string&)>& open);

// Writes the CSV files into `folder`, never half-written: into a temporary folder beside it,
// renamed into place at the end (kg/output.hpp's write_folder_atomically). `folder` may be
// missing or empty, or hold exactly an earlier neo4j-csv export (listed in its manifest
// `.kg-neo4j-csv`); otherwise kg::Error, and nothing is touched. The command names the files
// under `folder` as given.
Neo4jCsvFiles write_neo4j_csv_folder(const ExportGraph& graph, const std::string& folder);

// ---------------------------------------------------------------------------------------
// The whole export, as `kg export` runs it

struct ExportOptions {
  ExportFormat format = ExportFormat::json;
  GraphFilter filter;  // a focused subgraph (query.hpp's filter_graph); empty: everything
  // The engagement network instead of the graph: `organisation` (a name lookup_name knows)
  // and the body group `bodies` (a name in RULES_DIR/groups/ or a .json path).
  bool engagements = false;
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  std::string rules_dir;  // where the groups are; needed for `engagements` and html's matrix
  CypherOptions cypher;
};

// The view the options select: the filtered knowledge graph, or its engagement network
// (within the filter's date window). Throws kg::Error for an unknown organisation or group.
ExportGraph select_view(const KnowledgeGraph& graph, const ExportOptions& options);

// Writes the export to `output`: a file, or "-" for standard output (one-file formats), or a
// folder (neo4j-csv), never half-written. JSON of the graph itself is write_graph_json's
// save format, which `kg` reads back. Returns what the user needs next (neo4j-csv: the
// import command line), or "".
std::string export_graph(const KnowledgeGraph& graph, const ExportOptions& options,
                         const std::string& output);

// The engagement matrix of the options' organisation and body group, for the HTML page; when
// the graph has no such organisation, or there is no rules folder, a note says so instead.
// The filter's date window applies. Throws kg::Error for a group file that is unreadable.
HtmlMatrix html_matrix(const KnowledgeGraph& graph, const ExportOptions& options);

}  // namespace kg
