// The whole build: rules -> lexicon -> two-pass extraction -> resolution -> graph; and the
// build of one shard, which stops before resolution.
#include <cstdlib>
#include <memory>
#include <string_view>
#include <type_traits>

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
    report_.stage_seconds.push_back(StageTime{stage, seconds_since(start_)});
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

Rules build_rules(const std::string& rules_dir, unsigned jobs) {
  ProgressTask progress("loading rules");
  Rules rules = load_rules(rules_dir, jobs);
  require_patterns(rules);
  if (reference_extraction()) {
    rules.pattern_filter.reset();
    rules.match_memo.reset();
  }
  return rules;
}

// What the graph needs of the items that both passes over `input` extracted (the second
// over those `second_pass` keeps; all when empty).
// A build keeps them compact (kg/kept_extraction.hpp), a shard as they are, for its file.
template <typename Extraction>
struct Extracted {
  std::vector<ExtractedItem> items;
  std::vector<Extraction> extractions;
};

template <typename Extraction>
Extracted<Extraction> extract(const ExtractionInput& input, const Rules& rules, Lexicon& lexicon,
                              unsigned jobs, const std::function<bool(int)>& second_pass) {
  auto first_pass = reference_extraction() ? ExtractionScope::all : ExtractionScope::names;
  Extracted<Extraction> out;
  ExtractionKeeper keeper;
  extract_items(input, rules, lexicon, jobs, first_pass, second_pass,
                [&](const Item& item, ItemExtraction&& extraction) {
                  out.items.push_back(extracted_item(item, extraction));  // drops its sentences
                  if constexpr (std::is_same_v<Extraction, KeptExtraction>)
                    out.extractions.push_back(keeper.keep(extraction));
                  else
                    out.extractions.push_back(std::move(extraction));
                });
  return out;
}

ExtractionInput input_of(const CorpusStream& corpus) {
  ExtractionInput input;
  input.items = [&corpus](const std::function<void(Item &&)>& take) {
    std::vector<Diagnostic> again;  // reported by open_corpus already
    corpus.reader.for_each(take, again);
  };
  input.count = corpus.items;
  input.bytes = corpus.bytes;
  return input;
}

// The extractions and their resolution. The rules (with their matchers' memos) and the
// lexicon (every learned name, indexed) die on return: the graph assembled next reuses their
// memory (at 34 MB of new people they were a fifth of the build's peak).
struct Resolved {
  Extracted<KeptExtraction> extracted;
  Resolution resolution;
};

// `rules` are freed on return when the build loaded them itself (their last owner).
Resolved extract_and_resolve(const ExtractionInput& input, std::shared_ptr<const Rules> rules,
                             BuildReport& report, unsigned jobs, StageClock& clock) {
  Lexicon lexicon(*rules, /*keep_lessons=*/false);  // the gazetteer index is built once, here
  clock.lap("rules");
  Resolved out;
  out.extracted = extract<KeptExtraction>(input, *rules, lexicon, jobs, {});
  rules.reset();
  clock.lap("extract");
  out.resolution = resolve(out.extracted.extractions, lexicon);
  for (const std::string& note : out.resolution.notes) report.notes.push_back(note);
  return out;
}

KnowledgeGraph build(const std::string& name, const ExtractionInput& input,
                     std::shared_ptr<const Rules> rules, BuildReport& report, unsigned jobs,
                     StageClock& clock) {
  Resolved resolved = extract_and_resolve(input, std::move(rules), report, jobs, clock);
  clock.lap("resolve");
  KnowledgeGraph graph =
      assemble_graph(name, std::move(resolved.extracted.items),
                     std::move(resolved.extracted.extractions), std::move(resolved.resolution));
  clock.lap("assemble");
  return graph;
}

KnowledgeGraph build(const std::string& name, const ExtractionInput& input,
                     const std::string& rules_dir, BuildReport& report, unsigned jobs) {
  StageClock clock(report);  // the "rules" stage includes their loading
  return build(name, input, std::make_shared<const Rules>(build_rules(rules_dir, jobs)), report,
               jobs, clock);
}

}  // namespace

KnowledgeGraph build_graph(const Corpus& corpus, const std::string& rules_dir, BuildReport& report,
                           unsigned jobs) {
  return build(corpus.name, input_of(corpus), rules_dir, report, jobs);
}

KnowledgeGraph build_graph(const CorpusStream& corpus, const std::string& rules_dir,
                           BuildReport& report, unsigned jobs) {
  return build(corpus.reader.name(), input_of(corpus), rules_dir, report, jobs);
}

std::shared_ptr<const Rules> load_shared_rules(const std::string& rules_dir, unsigned jobs) {
  return std::make_shared<const Rules>(build_rules(find_rules_dir(rules_dir), jobs));
}

KnowledgeGraph build_graph(const CorpusStream& corpus, std::shared_ptr<const Rules> rules,
                           BuildReport& report, unsigned jobs) {
  StageClock clock(report);
  return build(corpus.reader.name(), input_of(corpus), std::move(rules), report, jobs, clock);
}

Shard build_shard(const CorpusStream& corpus, const std::string& rules_dir, ShardSpec spec,
                  BuildReport& report, unsigned jobs) {
  StageClock clock(report);
  Rules rules = build_rules(rules_dir, jobs);
  Lexicon lexicon(rules);
  clock.lap("rules");
  Shard shard;
  shard.spec = spec;
  shard.kg_version = KG_VERSION;
  shard.rules_fingerprint = rules.fingerprint;
  shard.corpus = corpus.reader.name();
  shard.corpus_items = corpus.items;
  shard.corpus_fingerprint = corpus.fingerprint;
  auto extracted = extract<ItemExtraction>(input_of(corpus), rules, lexicon, jobs,
                                           [spec](int n) { return spec.holds(n); });
  shard.items = std::move(extracted.items);
  shard.extractions = std::move(extracted.extractions);
  shard.lessons = lexicon.lessons();
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
