// funds (organisation or place -> programme): "funded/financed by", "ORG-funded", donors.
// A pattern without a target group funds the programmes of its sentence.
#include "relations.hpp"

namespace kg::extract_detail {

void find_funds(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "funds", [&](const RelationMatch& match) {
    auto sources = markers_of(context, match, {"source", "sources"},
                              {NodeKind::organisation, NodeKind::place});
    auto targets = markers_of(context, match, {"target", "targets"}, {NodeKind::programme});
    // No target group: the programmes of the sentence, else of the nearest of the three
    // sentences before (the programme being talked about).
    if (!match.groups.count("target") && !match.groups.count("targets"))
      for (std::size_t s = sentence + 1; s-- > 0 && targets.empty() && s + 4 > sentence;)
        for (std::size_t id : context.mentions_in(s))
          if (context.out.mentions[id].kind == NodeKind::programme) targets.push_back(id);
    for (std::size_t source : sources)
      for (std::size_t target : targets)
        add_relation(context, EdgeKind::funds, source, target, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
