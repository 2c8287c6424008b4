// Who does not attend: photo-caption lines and bylines (rules/patterns/caption_lines.json),
// and mentions named only as funders, implementers or supporters
// (rules/patterns/not_attending.json).
#include <re2/re2.h>

#include <optional>

#include "relations.hpp"

namespace kg::extract_detail {

namespace {

// "Speakers included:\n\nMr A - Head of Unit - Europol\nMs B - ...": a line of a block that a
// line ending in ':' introduces (one blank line between them or none) is a line of a list of
// people, not a caption, bullets or not.
bool in_introduced_list(const ItemContext& context, std::size_t sentence) {
  const Span& span = context.out.sentences[sentence].span;
  std::string_view before = context.text({span.in_title, 0, span.begin});
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t'))
    before.remove_suffix(1);
  if (!before.empty() && before.back() != '\n') return false;  // not at a line's start
  bool blank_seen = false;
  for (int lines = 0; !before.empty() && lines < 40; ++lines) {
    before.remove_suffix(1);  // the '\n' ending the line before
    std::size_t begin = before.rfind('\n');
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    std::string_view line = before.substr(begin);
    before = before.substr(0, begin);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (blank_seen) return false;
      blank_seen = true;
      continue;
    }
    if (line.back() == ':') return true;
    if (blank_seen) return false;
  }
  return false;
}

}  // namespace

void mark_caption_lines(ItemContext& context) {
  auto patterns = context.rules.patterns_for("caption_line");
  for (std::size_t s = 0; s < context.out.sentences.size(); ++s) {
    Sentence& sentence = context.out.sentences[s];
    if (sentence.caption || sentence.span.in_title) continue;
    // "- Mr A, Senior Adviser, Federal Police": a bulleted line of a list of speakers or
    // participants names people who took part, however much it looks like a caption.
    if (is_list_line(context, s) || in_introduced_list(context, s)) continue;
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

// "In a statement issued the same day, UNODC welcomed the launch. \"...,\" said Ms A, Chief
// of ...": a quotation right after a sentence that opens on a statement is from the
// statement; its speaker took no part in the item's event through it.
void quoted_from_statement(ItemContext& context) {
  static const RE2 kStatement(
      R"(^\s*In\s+(?:a|an|its|their|his|her)\s+(?:joint\s+|press\s+|written\s+|video\s+)?)"
      R"((?:statement|message|press\s+release|op-ed)\b)");
  static const RE2 kQuotation(R"(^\s*(?:"|\x{201C}))");
  const std::vector<Sentence>& sentences = context.out.sentences;
  for (std::size_t s = 1; s < sentences.size(); ++s) {
    if (sentences[s].span.in_title || sentences[s - 1].span.in_title) continue;
    if (!RE2::PartialMatch(context.text(sentences[s].span), kQuotation) ||
        !RE2::PartialMatch(context.text(sentences[s - 1].span), kStatement))
      continue;
    for (std::size_t id = 0; id < context.out.mentions.size(); ++id) {
      const Mention& m = context.out.mentions[id];
      if (!m.removed && m.sentence == s && m.kind == NodeKind::person)
        context.not_attending.insert(id);
    }
  }
}

}  // namespace

void find_not_attending(ItemContext& context) {
  quoted_from_statement(context);
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
