// Who does not attend: photo-caption lines and bylines (rules/patterns/caption_lines.json),
// and mentions named only as funders, implementers or supporters
// (rules/patterns/not_attending.json).
#include <re2/re2.h>

#include "relations.hpp"

namespace kg::extract_detail {

void mark_caption_lines(ItemContext& context) {
  auto patterns = context.rules.patterns_for("caption_line");
  for (std::size_t s = 0; s < context.out.sentences.size(); ++s) {
    Sentence& sentence = context.out.sentences[s];
    if (sentence.caption || sentence.span.in_title) continue;
    // "- Mr A, Senior Adviser, Federal Police": a bulleted line of a list of speakers or
    // participants names people who took part, however much it looks like a caption.
    if (is_list_line(context, s)) continue;
    std::shared_ptr<const Tagged> held = tagged_sentence(context, s);
    const Tagged& tagged = *held;
    for (const Pattern* pattern : patterns)
      if (RE2::FullMatch(tagged.text(), pattern->re())) sentence.caption = true;
  }
}

void find_not_attending(ItemContext& context) {
  for (std::size_t s = 0; s < context.out.sentences.size(); ++s)
    for_each_relation_match(context, s, "not_attending", [&](const RelationMatch& match) {
      for (std::size_t id :
           markers_of(context, match, {"who", "list", "list2"},
                      {NodeKind::person, NodeKind::organisation, NodeKind::place}, true))
        context.not_attending.insert(id);
    });
}

}  // namespace kg::extract_detail
