// A body named in full once in an item and shortened elsewhere in it ("the EU Delegation to
// Nigeria" ... "the EU Delegation"; "the Permanent Mission of Ghana" in the heading, "the
// Permanent Mission of Ghana to the European Union" in the body) is one body.
#include <algorithm>
#include <map>
#include <set>

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
  // Organisation mentions by name, so that each mention is compared with the item's few
  // distinct names rather than with every other mention (a long item has thousands).
  std::map<std::string, std::set<std::size_t>> by_name;
  std::map<std::string, std::vector<std::string>> words_of;
  for (std::size_t j = 0; j < mentions.size(); ++j)
    if (!mentions[j].removed && mentions[j].kind == NodeKind::organisation)
      by_name[mentions[j].name].insert(j);
  for (const auto& [name, ids] : by_name) words_of[name] = split_words(name);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.removed || m.kind != NodeKind::organisation) continue;
    std::vector<std::string> words = split_words(clean_name(m.surface));
    std::size_t fits = kNone;
    int names_fitting = 0;
    for (const auto& [name, ids] : by_name) {
      if (ids.empty() || !extends_with_complement(words, words_of[name])) continue;
      ++names_fitting;
      fits = fits == kNone ? *ids.rbegin() : std::max(fits, *ids.rbegin());
    }
    if (fits == kNone || names_fitting > 1) continue;
    const Mention& full = mentions[fits];
    if (full.name != m.name) {
      by_name[m.name].erase(i);
      by_name[full.name].insert(i);
    }
    m.name = full.name;
    m.canonical = full.canonical;
    m.entity = full.entity;
  }
}

}  // namespace kg::extract_detail
