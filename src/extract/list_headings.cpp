// "Participants from UNODC:" over bulleted lines: a heading that names a body says whom the
// people of the lines below it work for, when a line does not say so itself.
#include <algorithm>
#include <string_view>

#include "context.hpp"
#include "relations.hpp"

namespace kg::extract_detail {
namespace {

// A line of a list: it starts with a bullet (after spaces). UTF-8 bullets are compared as
// prefixes; ASCII ones must be followed by a space ("-" opens no word here).
bool is_list_line(const ItemContext& context, std::size_t sentence) {
  std::string_view text = context.text(context.out.sentences[sentence].span);
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n'))
    text.remove_prefix(1);
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xE2\x80\x93", "\xC2\xB7", "\xE2\x96\xAA"})
    if (text.starts_with(bullet)) return true;
  return text.size() > 1 && (text[0] == '-' || text[0] == '*') && text[1] == ' ';
}

bool represents_someone(const ItemContext& context, std::size_t person) {
  return std::any_of(
      context.out.relations.begin(), context.out.relations.end(),
      [person](const Relation& r) { return r.kind == EdgeKind::represents && r.source == person; });
}

}  // namespace

void find_list_heading_bodies(ItemContext& context) {
  const auto& sentences = context.out.sentences;
  for (std::size_t heading = 0; heading + 1 < sentences.size(); ++heading) {
    std::vector<std::size_t> bodies;
    const Pattern* pattern = nullptr;
    for_each_relation_match(context, heading, "list_heading", [&](const RelationMatch& match) {
      if (pattern != nullptr) return;
      bodies = markers_of(context, match, {"org"}, {NodeKind::organisation});
      pattern = match.pattern;
    });
    if (bodies.size() != 1) continue;
    for (std::size_t line = heading + 1; line < sentences.size() && is_list_line(context, line);
         ++line)
      for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
        const Mention& m = context.out.mentions[i];
        if (m.removed || m.kind != NodeKind::person || m.sentence != line) continue;
        if (!represents_someone(context, i))
          add_relation(context, EdgeKind::represents, i, bodies[0], line, pattern->id);
      }
  }
}

}  // namespace kg::extract_detail
