// "Participants from UNODC:" over bulleted lines: a heading that names a body says whom the
// people of the lines below it work for, when a line does not say so itself.
#include "context.hpp"
#include "relations.hpp"

namespace kg::extract_detail {

void find_list_heading_bodies(ItemContext& context) {
  const auto& sentences = context.out.sentences;
  for (std::size_t heading = 0; heading + 1 < sentences.size(); ++heading) {
    // Only a line over a bulleted list is a heading: no pattern runs on the other sentences.
    if (!is_list_line(context, heading + 1)) continue;
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

// "Participants:" or "Institutions represented:" over bulleted lines: the bodies the lines
// name took part, as the people they name do.
void find_attendance_lists(ItemContext& context) {
  const auto& sentences = context.out.sentences;
  for (std::size_t heading = 0; heading + 1 < sentences.size(); ++heading) {
    if (!is_list_line(context, heading + 1)) continue;
    const Pattern* pattern = nullptr;
    for_each_relation_match(context, heading, "attendance_list", [&](const RelationMatch& match) {
      if (pattern == nullptr) pattern = match.pattern;
    });
    if (pattern == nullptr) continue;
    for (std::size_t line = heading + 1; line < sentences.size() && is_list_line(context, line);
         ++line)
      for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
        const Mention& m = context.out.mentions[i];
        if (!m.removed && m.kind == NodeKind::organisation && m.sentence == line)
          add_relation(context, EdgeKind::attended, i, std::nullopt, line, pattern->id);
      }
  }
}

}  // namespace kg::extract_detail
