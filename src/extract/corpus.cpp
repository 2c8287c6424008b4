// Two passes: the first finds names by pattern and acronym definitions; they join the
// lexicon so that the second pass finds them wherever they recur, also in other items
// ("Follow Neil Walsh", an acronym defined in an earlier item).
#include "context.hpp"
#include "name_filters.hpp"

namespace kg {
namespace {

void learn(const ItemExtraction& pass, Lexicon& lexicon) {
  for (const Mention& m : pass.mentions) {
    if (m.removed || m.entity != kNone || m.name.empty()) continue;
    if (m.kind == NodeKind::person && extract_detail::split_words(m.name).size() < 2) continue;
    if (m.rule == "person.surname_in_item") continue;
    KnownEntity entity{m.kind, m.name, {}, {}, "learned." + m.rule, true, {}};
    if (m.owner != kNone) {
      const Mention& owner = pass.mentions[m.owner];
      entity.parents.push_back(owner.canonical.empty() ? owner.name : owner.canonical);
    }
    lexicon.learn(std::move(entity));
  }
  for (const auto& [acronym, full] : pass.acronyms)
    if (auto entity = lexicon.find(full)) lexicon.learn_alias(*entity, acronym);
}

}  // namespace

std::vector<ItemExtraction> extract_corpus(const Corpus& corpus, const Rules& rules,
                                           Lexicon& lexicon) {
  std::vector<ItemExtraction> first;
  first.reserve(corpus.items.size());
  for (const Item& item : corpus.items) first.push_back(extract_item(item, rules, lexicon));
  for (const ItemExtraction& pass : first) learn(pass, lexicon);
  std::vector<ItemExtraction> second;
  second.reserve(corpus.items.size());
  for (const Item& item : corpus.items) second.push_back(extract_item(item, rules, lexicon));
  return second;
}

}  // namespace kg
