#include "page_bodies.hpp"

#include <algorithm>

#include "context.hpp"
#include "kg/name_forms.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {
namespace {

// The head of an accredited body written before its complement: "Delegation" of "Delegation
// of the European Union to Pakistan" (followed by "to", "in", "of" or "for" and more words).
bool names_accredited_body(const Rules& rules, const std::vector<std::string>& words) {
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string& link = words[i + 1];
    if ((link == "to" || link == "in" || link == "of" || link == "for") &&
        in_vocabularies(rules, words[i], {"accredited_heads"}))
      return true;
  }
  return false;
}

// True when `longer` is `shorter` followed by "to", "in" or "for" and more words.
bool completes(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  if (shorter.empty() || longer.size() < shorter.size() + 2) return false;
  if (!std::equal(shorter.begin(), shorter.end(), longer.begin())) return false;
  const std::string& link = longer[shorter.size()];
  return link == "to" || link == "in" || link == "for";
}

// "EU Delegation to Ghana" and "Delegation of the European Union to Ghana" (one from an
// item's text, one from the page's header) are one body, as resolution joins them.
bool one_body(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::vector<std::string> variants = owner_order_variants(a);
  return std::find(variants.begin(), variants.end(), b) != variants.end();
}

// The place an accredited body's name ends with ("EU Delegation to the former Yugoslav
// Republic of Macedonia": North Macedonia's entity), if the lexicon knows it.
std::optional<std::size_t> accredited_place(const Lexicon& lexicon, std::string_view name) {
  for (std::string_view link : {" to ", " in "}) {
    std::size_t at = name.rfind(link);
    if (at == std::string_view::npos) continue;
    std::string_view place = name.substr(at + link.size());
    if (place.starts_with("the ")) place.remove_prefix(4);
    std::optional<std::size_t> entity = lexicon.find(std::string(place));
    if (entity && lexicon.entities()[*entity].kind == NodeKind::place) return entity;
  }
  return std::nullopt;
}

// One body under two names: one_body, or the same place the two are accredited to.
bool same_accreditation(const Lexicon& lexicon, const std::string& a, const std::string& b) {
  if (one_body(a, b)) return true;
  std::optional<std::size_t> place = accredited_place(lexicon, a);
  return place && place == accredited_place(lexicon, b);
}

}  // namespace

std::vector<std::string> PageBodies::bodies_named(const ItemExtraction& pass,
                                                  const Lexicon& lexicon) const {
  auto of_an_assembly = [&](const Mention& m) {
    if (m.entity == kNone) return false;
    const auto& parents = lexicon.entities()[m.entity].parents;
    return std::any_of(parents.begin(), parents.end(), [&](const std::string& parent) {
      return in_vocabularies(rules_, parent, {"assembly_parents"});
    });
  };
  std::vector<std::string> names;
  for (const Mention& m : pass.mentions)
    if (!m.removed && m.kind == NodeKind::organisation &&
        std::find(names.begin(), names.end(), m.name) == names.end() &&
        names_accredited_body(rules_, split_words(m.name)) && !of_an_assembly(m))
      names.push_back(m.name);
  return names;
}

void PageBodies::remember(const Item& item, const ItemExtraction& pass, const Lexicon& lexicon) {
  Named named{item.source, item.n, bodies_named(pass, lexicon)};
  if (!named.names.empty()) named_.push_back(std::move(named));
}

void PageBodies::remember_header(const Item& item, const ItemExtraction& header_pass,
                                 const Lexicon& lexicon) {
  Named named{item.source, item.n, bodies_named(header_pass, lexicon)};
  if (!named.names.empty()) header_named_[item.source] = std::move(named);
}

const PageBodies::Named* PageBodies::header_for(const Item& item) const {
  auto header = header_named_.find(item.source);
  return header == header_named_.end() ? nullptr : &header->second;
}

