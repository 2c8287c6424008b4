// A body named in full once in an item and shortened elsewhere in it ("the EU Delegation to
// Nigeria" ... "the EU Delegation"; "the Permanent Mission of Ghana" in the heading, "the
// Permanent Mission of Ghana to the European Union" in the body) is one body.
#include "context.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {
namespace {

// True when `longer` is `shorter` followed by "to", "in", "of" or "for" and more words.
bool extends_with_complement(const std::vector<std::string>& shorter,
                             const std::vector<std::string>& longer) {
  if (shorter.size() < 2 || longer.size() < shorter.size() + 2) return false;
  for (std::size_t i = 0; i < shorter.size(); ++i)
    if (shorter[i] != longer[i]) return false;
  const std::string& link = longer[shorter.size()];
  return link == "to" || link == "in" || link == "of" || link == "for";
}

}  // namespace

void join_shortened_bodies(ItemContext& context) {
  auto& mentions = context.out.mentions;
  for (Mention& m : mentions) {
    if (m.removed || m.kind != NodeKind::organisation) continue;
    std::vector<std::string> words = split_words(clean_name(m.surface));
    std::size_t fits = kNone;
    bool ambiguous = false;
    for (std::size_t j = 0; j < mentions.size(); ++j) {
      const Mention& other = mentions[j];
      if (other.removed || other.kind != NodeKind::organisation) continue;
      if (!extends_with_complement(words, split_words(other.name))) continue;
      if (fits != kNone && mentions[fits].name != other.name) ambiguous = true;
      fits = j;
    }
    if (fits == kNone || ambiguous) continue;
    const Mention& full = mentions[fits];
    m.name = full.name;
    m.canonical = full.canonical;
    m.entity = full.entity;
  }
}

}  // namespace kg::extract_detail
