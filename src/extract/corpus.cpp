// Two passes: the first finds names by pattern and acronym definitions; they join the
// lexicon so that the second pass finds them wherever they recur, also in other items
// ("Follow Jane Doe", an acronym defined in an earlier item).
#include <map>
#include <numeric>
#include <set>

#include "context.hpp"
#include "kg/parallel.hpp"
#include "kg/progress.hpp"
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
}

// An acronym joins the lexicon only when the corpus gives it one meaning: defined for two
// entities, it names each in its own item (acronym_uses.cpp) and nothing elsewhere.
void learn_acronyms(const std::vector<ItemExtraction>& passes, Lexicon& lexicon) {
  std::map<std::string, std::set<std::size_t>> meanings;
  for (const ItemExtraction& pass : passes)
    for (const auto& [acronym, full] : pass.acronyms)
      if (auto entity = lexicon.find(full)) meanings[acronym].insert(*entity);
  for (const auto& [acronym, entities] : meanings)
    if (entities.size() == 1) lexicon.learn_alias(*entities.begin(), acronym);
}

}  // namespace

std::vector<ItemExtraction> extract_corpus(const Corpus& corpus, const Rules& rules,
                                           Lexicon& lexicon, unsigned jobs,
                                           ExtractionScope first_pass,
                                           const std::function<bool(int)>& second_pass) {
  // Items are extracted in parallel against a lexicon that does not change meanwhile;
  // learning between the passes runs in item order, so any number of jobs gives one result.
  std::vector<std::size_t> all(corpus.items.size()), kept;
  std::iota(all.begin(), all.end(), std::size_t{0});
  for (std::size_t i : all)
    if (!second_pass || second_pass(corpus.items[i].n)) kept.push_back(i);
  auto bytes_of = [&](const std::vector<std::size_t>& chosen) {
    std::uint64_t bytes = 0;
    for (std::size_t i : chosen)
      bytes += corpus.items[i].title.size() + corpus.items[i].text.size();
    return bytes;
  };
  // "pass 1 of 2" holds when both passes go through the same items.
  unsigned passes = kept.size() == all.size() ? 2 : 1;
  ProgressTask progress("extracting", "items", all.size() + kept.size(),
                        bytes_of(all) + bytes_of(kept), passes);
  auto extract_all = [&](const std::vector<std::size_t>& chosen, std::vector<ItemExtraction>& out,
                         ExtractionScope scope) {
    out.resize(chosen.size());
    parallel_for(chosen.size(), jobs, [&](std::size_t k) {
      const Item& item = corpus.items[chosen[k]];
      out[k] = extract_item(item, rules, lexicon, scope);
      progress.advance(1, item.title.size() + item.text.size());
    });
  };
  std::vector<ItemExtraction> first;
  extract_all(all, first, first_pass);
  for (const ItemExtraction& pass : first) learn(pass, lexicon);
  learn_acronyms(first, lexicon);
  first.clear();
  first.shrink_to_fit();
  std::vector<ItemExtraction> second;
  extract_all(kept, second, ExtractionScope::all);
  return second;
}

}  // namespace kg
