// Printing answers for people (aligned tables) and scripts (CSV, JSON). The building blocks
// (Table, the JSON writer and its helpers, value formats) and one printer per answer type.
// JSON is written one way, through kg/json_writer.hpp, as every other JSON kg writes.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kg/eval.hpp"
#include "kg/graph.hpp"
#include "kg/json_writer.hpp"
#include "kg/pipeline.hpp"  // ItemMention
#include "kg/progress.hpp"
#include "kg/query.hpp"
#include "kg/review.hpp"
#include "kg/shard.hpp"

namespace kg::render {

enum class Format { table, json, csv };

// Columns padded to their widest cell (counted in characters, not bytes); trailing blanks
// trimmed. Right-aligned columns suit numbers.
class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void align_right(std::size_t column) { right_.push_back(column); }
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  bool empty() const { return rows_.empty(); }

  void print(std::ostream& out, std::string_view indent = "") const;
  void print_csv(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::size_t> right_;
};

std::size_t display_width(std::string_view utf8);
// At most `width` characters: longer text is cut at a character boundary and ends in "...".
std::string shorten(std::string_view utf8, std::size_t width);
std::string csv_field(std::string_view text);
void print_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// "2018-06-19" or "2018-06-19..2018-06-20".
std::string format_dates(std::string_view date, std::string_view end_date);
// "Silke Albert (person)"; events: "2018-06-19 Exchanges on migration (event:1)".
std::string describe_node(const NodeData& node);
// "a, b, c" from {"a", "b", "c"} and ", ".
std::string joined(const std::vector<std::string>& parts, std::string_view separator);
// Scores print without trailing zeros: 12, 3.5, 0.333.
std::string format_score(double score);

using JsonWriter = json::Writer;

// A JSON document on `out`, written through `write`, then a newline.
void print_json(std::ostream& out, const std::function<void(JsonWriter&)>& write);
void json_key_string(JsonWriter& w, const char* key, std::string_view text);
// {"<id_key>": id, "name", "kind"} plus "date", "end_date", "n" for events; the object is
// left open for the caller to add fields.
void json_node_fields(JsonWriter& w, const NodeData& node, const char* id_key = "id");
void json_ints(JsonWriter& w, const char* key, const std::vector<int>& values);
void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence);

// ANSI styling for a person at a terminal: off unless the CLI turns it on (`--color`,
// NO_COLOR, standard output a terminal), so golden files and pipes never see escape codes.
void set_colour(bool on);
bool colour_on();
// `text` in the SGR style `code` ("1" bold, "1;34" bold blue) when colour is on, else as is.
std::string paint(std::string_view text, std::string_view code);
// The SGR code of a node kind, as the exports colour kinds: person blue, organisation
// orange (yellow on a terminal), programme green, place purple, event bold.
std::string_view kind_sgr(NodeKind kind);

// "extracting: pass 1 of 2, 5,000/20,000 items, 1.3 MB/s, 0:31 left"; a task without a
// total: "writing: graph.json, 12.0 MB, 40.0 MB/s, 0:01"; a stage label: "resolving: merging
// people, 0:02" (the time it has run).
std::string format_progress(const ProgressState& state);

// ---- One printer per answer type ----

// `kg build`: the corpus, node and edge counts by kind.
void print_build_summary(std::ostream& out, const KnowledgeGraph& graph);
// `kg build --shard`: "shard 1/3 of eu-unodc-brochure: 25 of 76 items, 480 mentions, ...".
void print_shard_summary(std::ostream& out, const Shard& shard);

// `kg stats`: the graph's counts (of `graph`, the possibly filtered graph it was taken from).
void print_stats(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats,
                 Format format);

// `kg rank`: entries in rank order, scored by `by` (degree, events, betweenness).
struct Ranking {
  std::string by;
  std::vector<RankEntry> entries;
};
void print_ranking(std::ostream& out, const KnowledgeGraph& graph, const Ranking& ranking,
                   Format format);

