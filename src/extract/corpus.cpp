// Two passes: the first finds names by pattern and acronym definitions; they join the
// lexicon so that the second pass finds them wherever they recur, also in other items
// ("Follow Jane Doe", an acronym defined in an earlier item).
#include <map>
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
                                           ExtractionScope first_pass) {
  // Items are extracted in parallel against a lexicon that does not change meanwhile;
  // learning between the passes runs in item order, so any number of jobs gives one result.
  std::uint64_t bytes = 0;
  for (const Item& item : corpus.items) bytes += item.title.size() + item.text.size();
  ProgressTask progress("extracting", "items", 2 * corpus.items.size(), 2 * bytes, 2);
  auto extract_all = [&](std::vector<ItemExtraction>& out, ExtractionScope scope) {
    out.resize(corpus.items.size());
    parallel_for(corpus.items.size(), jobs, [&](std::size_t i) {
      const Item& item = corpus.items[i];
      out[i] = extract_item(item, rules, lexicon, scope);
      progress.advance(1, item.title.size() + item.text.size());
    });
  };
  std::vector<ItemExtraction> first;
  extract_all(first, first_pass);
  for (const ItemExtraction& pass : first) learn(pass, lexicon);
  learn_acronyms(first, lexicon);
  first.clear();
  first.shrink_to_fit();
  std::vector<ItemExtraction> second;
  extract_all(second, ExtractionScope::all);
  return second;
}

}  // namespace kg
