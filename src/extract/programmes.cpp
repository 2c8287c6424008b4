// Programmes found by pattern: capitalised phrases ending in a programme word (Programme,
// Project, Initiative, Campaign, Action Plan ...), acronyms before "programme", hashtags.
#include <algorithm>
#include <optional>

#include <re2/re2.h>

#include "context.hpp"
#include "kg/name_forms.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {

// Two programmes run together by a phrase that may hold "and" ("the Safe Seas Programme and
// the Clean Courts Initiative"): a head word followed by "and" or a comma ends a name, and
// programme.coordinated finds the two names.
bool runs_two_together(const ItemContext& context, const std::vector<std::string>& words) {
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    std::string word = words[i];
    bool comma = !word.empty() && word.back() == ',';
    if (comma) word.pop_back();
    if ((comma || words[i + 1] == "and") &&
        in_vocabularies(context.rules, word, {"programme_words"}))
      return true;
  }
  return false;
}

// "the Programme in the Central African region" says where a programme works: a name that
// starts with the programme word and goes on with "in" names nothing.
bool says_where_only(const ItemContext& context, const std::vector<std::string>& words) {
  return words.size() > 1 && words[1] == "in" &&
         in_vocabularies(context.rules, words[0], {"programme_words"});
}

// "Global Programme on Crime Prevention": a programme word with a capitalised field after
// "on", "for" or "against" names one programme, even when every word is a common one.
bool has_named_field(const ItemContext& context, const std::vector<std::string>& words) {
  for (std::size_t i = 0; i + 2 < words.size(); ++i)
    if (in_vocabularies(context.rules, words[i], {"programme_words"}) &&
        (words[i + 1] == "on" || words[i + 1] == "for" || words[i + 1] == "against") &&
        words[i + 2][0] >= 'A' && words[i + 2][0] <= 'Z')
      return true;
  return false;
}

// "the Port Security Initiative" in the body: two capitalised words of the field before the
// programme word make a name even when both are common words; one ("the Global Programme", "the
// Security Initiative") or generic modifiers ("the Joint Technical Programme") do not. Words of
// the field may be joined by "and": "the Development and Protection Programme".
bool has_two_word_field(const ItemContext& context, const std::vector<std::string>& words) {
  std::size_t field = 0;
  for (const std::string& word : words) {
    if (in_vocabularies(context.rules, word, {"programme_words"})) return field >= 2;
    if (field > 0 && (word == "and" || word == "&")) continue;
    bool capital = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
    if (!capital || in_vocabularies(context.rules, word, {"generic_modifiers"})) {
      field = 0;
      continue;
    }
    ++field;
  }
  return false;
}

// "the Regional Programme for the Andes 2016-2020" is that programme in that period: the name
// drops the years (the text's form, years and all, stays the mention's surface and an alias).
std::string without_period(std::string name) {
  const std::size_t space = name.rfind(' ');
  if (space != std::string::npos && is_year_period(std::string_view(name).substr(space + 1)))
    name.erase(space);
  return name;
}

// The head of a name is its words before the first lower-case one ("Cybercrime Coordinator" of
// "Cybercrime Coordinator for the Eastern Partnership").
bool head_is_title(const ItemContext& context, const std::vector<std::string>& words) {
  std::size_t head = 0;
  while (head < words.size() && !words[head].empty() &&
         !(words[head][0] >= 'a' && words[head][0] <= 'z'))
    ++head;
  return head >= 2 && head < words.size() &&
         in_vocabularies(context.rules, words[head - 1], {"titles", "title_prefixes"});
}

// "Project Officers", "Project Team", "Programme Steering Committee": a programme word and a
// job title, a unit or a common modifier speak of a programme's staff or bodies; "Project
// Scale" names a project.
bool names_a_job_or_team(const ItemContext& context, const std::vector<std::string>& words) {
  if (words.size() != 2 || !in_vocabularies(context.rules, words[0], {"programme_words"}))
    return false;
  std::string_view word = words[1];
  std::string_view singular = word.ends_with('s') ? word.substr(0, word.size() - 1) : word;
  for (std::string_view form : {word, singular})
    if (in_vocabularies(context.rules, form,
                        {"titles", "title_prefixes", "unit_words", "generic_modifiers"}))
      return true;
  return false;
}

