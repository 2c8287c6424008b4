// The whole build: rules -> lexicon -> two-pass extraction -> resolution -> graph; and the
// build of one shard, which stops before resolution.
#include <cstdlib>
#include <string_view>

#include "kg/corrections.hpp"
#include "kg/extract.hpp"
#include "kg/pipeline.hpp"
#include "kg/progress.hpp"
#include "kg/resolve.hpp"
#include "kg/rules.hpp"
#include "kg/shard.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

// Adds the seconds of each stage to the report, in order.
class StageClock {
 public:
  explicit StageClock(BuildReport& report) : report_(report) {}
  void lap(const char* stage) {
    report_.stage_seconds.emplace_back(stage, seconds_since(start_));
    start_ = std::chrono::steady_clock::now();
  }

 private:
  BuildReport& report_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// KG_REFERENCE_EXTRACTION=1: every pattern run on its own and the first pass in full, the
// slow way whose graph the fast one must equal byte for byte
// (tests/cli/extraction_identical.sh).
bool reference_extraction() {
  const char* reference = std::getenv("KG_REFERENCE_EXTRACTION");
  return reference != nullptr && std::string_view(reference) == "1";
}

Rules build_rules(const std::string& rules_dir) {
  ProgressTask progress("loading rules");
  Rules rules = load_rules(rules_dir);
  require_patterns(rules);
  if (reference_extraction()) rules.pattern_sets.reset();
  return rules;
}

// Both passes over the corpus; the second over the items `second_pass` keeps (all if empty).
std::vector<ItemExtraction> extract(const Corpus& corpus, const Rules& rules, Lexicon& lexicon,
                                    unsigned jobs, const std::function<bool(int)>& second_pass) {
  auto first_pass = reference_extraction() ? ExtractionScope::all : ExtractionScope::names;
  return extract_corpus(corpus, rules, lexicon, jobs, first_pass, second_pass);
}

std::string corpus_fingerprint(const Corpus& corpus) {
  Fingerprint fingerprint;
  for (const Item& item : corpus.items) {
    fingerprint.add_number(static_cast<std::uint64_t>(item.n)).add_number(item.begin);
    fingerprint.add_number(item.body_begin).add_number(item.end);
    fingerprint.add(item.date).add_number(0).add(item.end_date).add_number(0);
    fingerprint.add(item.title).add_number(item.title.size());
    fingerprint.add(item.text).add_number(item.text.size());
  }
  return fingerprint.hex();
}

}  // namespace

KnowledgeGraph build_graph(const Corpus& corpus, const std::string& rules_dir, BuildReport& report,
                           unsigned jobs) {
  StageClock clock(report);
  Rules rules = build_rules(rules_dir);
  Lexicon lexicon(rules);  // the gazetteer index is built once, here, for the whole corpus
  clock.lap("rules");
  std::vector<ItemExtraction> extractions = extract(corpus, rules, lexicon, jobs, {});
  clock.lap("extract");
  Resolution resolution = resolve(extractions, lexicon);
  for (const std::string& note : resolution.notes) report.notes.push_back(note);
  clock.lap("resolve");
  KnowledgeGraph graph = assemble_graph(corpus, extractions, resolution);
  clock.lap("assemble");
  return graph;
}

Shard build_shard(const Corpus& corpus, const std::string& rules_dir, ShardSpec spec,
                  BuildReport& report, unsigned jobs) {
  StageClock clock(report);
  Rules rules = build_rules(rules_dir);
  Lexicon lexicon(rules);
  clock.lap("rules");
  Shard shard;
  shard.spec = spec;
  shard.kg_version = KG_VERSION;
  shard.rules_fingerprint = rules.fingerprint;
  shard.corpus = corpus.name;
  shard.corpus_items = corpus.items.size();
  shard.corpus_fingerprint = corpus_fingerprint(corpus);
  auto holds = [spec](int n) { return spec.holds(n); };
  shard.extractions = extract(corpus, rules, lexicon, jobs, holds);
  shard.lessons = lexicon.lessons();
  std::size_t next = 0;
  for (const Item& item : corpus.items)
    if (holds(item.n)) shard.items.push_back(extracted_item(item, shard.extractions[next++]));
  clock.lap("extract");
  return shard;
}

void apply_corrections_file(KnowledgeGraph& graph, const std::string& file, bool lenient,
                            BuildReport& report) {
  CorrectionReport corrections;
  apply_corrections(graph, read_corrections_file(file), lenient, corrections);
  for (Diagnostic& d : corrections.warnings) report.diagnostics.push_back(std::move(d));
  for (std::string& note : corrections.notes) report.notes.push_back(std::move(note));
}

}  // namespace kg
