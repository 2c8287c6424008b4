// represents (person -> organisation): appositions, of/from phrases, possessives, titles;
// then a unit's owner and gazetteer parents, which the person represents too.
#include "relations.hpp"

namespace kg::extract_detail {

void find_represents(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "represents", [&](const RelationMatch& match) {
    auto persons = markers_of(context, match, {"person", "person2"}, {NodeKind::person});
    auto orgs = markers_of(context, match, {"org", "role"}, {NodeKind::organisation}, true);
    for (std::size_t person : persons)
      for (std::size_t org : orgs)
        add_relation(context, EdgeKind::represents, person, org, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
