#include "page_acronyms.hpp"

#include <algorithm>
#include <cstdlib>

#include "context.hpp"

namespace kg::extract_detail {

void PageAcronyms::remember(const Item& item, const ItemExtraction& pass) {
  if (!pass.acronyms.empty()) defined_.push_back({item.source, item.n, pass.acronyms});
}

const std::string* PageAcronyms::nearest_meaning(const Item& item,
                                                 const std::string& acronym) const {
  const std::string* best = nullptr;
  int best_distance = kReach + 1;
  auto first = std::lower_bound(defined_.begin(), defined_.end(), item.n - kReach,
                                [](const Defined& d, int n) { return d.n < n; });
  for (auto it = first; it != defined_.end() && it->n <= item.n + kReach; ++it) {
    if (it->n == item.n || it->source != item.source) continue;
    // Earlier items come first: a later one replaces a meaning only when strictly nearer.
    const int distance = std::abs(it->n - item.n);
    if (distance >= best_distance) continue;
    for (const auto& [defined, full] : it->acronyms)
      if (defined == acronym) {
        best = &full;
        best_distance = distance;
        break;
      }
  }
  return best;
}

void PageAcronyms::complete(const Item& item, ItemExtraction& extraction,
                            const Lexicon& lexicon) const {
  if (defined_.empty()) return;
  for (Mention& m : extraction.mentions) {
    if (m.removed || m.kind == NodeKind::person) continue;
    // The form as written: a gazetteer mention's name is its entity's name.
    const std::string written = clean_name(m.surface);
    if (!is_acronym(written)) continue;
    const bool own =
        std::any_of(extraction.acronyms.begin(), extraction.acronyms.end(),
                    [&](const auto& definition) { return definition.first == written; });
    if (own) continue;
    const std::string* full = nearest_meaning(item, written);
    if (full == nullptr) continue;
    std::optional<std::size_t> entity = lexicon.find(*full);
    if (!entity || *entity == m.entity || lexicon.entities()[*entity].kind != m.kind) continue;
    m.name = lexicon.entities()[*entity].name;
    m.canonical = m.name;
    m.entity = *entity;
    m.rule = "acronym.defined_on_page";
  }
}

}  // namespace kg::extract_detail
