// held_in (the item's event -> a place where it happened) and active_in (programme -> a place
// it works in). A held_in relation is stored like attended, with the place as source and no
// target; assembling the graph turns it round (event -> place).
#include "relations.hpp"

namespace kg::extract_detail {

void find_held_in(ItemContext& context, std::size_t sentence) {
  if (context.out.sentences[sentence].caption) return;
  for_each_relation_match(context, sentence, "held_in", [&](const RelationMatch& match) {
    for (std::size_t place : markers_of(context, match, {"place", "places"}, {NodeKind::place}))
      add_relation(context, EdgeKind::held_in, place, std::nullopt, sentence, match.pattern->id);
  });
}

// Without a `programme` group, the programmes of the sentence are the ones meant
// ("The project works in Mali and Niger" after the programme was named in the sentence).
void find_active_in(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "active_in", [&](const RelationMatch& match) {
    auto places = markers_of(context, match, {"place", "places"}, {NodeKind::place});
    auto programmes = markers_of(context, match, {"programme"}, {NodeKind::programme});
    if (!match.groups.count("programme"))
      for (std::size_t id : context.mentions_in(sentence))
        if (context.out.mentions[id].kind == NodeKind::programme) programmes.push_back(id);
    for (std::size_t programme : programmes)
      for (std::size_t place : places)
        add_relation(context, EdgeKind::active_in, programme, place, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
