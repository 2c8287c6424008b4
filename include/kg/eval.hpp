// Scoring a graph against a gold annotation (shared/gold/GUIDELINE.md): the same tables,
// counts and figures as shared/tools/kgscore.py, so either can be trusted for the other.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph.hpp"
#include "kg/json_writer.hpp"

namespace kg {

struct GoldEntity {
  std::string name;  // canonical
  std::string kind;  // person, organisation, programme, place
  std::vector<std::string> aliases;
};

struct GoldItem {
  int n = 0;
  std::string date;
  std::string end_date;
  std::string title;
  std::vector<std::string> mentions;  // canonical names
  std::vector<std::string> attended;
  std::vector<std::pair<std::string, std::string>> represents;  // (person, organisation)
  std::vector<std::pair<std::string, std::string>> funds;       // (source, programme)
};

struct GoldStandard {
  std::string corpus;
  std::vector<GoldEntity> entities;
  std::vector<GoldItem> items;
  // Officials of `engagement_organisation` x attending `engagement_bodies`; no bodies, no table.
  std::string engagement_organisation = "UNODC";
  std::vector<std::string> engagement_bodies;
};

// Parses a gold file; throws kg::Error with file, line and column, or naming what is missing
// (an item's mention that is not among the entities, too).
GoldStandard read_gold_json(std::string_view json_text, const std::string& file_name);
// Reads and parses a gold file; throws kg::Error("cannot read file", path).
GoldStandard read_gold_file(const std::string& path);

// One table of the score: counts and the answers behind them.
struct ScoreTable {
  std::string name;  // "items", "mentions", "mentions.person", ..., "entities", "engagements"
  long tp = 0;
  long fp = 0;
  long fn = 0;
  // (tag, answer): tag is an item n, "item", "entity", "duplicate", a relation kind or
  // "engagement"; the answer is a tuple in quotes, e.g. ('Silke Albert', 3), listed in the
  // order of its text (kgscore.py's text and order, but for its escapes of unprintable
  // characters).
  std::vector<std::pair<std::string, std::string>> misses;
  std::vector<std::pair<std::string, std::string>> spurious;

  // A table with nothing in gold and nothing predicted is right: 1.0 throughout.
  double precision() const;
  double recall() const;
  double f1() const;
};

struct EvalReport {
  int items_gold = 0;
  int items_pred = 0;
  int items_aligned = 0;
  int duplicate_nodes = 0;
  std::vector<ScoreTable> tables;  // in kgscore.py's order

  const ScoreTable* table(std::string_view name) const;  // nullptr when absent
};

// The order in which nodes are visited decides only the order of spurious entities in the
// listings, as the order of the JSON's nodes does for kgscore.py: `by_id` is the order of
// kg's own JSON export (for a graph built from a corpus), `by_index` the order of the file a
// graph was read from.
enum class NodeOrder { by_id, by_index };

// Scores `graph` as kgscore.py scores the graph's node-link JSON.
EvalReport evaluate(const GoldStandard& gold, const KnowledgeGraph& graph,
                    NodeOrder order = NodeOrder::by_id);

// kgscore.py's text output; `errors` lists up to that many misses and spurious answers of
// each table (negative: all but that many, as Python's slicing does).
void write_eval_text(const EvalReport& report, std::ostream& out, int errors = 0);
// kgscore.py's --json output: the document, or the object into a larger one.
void write_eval_json(const EvalReport& report, std::ostream& out);
void write_eval_json(const EvalReport& report, json::Writer& w);

// kgscore.py's norm() without its NFKC step: straight quotes, plain dashes, lower case,
// collapsed whitespace, leading honorifics, edge punctuation and a trailing 's removed.
// `Ms. Silke Albert's` -> `silke albert`.
std::string score_normalise(std::string_view name);
// kgscore.py's norm_title(): score_normalise, then runs of anything but [a-z0-9] -> one space.
std::string score_normalise_title(std::string_view title);

}  // namespace kg