// `kg neighbours`: the nodes within `depth` hops of `centre`.
struct Neighbourhood {
  NodeIndex centre = 0;
  std::size_t depth = 1;
  std::vector<Neighbour> found;
};
void print_neighbours(std::ostream& out, const KnowledgeGraph& graph, const Neighbourhood& hood,
                      Format format);

// `kg show`: an entity's card.
void print_card(std::ostream& out, const KnowledgeGraph& graph, const EntityCard& card,
                Format format);

// `kg path`: the paths found between `from` and `to`; `evidence` adds each edge's sentences;
// `restricted` says options (filters, --max-hops) narrowed the search, for the "no path" line.
struct PathAnswer {
  NodeIndex from = 0;
  NodeIndex to = 0;
  PathResult result;
  bool evidence = false;
  bool restricted = false;
};
void print_paths(std::ostream& out, const KnowledgeGraph& graph, const PathAnswer& answer,
                 Format format);

// `kg engagements`: the matrix of `group`'s bodies, events in [from, to] ("" = open).
// `evidence` (--evidence) holds every non-empty cell with its sentences: the table lists
// them cell by cell, CSV gives one row per sentence, JSON adds them to each cell.
struct Engagements {
  EngagementMatrix matrix;
  std::string group;
  std::string from;
  std::string to;
  MeetingLevel within = MeetingLevel::item;
  std::vector<CellEvidence> evidence = {};
  std::size_t width = 0;  // the table's columns are cut into blocks this wide; 0: one block
};
void print_engagements(std::ostream& out, const KnowledgeGraph& graph, const Engagements& answer,
                       Format format);
// `kg engagements --cell PERSON BODY`: one cell, its events and their sentences.
void print_cell(std::ostream& out, const KnowledgeGraph& graph, const CellEvidence& cell,
                Format format);
// The building blocks print_engagements shares with print_cell.
void print_cell_table(std::ostream& out, const KnowledgeGraph& graph, const CellEvidence& cell);
void print_cells_csv(std::ostream& out, const KnowledgeGraph& graph,
                     const std::vector<CellEvidence>& cells);
void json_cell_events(JsonWriter& w, const KnowledgeGraph& graph, const CellEvidence& cell);

// `kg explain`: every mention and edge of a node with its sentence and rule, what a rule
// author reads to see why the graph holds what it holds.
void print_explanation(std::ostream& out, const KnowledgeGraph& graph, NodeIndex node);

// `kg view`: the page's path on `out` (a script can take it), and on `notes` why it was not
// opened when no desktop could show it.
struct ViewAnswer {
  std::string page;    // the file written
  std::string opener;  // what opened it; "" when nothing could
};
void print_view(std::ostream& out, std::ostream& notes, const ViewAnswer& answer);

// `kg review`: one line per finding, itself a correction with the reason as its note, so
// that the lines a reader agrees with paste into a corrections file; `limit` 0 = all.
void print_review(std::ostream& out, const std::vector<ReviewFinding>& findings, std::size_t limit,
                  Format format);

// `kg item N`: the item's heading and text with its mentions marked: in colour (by kind)
// when `colour`, else as [[text as written|kind]]; then the entities they resolve to.
void print_item(std::ostream& out, const KnowledgeGraph& graph, const Item& item,
                const std::vector<ItemMention>& mentions, bool colour);

// `kg eval`: the scores (with corrections: without and with them, and the file's name), as
// text listing up to `errors` misses and spurious answers per table, or as JSON.
struct EvalAnswer {
  EvalReport report;
  std::optional<EvalReport> corrected;
  std::string corrections;  // the corrections file; "" for none
};
void print_eval(std::ostream& out, const EvalAnswer& answer, int errors, bool json);
// The JSON object print_eval prints, into a larger document (`kg eval --batch --json`).
void write_eval_json(const EvalAnswer& answer, JsonWriter& w);

// `kg items`: one line per item: n, date, end date, title, tab-separated.
void print_items(std::ostream& out, const std::vector<Item>& items);

}  // namespace kg::render
