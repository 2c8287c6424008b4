// attended (person or organisation -> the item's event): participation verbs, hosts and
// counterparts met; item-level: people taking part, the bodies their people represent, the
// bodies the title names.
#include "relations.hpp"

namespace kg::extract_detail {

void find_attended(ItemContext& context, std::size_t sentence) {
  if (context.out.sentences[sentence].caption) return;
  for_each_relation_match(context, sentence, "attended", [&](const RelationMatch& match) {
    // A programme named as a participant ("UNODC's Global Maritime Crime Programme held a
    // workshop") takes part through its owner; programmes themselves never attend.
    for (std::size_t who : markers_of(context, match, {"who", "list", "list2"},
                                      {NodeKind::person, NodeKind::organisation}, true))
      add_relation(context, EdgeKind::attended, who, std::nullopt, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
