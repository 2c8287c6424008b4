// The whole build: rules -> lexicon -> two-pass extraction -> resolution -> graph.
#include <cstdlib>
#include <string_view>

#include "kg/corrections.hpp"
#include "kg/extract.hpp"
#include "kg/pipeline.hpp"
#include "kg/resolve.hpp"
#include "kg/rules.hpp"

namespace kg {

KnowledgeGraph build_graph(const Corpus& corpus, const std::string& rules_dir, BuildReport& report,
                           unsigned jobs) {
  auto start = std::chrono::steady_clock::now();
  Rules rules = load_rules(rules_dir);
  require_patterns(rules);
  // KG_REFERENCE_EXTRACTION=1: every pattern run on its own and the first pass in full, the
  // slow way whose graph the fast one must equal byte for byte
  // (tests/cli/extraction_identical.sh).
  const char* reference = std::getenv("KG_REFERENCE_EXTRACTION");
  bool slow = reference != nullptr && std::string_view(reference) == "1";
  if (slow) rules.pattern_sets.reset();
  Lexicon lexicon(rules);  // the gazetteer index is built once, here, for the whole corpus
  auto lap = [&](const char* stage) {
    report.stage_seconds.emplace_back(stage, seconds_since(start));
    start = std::chrono::steady_clock::now();
  };
  lap("rules");
  std::vector<ItemExtraction> extractions = extract_corpus(
      corpus, rules, lexicon, jobs, slow ? ExtractionScope::all : ExtractionScope::names);
  lap("extract");
  Resolution resolution = resolve(extractions, lexicon);
  for (const std::string& note : resolution.notes) report.notes.push_back(note);
  lap("resolve");
  KnowledgeGraph graph = assemble_graph(corpus, extractions, resolution);
  lap("assemble");
  return graph;
}

void apply_corrections_file(KnowledgeGraph& graph, const std::string& file, bool lenient,
                            BuildReport& report) {
  CorrectionReport corrections;
  apply_corrections(graph, read_corrections_file(file), lenient, corrections);
  for (Diagnostic& d : corrections.warnings) report.diagnostics.push_back(std::move(d));
  for (std::string& note : corrections.notes) report.notes.push_back(std::move(note));
}

}  // namespace kg
