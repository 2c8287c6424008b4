// Who does not attend: photo-caption lines and bylines (rules/patterns/caption_lines.json),
// and mentions named only as funders, implementers or supporters
// (rules/patterns/not_attending.json).
#include <re2/re2.h>

#include <optional>

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

namespace {

// The place of the item's dateline ("Niamey, 19 June 2017 - The ..."), or kNone.
std::size_t dateline_place(const ItemContext& context) {
  static const RE2 kDateline(R"(^\s*\[\[L\d+\]\]\s*(?:,|-|\x{2013}|\x{2014}))");
  for (std::size_t s = 0; s < context.out.sentences.size(); ++s) {
    if (context.out.sentences[s].span.in_title) continue;
    std::shared_ptr<const Tagged> held = tagged_sentence(context, s);
    std::string_view text = held->text();
    if (!RE2::PartialMatch(text, kDateline)) return kNone;
    std::size_t at = text.find("[[L");
    return held->marker_exactly(at, text.find("]]", at) + 2);
  }
  return kNone;
}

std::string_view place_name(const ItemContext& context, std::size_t id) {
  const Mention& m = context.out.mentions[id];
  return m.canonical.empty() ? m.name : m.canonical;
}

// "said Commissioner A in Brussels" in an item datelined Niamey: A spoke elsewhere. Without a
// dateline, or where the place is the dateline's, the match says nothing.
bool said_elsewhere(const ItemContext& context, const RelationMatch& match,
                    std::optional<std::size_t>& dateline) {
  auto elsewhere = match.groups.find("elsewhere");
  if (elsewhere == match.groups.end()) return true;
  if (!elsewhere->second.matched) return false;
  std::size_t place = match.tagged->marker_exactly(elsewhere->second.begin, elsewhere->second.end);
  if (!dateline) dateline = dateline_place(context);
  return place != kNone && *dateline != kNone &&
         place_name(context, place) != place_name(context, *dateline);
}

}  // namespace

void find_not_attending(ItemContext& context) {
  std::optional<std::size_t> dateline;  // looked up when a pattern first asks for it
  for (std::size_t s = 0; s < context.out.sentences.size(); ++s)
    for_each_relation_match(context, s, "not_attending", [&](const RelationMatch& match) {
      if (!said_elsewhere(context, match, dateline)) return;
      for (std::size_t id :
           markers_of(context, match, {"who", "list", "list2"},
                      {NodeKind::person, NodeKind::organisation, NodeKind::place}, true))
        if (!opens_new_clause(context, match, id)) context.not_attending.insert(id);
    });
}

}  // namespace kg::extract_detail
