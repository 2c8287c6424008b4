// Sharded builds: `kg build --shard I/N` extracts the items that fall to shard I and saves
// them, not yet resolved, in a shard file; `kg merge` resolves and assembles the files of all
// N shards into the graph that one `kg build` of the whole corpus gives.
//
// Resolution is global (a person named in full in one item and by surname in another is one
// person), so a shard cannot resolve alone: its file carries its items' mentions and
// relations as extracted, each with its item's provenance, and the merge resolves all of
// them at once. Extraction is global too in one respect: its first pass learns names from
// every item (a person found by a pattern in item 3 is found by name in item 70), so every
// shard runs that pass over the whole corpus and its second pass over its own items; the
// file carries what the first pass learned, and the merge rebuilds the same lexicon from it.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/extract.hpp"
#include "kg/graph.hpp"
#include "kg/pipeline.hpp"
#include "kg/resolve.hpp"

namespace kg {

// Shard I of N (0 <= I < N) holds the items whose number n (1-based, across the corpus, as
// `kg items` lists them) has (n - 1) mod N == I. The rule needs nothing but the item's place
// in the corpus, and spreads long and short stretches of a corpus evenly over the shards.
struct ShardSpec {
  unsigned index = 0;
  unsigned count = 1;
  bool holds(int item_n) const;
};

// "I/N" ("0/4" ... "3/4"); throws kg::Error saying what is wrong.
ShardSpec parse_shard_spec(std::string_view text);

// The shard file format's version; a file of another version is refused.
inline constexpr int kShardFormatVersion = 1;

// What a shard file holds.
struct Shard {
  ShardSpec spec;
  std::string kg_version;          // of the kg that wrote it
  std::string rules_fingerprint;   // Rules::fingerprint of the rules it was built with
  std::string corpus;              // the corpus name (the graph's)
  std::size_t corpus_items = 0;    // items in the whole corpus
  std::string corpus_fingerprint;  // of every item's number, dates, title and text
  std::vector<Lesson> lessons;     // what the first pass over the whole corpus learned
  std::string lessons_fingerprint;
  std::vector<ExtractedItem> items;         // the shard's items, ascending
  std::vector<ItemExtraction> extractions;  // extractions[i]: of items[i]
};

// Extracts shard `spec` of `corpus` with the rules of `rules_dir` on up to `jobs` threads.
Shard build_shard(const CorpusStream& corpus, const std::string& rules_dir, ShardSpec spec,
                  BuildReport& report, unsigned jobs = 0);

// JSON Lines (layout in src/pipeline/shard_file.cpp).
void write_shard(const Shard& shard, std::ostream& out);

// Reads shard files and joins them into the graph of the whole corpus, resolved with the
// rules of `rules_dir` (which must be those the shards were built with), then corrected as
// `corrections` say. Throws kg::Error naming the file and the problem: not a shard file, a
// damaged one, another format or kg version, other rules, another corpus, or a shard that is
// missing or given twice.
KnowledgeGraph merge_shards(const std::vector<std::string>& paths, const std::string& rules_dir,
                            BuildReport& report, const CorrectionOptions& corrections = {});

}  // namespace kg
