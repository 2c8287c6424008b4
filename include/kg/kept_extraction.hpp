// What resolution and assembly read of an item's extraction, held compactly while a build
// extracts the rest of the corpus. An ItemExtraction's Mention holds four std::strings and
// its spans (about 250 bytes with its rule id on the heap); a build keeps every item's
// mentions and relations until the graph is assembled, and they were most of its peak
// memory. Here texts are SharedTexts (kg/shared_text.hpp: one pointer each; rule ids held
// once per build), indexes are 32 bits, and the mentions that a later pass removed are gone.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "kg/extract.hpp"
#include "kg/shared_text.hpp"

namespace kg {

// An absent index (a mention's lexicon entity, a relation's target).
inline constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

struct KeptMention {
  SharedText surface;               // the text as written
  SharedText name;                  // cleaned (no honorific, title or possessive)
  SharedText rule;                  // dotted rule id
  std::uint32_t sentence = 0;       // index into the item's kept sentences (ExtractedItem)
  std::uint32_t entity = kNoIndex;  // index into Lexicon::entities() when the lexicon found it
  NodeKind kind = NodeKind::person;
};

struct KeptRelation {
  SharedText rule;
  std::uint32_t source = 0;         // index into KeptExtraction::mentions
  std::uint32_t target = kNoIndex;  // mention index; none for `attended` (the item's event)
  std::uint32_t sentence = 0;
  EdgeKind kind = EdgeKind::attended;
};

struct KeptExtraction {
  int item = 0;  // item n
  std::vector<KeptMention> mentions;
  std::vector<KeptRelation> relations;
};

// Makes KeptExtractions, holding each rule id once. Not thread-safe: one per build.
class ExtractionKeeper {
 public:
  // The mentions and relations of `extraction` (its sentences renumbered by extracted_item
  // already). A relation with an end among the removed mentions is dropped: resolution gives
  // removed mentions no entity, so assembly skipped it anyway.
  KeptExtraction keep(const ItemExtraction& extraction);

 private:
  TextPool rules_;
};

// keep() of each extraction.
std::vector<KeptExtraction> keep_extractions(const std::vector<ItemExtraction>& extractions);

}  // namespace kg
