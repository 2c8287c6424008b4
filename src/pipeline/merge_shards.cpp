// `kg merge`: the shard files of one sharded build -> the graph one build would give. Every
// header is checked against the others and against the rules before any item is read.
#include <filesystem>
#include <map>
#include <optional>

#include "kg/error.hpp"
#include "kg/progress.hpp"
#include "kg/rules.hpp"
#include "kg/shard.hpp"
#include "shard_reader.hpp"

namespace kg {
namespace {

using pipeline_detail::ShardReader;

// What every shard must share with the first, and how to say that it does not.
void check_same(const ShardReader& shard, const ShardReader& first) {
  const Shard& a = shard.header();
  const Shard& b = first.header();
  auto refuse = [&](const std::string& what) {
    throw Error(what + ": the shards of one merge come from one build", shard.path());
  };
  const std::string& other = first.path();
  if (a.spec.count != b.spec.count)
    refuse("a shard of " + std::to_string(a.spec.count) + " shards, but " + other + " is one of " +
           std::to_string(b.spec.count));
  if (a.kg_version != b.kg_version)
    refuse("written by kg " + a.kg_version + ", another version than " + other + " (kg " +
           b.kg_version + ")");
  if (a.rules_fingerprint != b.rules_fingerprint) refuse("built with other rules than " + other);
  if (a.corpus != b.corpus || a.corpus_items != b.corpus_items ||
      a.corpus_fingerprint != b.corpus_fingerprint)
    refuse("built from another corpus (" + a.corpus + ", " + std::to_string(a.corpus_items) +
           " items) than " + other + " (" + b.corpus + ", " + std::to_string(b.corpus_items) +
           " items)");
  if (a.lessons_fingerprint != b.lessons_fingerprint)
    refuse("learned other names from the corpus than " + other);
}

// Every shard once: none missing, none twice.
void check_complete(const std::vector<ShardReader>& shards) {
  std::map<unsigned, const ShardReader*> by_index;
  for (const ShardReader& shard : shards) {
    auto [it, fresh] = by_index.emplace(shard.header().spec.index, &shard);
    if (!fresh)
      throw Error("shard " + std::to_string(shard.header().spec.index) + "/" +
                      std::to_string(shard.header().spec.count) + " given twice, also as " +
                      it->second->path(),
                  shard.path());
  }
  unsigned count = shards.front().header().spec.count;
  for (unsigned i = 0; i < count; ++i)
    if (!by_index.count(i))
      throw Error("shard " + std::to_string(i) + "/" + std::to_string(count) +
                      " is missing: give all " + std::to_string(count) + " shard files",
                  shards.front().path());
}

Lexicon lexicon_of(const Rules& rules, const ShardReader& first,
                   const std::vector<Lesson>& lessons) {
  if (rules.fingerprint != first.header().rules_fingerprint)
    throw Error("built with other rules than those of " + rules.dir +
                    ": merge with the rules folder the shards were built with (--rules DIR)",
                first.path());
  Lexicon lexicon(rules);
  try {
    for (const Lesson& lesson : lessons) lexicon.replay(lesson);
  } catch (const Error& e) {
    throw Error("damaged shard file: " + e.problem(), first.path());
  }
  return lexicon;
}

}  // namespace

KnowledgeGraph merge_shards(const std::vector<std::string>& paths, const std::string& rules_dir,
                            BuildReport& report, const CorrectionOptions& corrections) {
  if (paths.empty()) throw Error("no shard files given");
  auto start = std::chrono::steady_clock::now();
  std::vector<ShardReader> shards;
  shards.reserve(paths.size());
  for (const std::string& path : paths) shards.emplace_back(path);
  for (const ShardReader& shard : shards) check_same(shard, shards.front());
  check_complete(shards);
  Rules rules = load_rules(find_rules_dir(rules_dir));
  std::vector<Lesson> lessons;
  shards.front().read_lessons(&lessons);
  Lexicon lexicon = lexicon_of(rules, shards.front(), lessons);
  const std::size_t total = shards.front().header().corpus_items;
  std::vector<ExtractedItem> items(total);
  std::vector<ItemExtraction> extractions(total);
  std::vector<bool> seen(total, false);
  std::optional<ProgressTask> progress(std::in_place, "reading shards", "items", total);
  for (std::size_t s = 0; s < shards.size(); ++s) {
    ShardReader& shard = shards[s];
    progress->step(std::filesystem::path(shard.path()).filename().string());
    if (s > 0) shard.read_lessons(nullptr);
    ExtractedItem item;
    ItemExtraction extraction;
    while (shard.next_item(item, extraction)) {
      int n = item.info.n;
      if (n < 1 || static_cast<std::size_t>(n) > total || !shard.header().spec.holds(n) ||
          seen[n - 1])
        throw Error("damaged shard file: item " + std::to_string(n) + " does not belong to it",
                    shard.path());
      for (const Mention& m : extraction.mentions)
        if (m.entity != kNone && m.entity >= lexicon.entities().size())
          throw Error("damaged shard file: a mention of item " + std::to_string(n) +
                          " names an unknown entity",
                      shard.path());
      seen[n - 1] = true;
      items[n - 1] = std::move(item);
      extractions[n - 1] = std::move(extraction);
      progress->advance();
    }
  }
  progress.reset();
  for (std::size_t n = 1; n <= total; ++n)
    if (!seen[n - 1])
      for (const ShardReader& shard : shards)
        if (shard.header().spec.holds(static_cast<int>(n)))
          throw Error("damaged shard file: item " + std::to_string(n) + " is missing from it",
                      shard.path());
  report.stage_seconds.push_back(StageTime{"load", seconds_since(start)});
  report.empty_corpus = total == 0;
  start = std::chrono::steady_clock::now();
  Resolution resolution = resolve(extractions, lexicon);
  for (const std::string& note : resolution.notes) report.notes.push_back(note);
  report.stage_seconds.push_back(StageTime{"resolve", seconds_since(start)});
  start = std::chrono::steady_clock::now();
  KnowledgeGraph graph = assemble_graph(shards.front().header().corpus, std::move(items),
                                        std::move(extractions), std::move(resolution));
  report.stage_seconds.push_back(StageTime{"assemble", seconds_since(start)});
  std::string file = find_corrections_file(corrections);
  if (!file.empty()) apply_corrections_file(graph, file, corrections.lenient, report);
  return graph;
}

}  // namespace kg
