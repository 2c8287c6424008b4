// Acronym definitions: "Full Name (ACR)" after a mention, learned as aliases for the corpus.
#include "relations.hpp"

namespace kg::extract_detail {

void find_acronyms(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "acronym", [&](const RelationMatch& match) {
    auto full = markers_of(context, match, {"full"},
                           {NodeKind::organisation, NodeKind::programme, NodeKind::place});
    auto acronym = match.groups.find("acronym");
    if (full.empty() || acronym == match.groups.end() || !acronym->second.matched) return;
    std::string text = match.tagged->text().substr(acronym->second.begin,
                                                   acronym->second.end - acronym->second.begin);
    const Mention& m = context.out.mentions[full.back()];
    if (text.find("[[") != std::string::npos) {
      // The acronym is itself a mention: it is the same entity if the lexicon does not
      // say otherwise; record its surface.
      auto inner = match.tagged->markers_in(acronym->second.begin, acronym->second.end);
      if (inner.size() != 1) return;
      const Mention& a = context.out.mentions[inner[0]];
      if (a.entity != kNone && m.entity != kNone && a.entity != m.entity) return;
      text = a.surface;
    }
    context.out.acronyms.emplace_back(text, m.canonical.empty() ? m.name : m.canonical);
  });
}

}  // namespace kg::extract_detail
