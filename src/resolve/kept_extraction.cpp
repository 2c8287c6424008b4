#include "kg/kept_extraction.hpp"

#include "kg/error.hpp"

namespace kg {
namespace {

std::uint32_t narrow(std::size_t index) {
  if (index == kNone) return kNoIndex;
  if (index >= kNoIndex) throw Error("an item with more than 4 billion mentions or sentences");
  return static_cast<std::uint32_t>(index);
}

}  // namespace

KeptExtraction ExtractionKeeper::keep(const ItemExtraction& extraction) {
  KeptExtraction out;
  out.item = extraction.item;
  std::vector<std::uint32_t> position(extraction.mentions.size(), kNoIndex);
  std::size_t kept = 0;
  for (const Mention& m : extraction.mentions) kept += m.removed ? 0 : 1;
  out.mentions.reserve(kept);
  for (std::size_t j = 0; j < extraction.mentions.size(); ++j) {
    const Mention& m = extraction.mentions[j];
    if (m.removed) continue;
    position[j] = narrow(out.mentions.size());
    KeptMention& k = out.mentions.emplace_back();
    k.surface = SharedText(std::string_view(m.surface));
    // Most names are their surface: one text for both.
    k.name = m.name == m.surface ? k.surface : SharedText(std::string_view(m.name));
    k.rule = rules_.get(m.rule);
    k.sentence = narrow(m.sentence);
    k.entity = narrow(m.entity);
    k.kind = m.kind;
  }
  out.relations.reserve(extraction.relations.size());
  for (const Relation& r : extraction.relations) {
    std::uint32_t source = position[r.source];
    std::uint32_t target = r.target ? position[*r.target] : kNoIndex;
    if (source == kNoIndex || (r.target && target == kNoIndex)) continue;
    out.relations.push_back({rules_.get(r.rule), source, target, narrow(r.sentence), r.kind});
  }
  out.relations.shrink_to_fit();
  return out;
}

std::vector<KeptExtraction> keep_extractions(const std::vector<ItemExtraction>& extractions) {
  ExtractionKeeper keeper;
  std::vector<KeptExtraction> out;
  out.reserve(extractions.size());
  for (const ItemExtraction& extraction : extractions) out.push_back(keeper.keep(extraction));
  return out;
}

}  // namespace kg
