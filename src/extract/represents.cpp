// represents (person -> organisation): appositions, of/from phrases, possessives, titles;
// then a unit's owner and gazetteer parents, which the person represents too.
#include "relations.hpp"

namespace kg::extract_detail {

void find_represents(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "represents", [&](const RelationMatch& match) {
    auto persons = markers_of(context, match, {"person", "person2", "persons"}, {NodeKind::person});
    auto orgs = markers_of(context, match, {"org", "role"}, {NodeKind::organisation}, true);
    for (std::size_t person : persons)
      for (std::size_t org : orgs)
        add_relation(context, EdgeKind::represents, person, org, sentence, match.pattern->id);
  });
}

// "P1 and her colleague P2": P2 represents what P1 represents when nothing else is said
// about P2. Runs after the sentence patterns, before the item-level inferences.
void find_colleagues(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "colleague", [&](const RelationMatch& match) {
    auto leads = markers_of(context, match, {"lead"}, {NodeKind::person});
    auto persons = markers_of(context, match, {"person"}, {NodeKind::person});
    if (leads.size() != 1 || persons.size() != 1) return;
    std::vector<Relation> relations = context.out.relations;
    for (const Relation& r : relations)
      if (r.kind == EdgeKind::represents && r.source == persons[0]) return;
    for (const Relation& r : relations)
      if (r.kind == EdgeKind::represents && r.source == leads[0])
        add_relation(context, EdgeKind::represents, persons[0], r.target, sentence,
                     match.pattern->id);
  });
}

}  // namespace kg::extract_detail
