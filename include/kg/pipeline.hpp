// The whole pipeline in one call: corpus -> extract -> resolve -> graph, or a saved graph.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/graph.hpp"

namespace kg {

struct Rules;  // kg/rules.hpp

// The process's peak resident memory so far in MiB (VmHWM of /proc/self/status); 0 where
// there is no /proc.
long peak_memory_mib();

// A stage of a build: its wall seconds, and the process's peak memory when it ended (which
// stage raises the peak).
struct StageTime {
  std::string stage;
  double seconds = 0;
  long peak_mib = peak_memory_mib();
};

// What a build wants the user to know beside the graph.
struct BuildReport {
  std::vector<Diagnostic> diagnostics;  // problems inside items
  std::vector<std::string> notes;       // e.g. two readings kept apart instead of merged
  bool empty_corpus = false;            // a corpus was read and gave no items
  // Wall seconds of each stage, in order: load, rules, extract, resolve, assemble (a saved
  // graph: load only). For bench/run.sh, through KG_TIMINGS=1.
  std::vector<StageTime> stage_seconds = {};
};

// Seconds since `start`, for BuildReport::stage_seconds.
double seconds_since(std::chrono::steady_clock::time_point start);

// The rules folder: `given` when not empty, else $KG_RULES, else the `rules/` of the
// project next to the executable's build or install location. Throws kg::Error.
std::string find_rules_dir(const std::string& given);

// A corrections file (kg/corrections.hpp) to apply after resolution.
struct CorrectionOptions {
  std::string file;                 // "" = $KG_CORRECTIONS when set, else none
  bool lenient = false;             // a correction that matches nothing warns instead of failing
  bool ignore_environment = false;  // no corrections unless `file` names some
};

// The corrections file `options` name: the given one, else $KG_CORRECTIONS, else "".
std::string find_corrections_file(const CorrectionOptions& options);

// Reads the corrections file and applies it to `graph`; stale corrections under `lenient`
// and redundant ones become diagnostics of `report`, side effects its notes.
void apply_corrections_file(KnowledgeGraph& graph, const std::string& file, bool lenient,
                            BuildReport& report);

// Extracts, resolves and builds the graph of a corpus with the rules of `rules_dir`,
// extracting on up to `jobs` threads (0: all cores); the graph is the same for any number.
KnowledgeGraph build_graph(const Corpus& corpus, const std::string& rules_dir, BuildReport& report,
                           unsigned jobs = 0);

// A corpus read from its files as a build needs it, item by item, never held whole (see
// CorpusReader): its reader, and what a first reading found.
struct CorpusStream {
  CorpusReader reader;
  std::size_t items = 0;
  std::uint64_t bytes = 0;       // of the items' titles and texts
  std::string fingerprint = {};  // of every item's number, offsets, dates, title and text
};

// Reads the corpus of `inputs` once (no inputs: the bundled brochure) for its item count,
// fingerprint and diagnostics (into `report`, with the load time); a saved graph among them
// is an error.
CorpusStream open_corpus(const std::vector<std::string>& inputs, BuildReport& report);

// build_graph for a corpus read from its files: the same graph, with memory bounded by the
// graph rather than the corpus.
KnowledgeGraph build_graph(const CorpusStream& corpus, const std::string& rules_dir,
                           BuildReport& report, unsigned jobs = 0);

// An input is a corpus file, a folder of them, or a graph saved by `kg build -o`, told
// apart by content. No inputs: the bundled brochure. A graph built from a corpus gets the
// corrections of `corrections`; a saved graph has its own already, and an explicit
// corrections file with one is an error.
// True when the inputs are one graph saved by `kg build -o` (told by its first bytes).
bool is_saved_graph(const std::vector<std::string>& inputs);

// With `shared_rules`, a corpus is built with the rules it holds, which the first build that
// needs them loads into it (stage "shared-rules"): many builds, one loading (`kg eval --batch`).
KnowledgeGraph load_graph(const std::vector<std::string>& inputs, const std::string& rules_dir,
                          BuildReport& report, unsigned jobs = 0,
                          const CorrectionOptions& corrections = {},
                          std::shared_ptr<const Rules>* shared_rules = nullptr);

// Rules loaded once and shared by many builds: `kg eval --batch` scores many corpora with one
// loading of the rules, which is most of the time of a small corpus's build. `rules_dir` as
// for find_rules_dir. Throws kg::Error on a rule that does not load.
std::shared_ptr<const Rules> load_shared_rules(const std::string& rules_dir, unsigned jobs = 0);

// build_graph with such rules; their memos are shared by the builds (the graph is the same).
KnowledgeGraph build_graph(const CorpusStream& corpus, std::shared_ptr<const Rules> rules,
                           BuildReport& report, unsigned jobs = 0);

// Saves a graph as JSON (rendered on up to `jobs` threads, 0: all cores), or in the binary
// format (kg/graph.hpp) when `path` ends in .kgb.
void save_graph(const KnowledgeGraph& graph, const std::string& path, unsigned jobs = 1);
bool names_binary_graph(std::string_view path);

// Where the graph's mentions of one item sit in its text: for `kg item N`, which prints the
// item with its mentions marked. Spans are byte offsets into `item.title` (in_title) or
// `item.text`; sorted, and never overlapping (the longer of two overlapping spans wins).
struct ItemMention {
  bool in_title = false;
  std::size_t begin = 0;
  std::size_t end = 0;
  NodeIndex node = 0;
};
std::vector<ItemMention> locate_mentions(const Item& item, const KnowledgeGraph& graph);

}  // namespace kg
