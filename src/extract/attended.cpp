// attended (person or organisation -> the item's event): participation verbs, hosts and
// counterparts met; item-level: people taking part, the bodies their people represent, the
// bodies the title names.
#include <re2/re2.h>

#include "relations.hpp"

namespace kg::extract_detail {
namespace {

// A list of participants ends where the sentence says why they met: "met UNODC staff in
// Vienna as part of an audit of EU support ...", "met X and Y to discuss the Z plan".
RelationMatch without_purpose(const RelationMatch& match) {
  static const RE2 purpose(
      "(\\s+(?:as\\s+part\\s+of|in\\s+order\\s+to|to\\s+(?:discuss|review|present|explore|"
      "prepare|exchange|strengthen|agree|plan|launch|assess|follow|share|take\\s+stock)|"
      "ahead\\s+of|in\\s+preparation\\s+for)\\b)");
  RelationMatch cut = match;
  for (const char* name : {"list", "list2"}) {
    auto group = cut.groups.find(name);
    if (group == cut.groups.end() || !group->second.matched) continue;
    std::string_view text =
        std::string_view(match.tagged->text())
            .substr(group->second.begin, group->second.end - group->second.begin);
    re2::StringPiece found;
    if (RE2::PartialMatch(text, purpose, &found))
      group->second.end =
          group->second.begin + static_cast<std::size_t>(found.data() - text.data());
  }
  return cut;
}

}  // namespace

void find_attended(ItemContext& context, std::size_t sentence) {
  if (context.out.sentences[sentence].caption) return;
  for_each_relation_match(context, sentence, "attended", [&](const RelationMatch& whole) {
    RelationMatch match = without_purpose(whole);
    // A programme named as a participant ("UNODC's Global Maritime Crime Programme held a
    // workshop") takes part through its owner; programmes themselves never attend.
    for (std::size_t who : markers_of(context, match, {"who", "list", "list2"},
                                      {NodeKind::person, NodeKind::organisation}, true))
      add_relation(context, EdgeKind::attended, who, std::nullopt, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