std::vector<const PageBodies::Named*> PageBodies::named_for(const Item& item) const {
  std::vector<const Named*> candidates;
  auto after = std::lower_bound(named_.begin(), named_.end(), item.n,
                                [](const Named& named, int n) { return named.n < n; });
  for (auto before = after; before != named_.begin();) {
    --before;
    if (before->source != item.source || item.n - before->n > kReach) break;
    candidates.push_back(&*before);
  }
  if (const Named* header = header_for(item)) candidates.push_back(header);
  // Pages list their items newest first as often as oldest first.
  if (after != named_.end() && after->n == item.n) ++after;
  for (; after != named_.end() && after->source == item.source && after->n - item.n <= kReach;
       ++after)
    candidates.push_back(&*after);
  return candidates;
}

void PageBodies::complete(const Item& item, ItemExtraction& extraction,
                          const Lexicon& lexicon) const {
  const std::vector<const Named*> pages = named_for(item);
  if (pages.empty()) return;
  const Named* header = header_for(item);
  // An item that names such a body itself means that one (its own short forms were joined
  // to it in the item, see shortened_bodies.cpp, or name another body it does not complete):
  // only a body the short form could stand for, so that "Spain's Government Delegation for the
  // National Plan on Drugs" does not keep "the EU Delegation's attaché" from the page's
  // delegation.
  std::vector<std::vector<std::string>> own_bodies;
  for (const Mention& m : extraction.mentions)
    if (!m.removed && m.kind == NodeKind::organisation &&
        names_accredited_body(rules_, split_words(m.name)))
      own_bodies.push_back(split_words(m.name));
  for (Mention& m : extraction.mentions) {
    if (m.removed || m.kind != NodeKind::organisation || m.entity == kNone) continue;
    // A short form the item already joined to its own body ("the EU Delegation" after "the
    // Delegation of the European Union to Botswana and SADC") is complete.
    if (names_accredited_body(rules_, split_words(m.name))) continue;
    const KnownEntity& known = lexicon.entities()[m.entity];
    // The form as written: the known body's name may be its plural ("EU Delegations").
    std::vector<std::string> own = split_words(clean_name(m.surface));
    if (own.empty() || !in_vocabularies(rules_, own.back(), {"accredited_heads"})) continue;
    // The short form as written or as the known body's other forms with the same head ("EU
    // Delegation" is "Delegation of the European Union" to the gazetteer).
    std::vector<std::vector<std::string>> short_forms{own};
    for (const std::string& alias : known.aliases)
      if (std::vector<std::string> words = split_words(alias);
          words.back() == own.back() || words.front() == own.back())
        short_forms.push_back(std::move(words));
    auto completed_by = [&](const std::vector<std::string>& words) {
      return std::any_of(short_forms.begin(), short_forms.end(),
                         [&](const auto& shorter) { return completes(shorter, words); });
    };
    if (std::any_of(own_bodies.begin(), own_bodies.end(), completed_by)) continue;
    // The bodies of `named` the short form could stand for, each once.
    auto fitting_in = [&](const Named& named) {
      std::vector<const std::string*> fitting;
      for (const std::string& name : named.names)
        if (completed_by(split_words(name)) &&
            std::none_of(fitting.begin(), fitting.end(),
                         [&](const std::string* other) { return one_body(*other, name); }))
          fitting.push_back(&name);
      return fitting;
    };
    // The page's own body, which its header names, is what "the EU Delegation" of its items
    // stands for; an item nearby that names it too gives the form the page uses in its items
    // ("the former Yugoslav Republic of Macedonia" before the header's "North Macedonia").
    // Without a header, the nearest item that names such a body decides: one body, or none
    // when it names two.
    std::vector<const std::string*> page_own;
    if (header) page_own = fitting_in(*header);
    if (page_own.size() > 1) page_own.clear();
    const std::string* full = nullptr;
    for (const Named* page : pages) {
      std::vector<const std::string*> fitting = fitting_in(*page);
      if (fitting.empty()) continue;
      if (fitting.size() == 1) full = fitting.front();
      if (!page_own.empty() &&
          (fitting.size() > 1 || !same_accreditation(lexicon, *full, *page_own.front())))
        full = page_own.front();
      break;
    }
    if (full == nullptr) continue;
    std::optional<std::size_t> entity = lexicon.find(*full);
    m.name = *full;
    m.entity = entity ? *entity : kNone;
    m.canonical = entity ? lexicon.entities()[*entity].name : std::string();
  }
}

}  // namespace kg::extract_detail