// "Global Programme" or "Joint Initiative" alone names nothing in particular.
std::string clean_programme(const ItemContext& context, std::string_view surface,
                            const Pattern& pattern) {
  std::string name =
      without_period(without_opening_preposition(context.rules, clean_name(surface)));
  // "the Norwegian-led Blue Justice initiative": who leads or pays describes the programme and
  // is no part of its name.
  for (std::string_view describer : {"-led ", "-funded ", "-financed ", "-backed ", "-sponsored "})
    if (std::size_t at = name.find(describer);
        at != std::string::npos && name.find(' ') == at + describer.size() - 1)
      name.erase(0, at + describer.size());
  if (runs_two_together(context, split_words(name))) return {};
  // "Ms Julia A of the Global Programme": a person and where she works, not a programme's name.
  if (std::vector<std::string> words = split_words(name);
      !words.empty() && in_vocabularies(context.rules, words.front(), {"honorifics"}))
    return {};
  // "the Centre's Victims of Terrorism Support Programme": a body named by its head noun and a
  // possessive refers back to that body, its owner; the programme's name is what follows. In
  // "Ms A, the Office's Programme Officer" what follows is a job (names_a_job_or_team below).
  if (std::vector<std::string> words = split_words(name); !words.empty())
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"})
      if (std::string_view first = words.front(); first.ends_with(possessive)) {
        first.remove_suffix(possessive.size());
        if (!in_vocabularies(context.rules, ascii_lower(std::string(first)), {"referring_heads"}))
          continue;
        if (words.size() < 3) return {};
        name.erase(0, words.front().size() + 1);
        break;
      }
  // "the Mukobeko Maximum Security Correctional Facility (in Kabwe)": a building, not a
  // programme, whatever construction found it.
  const std::vector<std::string> name_words = split_words(name);
  for (std::size_t i = 1; i < name_words.size(); ++i)
    if (name_words[i] == "Facility" &&
        in_vocabularies(context.rules, name_words[i - 1], {"building_facility_words"}))
      return {};
  // What the construction itself names ("the project 'Police Officers in Schools'") is a name,
  // whatever its words; a title given an acronym is checked against it after.
  if (pattern.options.named || pattern.options.named_by_acronym) return name;
  // "the INTERPOL Firearms Programme": the words after the owner say what it does; in "the
  // UNODC Regional Programme" they only say where, and name nothing.
  if (pattern.options.owner_first) {
    const std::vector<std::string> words = split_words(name);
    for (std::size_t i = 1; i + 1 < words.size(); ++i)
      if (!in_vocabularies(context.rules, words[i],
                           {"programme_scope_words", "programme_words", "generic_modifiers"}))
        return name;
    return {};
  }
  // "the Commissioner for International Partnerships", "Cybercrime Coordinator for the Eastern
  // Partnership": a job title (first word or head), not a programme.
  if (std::vector<std::string> words = split_words(name);
      !words.empty() &&
      (in_vocabularies(context.rules, words.front(), {"titles", "title_prefixes"}) ||
       head_is_title(context, words)))
    return {};
  if (says_where_only(context, split_words(name))) return {};
  if (names_a_job_or_team(context, split_words(name))) return {};
  if (has_named_field(context, split_words(name))) return name;
  if (!context.in_heading(surface) && has_two_word_field(context, split_words(name))) return name;
  // A name needs a word of its own: "the Global Programme" is none. A programme word before
  // the head is one ("the Country Partnership Programme").
  std::vector<std::string> words = split_words(name);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool lower = !word.empty() && word[0] >= 'a' && word[0] <= 'z';
    if (lower) continue;
    if (i + 1 < words.size() && in_vocabularies(context.rules, word, {"programme_words"}))
      return name;
    if (!in_vocabularies(context.rules, word,
                         {"generic_modifiers", "programme_words", "not_name_words"}))
      return name;
  }
  return {};
}

