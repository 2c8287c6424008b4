// A body named in full once in an item and shortened elsewhere in it ("the EU Delegation to
// Nigeria" ... "the EU Delegation"; "the Permanent Mission of Ghana" in the heading, "the
// Permanent Mission of Ghana to the European Union" in the body) is one body. A known body's
// other forms count as its short form too: "the EU Delegation" (a gazetteer entry whose alias
// is "Delegation of the European Union") after "the Delegation of the European Union to
// Mozambique". So is a body's name without its nationality adjective: "the Border Guard" after
// "the Polish Border Guard".
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

// True when `longer` is `shorter` after a nationality adjective: "the Border Guard" after "the
// Polish Border Guard" is that body, not another one.
bool extends_with_nationality(const std::vector<std::string>& shorter,
                              const std::vector<std::string>& longer, const Lexicon& lexicon) {
  if (shorter.size() < 2 || longer.size() != shorter.size() + 1) return false;
  return std::equal(shorter.begin(), shorter.end(), longer.begin() + 1) &&
         lexicon.is_demonym(longer.front());
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
  // The aliases of a known body that hold a word, split once per item: its mentions come
  // back again and again, and most aliases do not hold the word at all (a cheap test first).
  std::map<std::pair<std::size_t, std::string>, std::vector<std::vector<std::string>>> alias_words;
  auto aliases_with = [&](std::size_t entity,
                          const std::string& word) -> const std::vector<std::vector<std::string>>& {
    auto [at, fresh] = alias_words.try_emplace({entity, word});
    if (fresh)
      for (const std::string& alias : context.lexicon.entities()[entity].aliases) {
        if (alias.find(word) == std::string::npos) continue;
        std::vector<std::string> words = split_words(alias);
        if (std::find(words.begin(), words.end(), word) != words.end())
          at->second.push_back(std::move(words));
      }
    return at->second;
  };
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.removed || m.kind != NodeKind::organisation) continue;
    const std::vector<std::string> own = split_words(clean_name(m.surface));
    std::vector<const std::vector<std::string>*> short_forms{&own};
    // Only forms with the mention's own head noun: "EU Delegations" (plural: the delegations
    // in general) is no short form of "the EU Delegation in Vienna".
    const std::string head = own.empty() ? "" : own.back();
    if (m.entity != kNone)
      for (const std::vector<std::string>& words : aliases_with(m.entity, head))
        short_forms.push_back(&words);
    auto extended_by = [&](const std::vector<std::string>& longer, bool by_nationality) {
      return std::any_of(short_forms.begin(), short_forms.end(), [&](const auto* words) {
        return by_nationality ? extends_with_nationality(*words, longer, context.lexicon)
                              : extends_with_complement(*words, longer);
      });
    };
    std::size_t fits = kNone;
    int names_fitting = 0;
    // A complement first ("the Ministry of Justice of Tunisia"); only without one, an adjective
    // ("the Tunisian Ministry of Justice"): an item may write the one body both ways.
    for (bool by_nationality : {false, true}) {
      for (const auto& [name, ids] : by_name) {
        if (ids.empty() || !extended_by(words_of[name], by_nationality)) continue;
        ++names_fitting;
        fits = fits == kNone ? *ids.rbegin() : std::max(fits, *ids.rbegin());
      }
      if (names_fitting > 0) break;
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
