// The programme a sentence means without naming it ("the campaign", "the project", "its work"):
// the programmes named in the sentence, else in the sentences just before, of those the ones
// that the word fits. Used by funds and active_in.
#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <string>

#include "name_filters.hpp"
#include "relations.hpp"

namespace kg::extract_detail {

std::vector<std::size_t> programme_mentions(const ItemContext& context, std::size_t sentence) {
  std::vector<std::size_t> found;
  for (std::size_t id : context.mentions_in(sentence))
    if (context.out.mentions[id].kind == NodeKind::programme) found.push_back(id);
  return found;
}

std::vector<std::size_t> programmes_of(ItemContext& context, std::size_t sentence) {
  std::vector<std::size_t> found = programme_mentions(context, sentence);
  if (found.size() < 2) return found;
  std::vector<std::size_t> parents;
  for_each_relation_match(context, sentence, "funds_parent", [&](const RelationMatch& match) {
    for (std::size_t id : markers_of(context, match, {"parent", "parent2"}, {NodeKind::programme}))
      parents.push_back(id);
  });
  std::vector<std::size_t> kept;
  for (std::size_t id : found)
    if (std::find(parents.begin(), parents.end(), id) == parents.end()) kept.push_back(id);
  return kept.empty() ? found : kept;
}

std::string programme_word(std::string_view text) {
  static const RE2 word(
      "\\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\\s+(?:[\\w-]+\\s+|[€$£¥][0-9.,]+\\s+){0,3}?"
      "((?i:programme|program|project|initiative|campaign|action|operation))s?\\b");
  std::string found;
  RE2::PartialMatch(text, word, &found);
  found = ascii_lower(found);
  return found == "program" ? "programme" : found;
}

std::vector<std::size_t> fitting_programmes(ItemContext& context,
                                            const std::vector<std::size_t>& candidates,
                                            const std::string& noun) {
  if (noun.empty() || candidates.size() < 2) return candidates;
  std::vector<std::size_t> kept;
  for (std::size_t id : candidates) {
    const Mention& m = context.out.mentions[id];
    std::string around = ascii_lower(m.name);
    std::string_view sentence = context.sentence_text(m.sentence);
    std::size_t at = m.span.begin - context.out.sentences[m.sentence].span.begin;
    std::size_t from = at > 24 ? at - 24 : 0;
    around += " " + ascii_lower(std::string(sentence.substr(from, at - from)));
    std::size_t end = m.span.end - context.out.sentences[m.sentence].span.begin;
    if (end < sentence.size()) around += " " + ascii_lower(std::string(sentence.substr(end, 12)));
    if (around.find(noun) != std::string::npos) kept.push_back(id);
  }
  return kept.empty() ? candidates : kept;
}

// "The Regional Programme": "the", then the short name (group 1), at the text's start.
constexpr std::string_view kOpeningShortName =
    R"(^\s*[Tt]he\s+((?:[A-Z][\w-]*\s+){1,3}(?:Programme|Program|Project|Initiative|Campaign|Facility)))";

std::string programme_short_name(std::string_view text) {
  static const RE2 kShortName(
      std::string(kOpeningShortName) +
      R"(\b(?:['’]s)?(?:\s*[,(]|\s+(?:is|was|are|were|has|had|have|will|would|also|now|in)\b))");
  std::string found;
  RE2::PartialMatch(text, kShortName, &found);
  return found;
}

std::string programme_short_name_receiving(std::string_view opening) {
  static const RE2 kReceiving(
      std::string(kOpeningShortName) +
      R"(\s+(?:also\s+|now\s+)?(?:receives|received|has\s+received|benefits|benefited|gets|got|draws|drew)\s+)"
      R"((?:[a-z]+\s+){0,2}$)");
  std::string found;
  RE2::FullMatch(opening, kReceiving, &found);
  return found;
}

std::vector<std::size_t> programmes_called(const ItemContext& context, std::size_t sentence,
                                           const std::string& short_name) {
  if (short_name.empty()) return {};
  std::size_t latest = kNone;
  std::string called;
  for (std::size_t id = 0; id < context.out.mentions.size(); ++id) {
    const Mention& m = context.out.mentions[id];
    if (m.removed || m.kind != NodeKind::programme || m.sentence >= sentence) continue;
    if (m.name.find(short_name) == std::string::npos &&
        m.surface.find(short_name) == std::string::npos)
      continue;
    // Two programmes the short name fits: which one is meant is not written.
    if (!called.empty() && m.name != called) return {};
    called = m.name;
    latest = id;
  }
  if (latest == kNone) return {};
  return {latest};
}

namespace {

// `programmes` without those whose tagged text before them matches `ending` (a regex ending in
// "$") and, when given, passes `also` with the regex's first group.
std::vector<std::size_t> without_written_after(
    const ItemContext& context, std::size_t sentence, std::vector<std::size_t> programmes,
    const RE2& ending, const std::function<bool(const std::string&)>& also = {}) {
  if (programmes.empty()) return programmes;
  std::shared_ptr<const Tagged> held = tagged_sentence(context, sentence);
  const Tagged& tagged = *held;
  std::erase_if(programmes, [&](std::size_t id) {
    std::size_t at = tagged.marker_begin(id);
    if (at == std::string::npos) return false;
    std::string group;
    std::string_view before = std::string_view(tagged.text()).substr(0, at);
    if (!also) return RE2::PartialMatch(before, ending);
    return RE2::PartialMatch(before, ending, &group) && also(group);
  });
  return programmes;
}

// "and by Ms A, Head of UNODC's Global Maritime Crime Programme": a programme written right
// after a job title and "of", "at" or "for" is where someone works.
std::vector<std::size_t> without_workplaces(const ItemContext& context, std::size_t sentence,
                                            std::vector<std::size_t> programmes) {
  static const RE2 kTitleBefore(
      R"((?:^|[\s,(])([A-Z][\w-]*)\s+(?:of|at|for|with)\s+(?:the\s+)?(?:\[\[O\d+\]\](?:'s|’s)\s+)?$)");
  return without_written_after(
      context, sentence, std::move(programmes), kTitleBefore,
      [&](const std::string& title) { return in_vocabularies(context.rules, title, {"titles"}); });
}

}  // namespace

// (An implementer's bracketed acronym is the implementer too: "implemented by UNODC's Global
// Programme against Money Laundering ... (GPML)".)
std::vector<std::size_t> without_implementers(const ItemContext& context, std::size_t sentence,
                                              std::vector<std::size_t> programmes) {
  static const RE2 kImplementedBy(
      R"((?:implemented|executed|delivered|carried\s+out|run|managed)\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:\[\[O\d+\]\](?:'s|’s)\s+)?(?:\[\[G\d+\]\]\s*\(\s*)?$)");
  return without_written_after(context, sentence, std::move(programmes), kImplementedBy);
}

std::vector<std::size_t> without_channels(const ItemContext& context, std::size_t sentence,
                                          std::vector<std::size_t> programmes) {
  static const RE2 kThrough(
      R"(\b(?:through|via)\s+(?:the\s+|its\s+|their\s+)?(?:\[\[O\d+\]\](?:'s|’s)\s+)?$)");
  std::vector<std::size_t> kept = without_written_after(context, sentence, programmes, kThrough);
  return kept.empty() ? programmes : kept;
}

std::vector<std::size_t> programmes_before(ItemContext& context, std::size_t sentence,
                                           const std::string& noun) {
  std::vector<std::size_t> found;
  std::size_t where = kNone;
  std::vector<std::size_t> nearest;
  std::size_t nearest_where = kNone;
  for (std::size_t s = sentence; s-- > 0 && found.empty() && s + 4 > sentence;) {
    found = programmes_of(context, s);
    if (found.empty()) continue;
    if (nearest.empty()) {
      nearest = found;
      nearest_where = s;
    }
    found = without_workplaces(context, s, without_implementers(context, s, found));
    where = s;
  }
  if (found.empty() && !nearest.empty()) {
    found = nearest;
    where = nearest_where;
  }
  // Nothing just before: the programme the title names is what the item is about.
  for (std::size_t s = 0; found.empty() && s < sentence && context.out.sentences[s].span.in_title;
       ++s) {
    found = programmes_of(context, s);
    where = s;
  }
  // "... the first module of "Women in Border Security", a mentoring programme. [four sentences
  // on the module] The programme is financed by the Netherlands": an item about one programme
  // goes on calling it "the programme" long after naming it.
  for (std::size_t s = sentence > 3 ? sentence - 3 : 0;
       found.empty() && !noun.empty() && s-- > 0;) {
    found =
        without_workplaces(context, s, without_implementers(context, s, programmes_of(context, s)));
    where = s;
  }
  // "X launched the second phase of the Y Initiative. The initiative is funded by ...": the
  // word chosen names the programme, even one that programmes_of() set aside as a parent.
  if (!found.empty() && !noun.empty()) {
    std::vector<std::size_t> all;
    for (std::size_t id : context.mentions_in(where))
      if (context.out.mentions[id].kind == NodeKind::programme) all.push_back(id);
    std::vector<std::size_t> fitting = fitting_programmes(context, all, noun);
    if (fitting.size() < all.size()) return fitting;
  }
  return fitting_programmes(context, found, noun);
}

std::vector<std::size_t> programmes_with_activity_before(ItemContext& context,
                                                         std::size_t sentence) {
  static const RE2 kActivity(
      R"((?i)\b(?:training|course|workshop|seminar|visit|mission|meeting|conference|exercise|activit(?:y|ies)|session|equipment)s?\b)");
  // "Ms A of the Global SMART Programme presented": a person's programme is where they work.
  static const RE2 kPersonOf(
      R"(\[\[P\d+\]\]\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:\[\[O\d+\]\](?:'s|’s)?\s+)?$)");
  for (std::size_t s = sentence; s-- > 0 && s + 4 > sentence;) {
    std::vector<std::size_t> found = programmes_of(context, s);
    if (found.empty()) continue;
    std::shared_ptr<const Tagged> held = tagged_sentence(context, s);
    if (!RE2::PartialMatch(held->text(), kActivity)) continue;
    found = without_written_after(context, s, without_workplaces(context, s, std::move(found)),
                                  kPersonOf);
    if (!found.empty()) return found;
  }
  return {};
}

}  // namespace kg::extract_detail