// "the River Guard Programme": a name that an organisation pattern cut at its head word
// ("Guard", "Police") is the start of a programme's name when a capitalised programme word
// follows. Gazetteer bodies keep their reading ("UNODC Programme" is UNODC's programme).
void extend_organisations_into_programmes(ItemContext& context, std::size_t sentence) {
  for (std::size_t id : context.mentions_in(sentence)) {
    Mention& m = context.out.mentions[id];
    if (m.kind != NodeKind::organisation || m.entity != kNone ||
        m.rule.rfind("organisation.", 0) != 0)
      continue;
    std::string_view after = context.text({m.span.in_title, m.span.end, m.span.end + 40});
    if (after.empty() || after.front() != ' ') continue;
    std::vector<std::string> words = split_words(after);
    if (words.empty() || words.front()[0] < 'A' || words.front()[0] > 'Z') continue;
    std::string word = words.front();
    while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';'))
      word.pop_back();
    if (!in_vocabularies(context.rules, word, {"programme_words"})) continue;
    m.kind = NodeKind::programme;
    m.span.end += 1 + word.size();
    m.surface = std::string(context.text(m.span));
    m.name = m.surface;
    m.rule = "programme.named_after_body";
  }
}

// The length of the period written right after a name (" 2016-2020", " (2017 - 2020)",
// " for 2015-2018"), leading space included; 0 when none follows.
std::size_t period_after(std::string_view after) {
  if (!after.starts_with(' ')) return 0;
  if (after.starts_with(" for ")) {
    const std::size_t length = period_after(after.substr(4));
    return length == 0 ? 0 : 4 + length;
  }
  if (after.starts_with(" (")) {
    const std::size_t close = after.find(')');
    if (close != std::string_view::npos && is_year_period(after.substr(1, close))) return close + 1;
    return 0;
  }
  const std::size_t length = std::min(after.find_first_of(",.;) ", 1), after.size());
  return is_year_period(after.substr(1, length - 1)) ? length : 0;
}

// The period a programme's name was written with stays in its surface (a form the text uses
// for it) though the name drops it: "the Andes Programme 2016-2020". Gazetteer programmes
// too: annotators and readers name a plan by its years ("EU Drugs Action Plan 2013-2016").
void keep_period_in_surface(ItemContext& context, std::size_t sentence) {
  for (std::size_t id : context.mentions_in(sentence)) {
    Mention& m = context.out.mentions[id];
    if (m.removed || m.kind != NodeKind::programme) continue;
    const std::size_t length =
        period_after(context.text({m.span.in_title, m.span.end, m.span.end + 24}));
    if (length == 0) continue;
    m.span.end += length;
    m.surface = std::string(context.text(m.span));
  }
}

// "funded by", "implemented by": words that say a name is paid for or carried out.
bool funded_or_implemented_by(const ItemContext& context, const std::vector<std::string>& words,
                              std::size_t at) {
  return at + 1 < words.size() && words[at + 1] == "by" &&
         (words[at] == "implemented" ||
          in_vocabularies(context.rules, words[at], {"funding_verbs"}));
}

// ", a project funded by", ", an EU programme implemented by": an apposition that calls the
// name a programme and says who pays for it or carries it out.
bool apposition_of_funded_programme(const ItemContext& context,
                                    const std::vector<std::string>& words) {
  if (words.empty() || (words[0] != "a" && words[0] != "an" && words[0] != "the")) return false;
  for (std::size_t at = 1; at < words.size() && at <= 5; ++at)
    if (words[at] == "project" || words[at] == "programme" || words[at] == "program" ||
        words[at] == "initiative")
      return funded_or_implemented_by(context, words, at + 1);
  return false;
}

// "the Coastal Data Network (CDN), funded by the EU and implemented by X", "EUROMED Police IV,
// a project funded by the EU": what a funder pays for, or a body carries out, is a programme
// whatever its head word (funds go to programmes). Only names that a pattern read as bodies by
// their head word; gazetteer bodies stay bodies. A phase numeral may follow the name.
void read_funded_bodies_as_programmes(ItemContext& context, std::size_t sentence) {
  for (std::size_t id : context.mentions_in(sentence)) {
    Mention& m = context.out.mentions[id];
    if (m.removed || m.kind != NodeKind::organisation || m.entity != kNone ||
        m.rule.rfind("organisation.", 0) != 0)
      continue;
    std::string_view after = context.text({m.span.in_title, m.span.end, m.span.end + 80});
    if (after.starts_with(" (")) {
      const std::size_t close = after.find(')');
      if (close == std::string_view::npos || close > 20) continue;
      after.remove_prefix(close + 1);
    }
    for (std::string_view numeral : {" III,", " II,", " IV,", " V,", " VI,"})
      if (after.starts_with(numeral)) after.remove_prefix(numeral.size() - 1);
    if (!after.starts_with(", ")) continue;
    after.remove_prefix(2);
    for (std::string_view relative : {"which is ", "which was ", "that is ", "that was "})
      if (after.starts_with(relative)) after.remove_prefix(relative.size());
    std::vector<std::string> words = split_words(after);
    if (!funded_or_implemented_by(context, words, 0) &&
        !apposition_of_funded_programme(context, words))
      continue;
    m.kind = NodeKind::programme;
    m.rule = "programme.funded_body";
  }
}

// "the project Support to the National Commission for Public Integrity": a name right after the
// word "project" (or programme, initiative) names a project, though an organisation pattern read
// it by its head word. Gazetteer bodies stay bodies ("the project Partner UNODC" is rare, but
// "the programme Ministry" never names one).
void read_named_projects_as_programmes(ItemContext& context, std::size_t sentence) {
  for (std::size_t id : context.mentions_in(sentence)) {
    Mention& m = context.out.mentions[id];
    if (m.removed || m.kind != NodeKind::organisation || m.entity != kNone ||
        m.rule.rfind("organisation.", 0) != 0 || m.span.begin < 12)
      continue;
    std::string_view before = context.text({m.span.in_title, m.span.begin - 12, m.span.begin});
    for (std::string_view word : {" project ", " programme ", " initiative "})
      if (before.ends_with(word)) {
        m.kind = NodeKind::programme;
        m.rule = "programme.named_after_word";
        break;
      }
  }
}

// "BOMCA 9", "CADAP 6": a phase number after a programme's acronym, 1 to 20, at a clause's end
// or before a verb, not a count of things ("AIRCOP 10 airports"). Returns its length with the
// space before it, else 0.
std::size_t acronym_phase_number(std::string_view surface, std::string_view after) {
  if (surface.size() < 3 || !std::all_of(surface.begin(), surface.end(),
                                         [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; }))
    return 0;
  static const RE2 kPhase(
      R"(^ ([1-9]|1[0-9]|20)(?:$|[,;:.)]|\s+(?:[A-Z(]|[a-z]+[^s\s]\b|is\b|was\b|has\b)))");
  re2::StringPiece number;
  if (!RE2::PartialMatch(after, kPhase, &number)) return 0;
  return 1 + number.size();
}

// "COPOLAD III", "the Sahel Programme II": a phase numeral after a programme's name names the
// phase, a programme of its own (money for a phase funds the phase); so does a number after an
// acronym ("BOMCA 9").
void extend_by_phase_numeral(ItemContext& context, std::size_t sentence) {
  static constexpr std::string_view kNumerals[] = {"VIII", "VII", "III", "II", "IV",
                                                   "IX",   "VI",  "V",   "X"};
  for (std::size_t id : context.mentions_in(sentence)) {
    Mention& m = context.out.mentions[id];
    if (m.removed || m.kind != NodeKind::programme) continue;
    std::string_view after = context.text({m.span.in_title, m.span.end, m.span.end + 8});
    if (!after.starts_with(' ')) continue;
    // The phase is a programme of its own, named as written.
    auto take_phase = [&](std::size_t length) {
      m.span.end += length;
      m.surface = std::string(context.text(m.span));
      m.name = m.surface;
      m.canonical.clear();
      m.entity = kNone;
      m.rule = "programme.phase_numeral";
    };
    if (std::size_t number = acronym_phase_number(
            m.surface, context.text({m.span.in_title, m.span.end, m.span.end + 24}))) {
      take_phase(number);
      continue;
    }
    for (std::string_view numeral : kNumerals) {
      if (!after.substr(1).starts_with(numeral)) continue;
      const std::size_t end = 1 + numeral.size();
      // "COPOLAD III." ends a sentence; "COPOLAD IIIb", "Phase II-A" and "V.2" go on.
      auto goes_on = [&](std::size_t at) {
        if (at >= after.size()) return false;
        const char c = after[at];
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
               (c == '.' && at + 1 < after.size() && after[at + 1] != ' ');
      };
      if (!goes_on(end)) take_phase(end);
      break;
    }
  }
}

// "the EU-Nigeria-UNODC-CTED Partnership Project II", "the Pacific-European Union Marine
// Partnership Programme": two or more bodies and places joined by hyphens right before the name
// that a pattern read are the start of that name, not mentions of their own (as a country
// written into an official name is none). One body alone is the owner ("the EU Marine
// Programme"); gazetteer programmes keep their names.
void extend_programmes_over_hyphenated_names(ItemContext& context, std::size_t sentence) {
  const std::vector<std::size_t> ids = context.mentions_in(sentence);
  // The body or place that ends right before `begin` with `joint` between them.
  auto part_before = [&](const Span& span, std::string_view joint) -> std::optional<std::size_t> {
    if (span.begin < joint.size() ||
        context.text({span.in_title, span.begin - joint.size(), span.begin}) != joint)
      return std::nullopt;
    for (std::size_t other : ids) {
      const Mention& o = context.out.mentions[other];
      if (!o.removed && o.span.in_title == span.in_title &&
          o.span.end + joint.size() == span.begin &&
          (o.kind == NodeKind::organisation || o.kind == NodeKind::place))
        return other;
    }
    return std::nullopt;
  };
  for (std::size_t id : ids) {
    Mention& m = context.out.mentions[id];
    if (m.removed || m.kind != NodeKind::programme || m.entity != kNone) continue;
    // The name read may start with a place of the chain ("Tanzania Coastal Programme").
    std::vector<std::size_t> parts;
    Span start = m.span;
    if (auto last = part_before(m.span, " ")) {
      parts.push_back(*last);
      start = context.out.mentions[*last].span;
    }
    const std::size_t spaced = parts.size();
    while (auto part = part_before(start, "-")) {
      parts.push_back(*part);
      start.begin = context.out.mentions[*part].span.begin;
    }
    // At least one hyphen; the first part must start a word: "EU-funded" is no part of a name.
    if (parts.size() == spaced ||
        (start.begin > 0 &&
         std::isalnum(static_cast<unsigned char>(
             context.text({start.in_title, start.begin - 1, start.begin}).front()))))
      continue;
    for (std::size_t part : parts) context.out.mentions[part].removed = true;
    m.span.begin = start.begin;
    m.surface = std::string(context.text(m.span));
    m.name = m.surface;
    m.rule = "programme.hyphenated_names_before";
  }
}

void find_programmes(ItemContext& context, std::size_t sentence) {
  extend_organisations_into_programmes(context, sentence);
  read_funded_bodies_as_programmes(context, sentence);
  read_named_projects_as_programmes(context, sentence);
  apply_mention_patterns(context, sentence, "programme", NodeKind::programme, clean_programme);
  keep_period_in_surface(context, sentence);
  extend_by_phase_numeral(context, sentence);
  extend_programmes_over_hyphenated_names(context, sentence);
}

}  // namespace kg::extract_detail
