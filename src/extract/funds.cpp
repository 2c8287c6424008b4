// funds (organisation or place -> programme): "funded/financed by", "ORG-funded", donors,
// contributions, pledges and signed funding agreements.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "kg/text.hpp"
#include "name_filters.hpp"
#include "relations.hpp"

namespace kg::extract_detail {
namespace {

// Whether a tagged sentence opens by referring back to the money or the project of the
// sentence before it (rules/patterns/funds_references.json).
bool refers_back(const ItemContext& context, std::string_view tagged) {
  for (const Pattern* pattern : context.rules.patterns_for("funds_reference"))
    if (RE2::PartialMatch(tagged, pattern->re())) return true;
  return false;
}

// The programmes a funding sentence without a target group is about: its own, else those of
// one of the next two sentences that refers back to the money or the project ("The funds
// will support ...", "The four-year programme will be implemented by ..."), else those of the
// nearest of the three sentences before (the programme being talked about). Of several, the
// ones that fit the word the sentence uses for it ("the campaign").
// "Denmark finances a parallel project on prison reform": money for a project the sentence
// introduces with an article is for a project it does not name, not the one talked about before.
bool introduces_a_project(std::string_view after) {
  static const RE2 kIndefinite(
      R"(^\s+(?:a|an|another)\s+(?:(?:[\w-]+|\[\[[A-Z]\d+\]\](?:'s)?)\s+){0,5}?(?:project|programme|program|initiative)\b)");
  return RE2::PartialMatch(after, kIndefinite);
}

// "the Delegation will fund an independent review of ...": money for something the verb's
// object introduces that is no programme's part ("a second phase of the programme" is one) goes to
// no programme talked about before.
bool funds_something_else(std::string_view matched, std::string_view after) {
  static const RE2 kVerbLast(R"(\b(?:co-?)?(?:fund|finance|sponsor|support)s?\s*$)");
  static const RE2 kIndefinite(R"(^\s+(?:a|an|another)\s+\w)");
  static const RE2 kProgrammeWord(
      R"(\b(?:project|programme|program|initiative|phase|component|pillar|action|campaign)s?\b)");
  if (!RE2::PartialMatch(matched, kVerbLast) || !RE2::PartialMatch(after, kIndefinite))
    return false;
  std::string_view phrase = after.substr(0, after.find_first_of(",.;"));
  return !RE2::PartialMatch(phrase, kProgrammeWord) && phrase.find("[[G") == std::string_view::npos;
}

// "Both are financed by the EU under its X Programme": "both", "the two programmes" mean the
// programmes of the sentence before, not those this one names as the money's channel.
bool refers_to_both(std::string_view matched) {
  static const RE2 kBoth(
      R"(^\s*(?:Both\b|[Tt]h(?:e|ese)\s+two\s+(?:programmes|projects|initiatives)\b))");
  return RE2::PartialMatch(matched, kBoth);
}

// "The EU finances the project's training component ..., in coordination with the Y Programme":
// money for "the project" right after the verb is for the project talked about before, not for
// a programme the sentence names later.
bool refers_to_known_project(std::string_view after) {
  static const RE2 kDefinite(
      R"(^\s+(?:the|this)\s+(?:same\s+)?(?:project|programme|program|initiative)(?:['’]s)?\b)");
  return RE2::PartialMatch(after, kDefinite);
}

// "The project is financed by ...", "This EUR 2 million programme is ...": a sentence whose
// subject is a project with a definite article speaks of one the item has named.
bool opens_with_known_project(std::string_view sentence_to_match) {
  static const RE2 kDefiniteSubject(
      R"(^\s*(?:The|This)\s+(?:[\w.,'’€$£-]+\s+){0,4}?(?:project|programme|program|initiative)\s+(?:is|was|has\s+been|will\s+be)\s)");
  return RE2::PartialMatch(sentence_to_match, kDefiniteSubject);
}

// The programme that a relative clause holding the money is about: "the Global Project on
// Cybercrime, which the Council of Europe has run with voluntary contributions from A and B"
// funds that project, and "the Octopus project, which is funded by contributions from A" a
// project the sentence does not name (no target). nullopt when the money is in no such
// clause, or the clause follows a body's name.
std::optional<std::vector<std::size_t>> relative_clause_target(const ItemContext& context,
                                                               const Tagged& tagged,
                                                               std::size_t match_begin) {
  std::string_view before = std::string_view(tagged.text()).substr(0, match_begin);
  std::size_t which = before.rfind(", which ");
  if (which == std::string_view::npos || before.find(';', which) != std::string_view::npos)
    return std::nullopt;
  const auto& mentions = context.out.mentions;
  for (std::size_t id : tagged.markers_in(which, match_begin))
    if (mentions[id].kind == NodeKind::programme) return std::nullopt;
  // The programme whose marker ends `text` (a prefix of the tagged text), else nothing.
  auto programme_ending = [&](std::string_view text) -> std::optional<std::vector<std::size_t>> {
    std::size_t id = tagged.marker_exactly(text.rfind("[["), text.size());
    if (id == kNone || mentions[id].kind != NodeKind::programme) return std::nullopt;
    return std::vector<std::size_t>{id};
  };
  std::string_view head = trim_spaces(before.substr(0, which));
  if (head.ends_with(')'))
    if (std::size_t open = head.rfind('('); open != std::string_view::npos)
      head = trim_spaces(head.substr(0, open));
  if (head.ends_with("]]"))
    if (auto programme = programme_ending(head)) return programme;
  // "SKYLINK, the CCP's air cargo project for Central Asia, which ...": the clause is about
  // the programme that the apposition before it describes.
  static const RE2 kDescribed(
      R"((\[\[G\d+\]\])\s*,\s+(?:the|an?)\s+(?:[\w-]+\s+|\[\[[GO]\d+\]\](?:'s|’s)\s+){0,5}?)"
      R"((?:project|programme|initiative)(?:\s+(?:for|in|on)\s+(?:the\s+)?\[\[L\d+\]\])?$)");
  re2::StringPiece described;
  if (RE2::PartialMatch(head, kDescribed, &described))
    return programme_ending(head.substr(0, described.data() + described.size() - head.data()));
  // "the X project, which ...": a project's name kg did not read, when a name's word (no
  // article) comes right before the noun; "the [[G1]] programme, which ..." is that programme.
  std::size_t space = head.find_last_of(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view noun = head.substr(space + 1);
  std::string_view rest = trim_spaces(head.substr(0, space));
  bool programme_noun = false;
  for (std::string_view word : {"project", "programme", "program", "initiative"})
    programme_noun = programme_noun || noun == word;
  if (!programme_noun || rest.empty()) return std::nullopt;
  if (rest.ends_with("]]")) return programme_ending(rest);
  std::size_t word_begin = rest.find_last_of(' ');
  std::string_view name_word =
      rest.substr(word_begin == std::string_view::npos ? 0 : word_begin + 1);
  static const std::set<std::string_view> kDeterminers{"The", "This",    "Its",  "Their", "A",
                                                       "An",  "Another", "Each", "That"};
  if (name_word.empty() || kDeterminers.count(name_word) > 0 ||
      !(std::isupper(static_cast<unsigned char>(name_word.front())) ||
        name_word.find('@') != std::string_view::npos))
    return std::nullopt;
  return std::vector<std::size_t>{};
}

// The groups that hold funders: "sources2", "sources3" are funders written apart from the first
// ("X will contribute EUR 5 million from its instrument Y to ...", "X will mobilise EUR 5
// million through Y for ...").
const std::vector<std::string> kSourceGroups{"source", "sources", "sources2", "sources3"};

// "the project, which is funded by A and B, and which will link X with the Y Initiative": a
// programme named in a later clause is what the project works with, not what the money is for.
// So is one in a later conjunct: "the X project, made possible by funding from A and B, and the
// school-based Y initiative, co-financed by C", or a later clause with a subject or verb of its
// own ("with funding from A, and complements the Y Programme", "and it feeds into Y").
std::vector<std::size_t> without_later_clauses(const Tagged& tagged, std::size_t funders_end,
                                               std::vector<std::size_t> programmes) {
  if (funders_end == std::string::npos) return programmes;
  static const RE2 kClauseBreak(
      R"((?:^|,|\band)\s*(?:which|that)\s|;|,\s*and\s+(?:of\s+)?(?:the|an?|its|their|\[\[O\d+\]\](?:'s|’s))\s|,\s*and\s+(?:it|they|this|these)\s|,\s*and\s+(?:also\s+)?(?:complements|supports|builds|feeds|contributes|links|joins|forms|belongs|reinforces|strengthens|follows|continues)\s)");
  std::string_view text = tagged.text();
  std::erase_if(programmes, [&](std::size_t id) {
    std::size_t at = tagged.marker_begin(id);
    return at != std::string::npos && at >= funders_end &&
           RE2::PartialMatch(text.substr(funders_end, at - funders_end), kClauseBreak);
  });
  return programmes;
}

// "X, Y and Z are financed under the IfS; X also receives contributions from Canada": a
// semicolon closes a clause, and the money of one clause is for the programmes it names, when
// it names any.
std::vector<std::size_t> within_semicolon_clause(const Tagged& tagged, const Group& whole,
                                                 std::vector<std::size_t> programmes) {
  std::string_view text = tagged.text();
  std::size_t begin = text.rfind(';', whole.begin);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = std::min(text.find(';', whole.end), text.size());
  auto outside = [&](std::size_t id) {
    std::size_t at = tagged.marker_begin(id);
    return at == std::string::npos || at < begin || at >= end;
  };
  if (std::all_of(programmes.begin(), programmes.end(), outside)) return programmes;
  std::erase_if(programmes, outside);
  return programmes;
}

// Where the funders end when they follow the verb ("which is funded by A and B, and which will
// ..." ends at B); npos when they come first ("A, which finances ..."), as what follows the
// match then is the money's own clause ("signed an agreement that will finance X").
std::size_t funders_after_verb_end(const RelationMatch& match) {
  const Group& whole = match.groups.at("");
  std::size_t begin = std::string::npos, end = 0;
  for (const std::string& name : kSourceGroups)
    if (auto group = match.groups.find(name); group != match.groups.end()) {
      begin = std::min(begin, group->second.begin);
      end = std::max(end, group->second.end);
    }
  return begin != std::string::npos && begin > whole.begin ? end : std::string::npos;
}

// "It is funded by the EU through the IcSP as part of its Cocaine Route Programme" (or "under
// its ..."): a sentence whose subject is the programme talked about, or a donor's money for it
// ("The EU's contribution is provided under the IcSP as part of ..."), names, after "as part
// of", the whole that programme belongs to; the money is for the part, named before.
bool funds_a_part_of(const Tagged& marked, std::string_view sentence_to_match,
                     const std::vector<std::size_t>& programmes) {
  static const RE2 kPronounSubject(
      R"(^\W*(?:It|This\s+(?:project|programme|initiative)|Its\s+(?:[\w-]+\s+){0,2}?(?:activities|work|operations)(?:\s+in\s+(?:the\s+)?\[\[L\d+\]\])?|(?:The|This|Its)\s+(?:\[\[[OL]\d+\]\](?:'s|’s)?\s+)?(?:financial\s+)?(?:contribution|funding|grant))\s+(?:is|was|are|were|has\s+been|have\s+been)\s)");
  static const RE2 kPartOf(
      R"(\b(?:as\s+(?:a\s+)?part\s+of|under)\s+(?:the\s+|its\s+|their\s+)?(?:(?:\[\[[OL]\d+\]\](?:'s|’s|-funded|-financed)?|[\w-]+)\s+){0,2}$)");
  if (programmes.empty() || !RE2::PartialMatch(sentence_to_match, kPronounSubject)) return false;
  std::string_view text = marked.text();
  return std::all_of(programmes.begin(), programmes.end(), [&](std::size_t id) {
    std::size_t at = marked.marker_begin(id);
    return at != std::string::npos && RE2::PartialMatch(text.substr(0, at), kPartOf);
  });
}

std::vector<std::size_t> implied_targets(ItemContext& context, std::size_t sentence,
                                         const Tagged& marked, const Group& whole,
                                         std::size_t funders_end) {
  std::string_view tagged = marked.text();
  std::string_view matched = tagged.substr(whole.begin, whole.end - whole.begin);
  std::string_view after = tagged.substr(whole.end);
  if (refers_to_both(matched))
    if (auto before = programmes_before(context, sentence, ""); before.size() > 1) return before;
  // "The Regional Programme is financed under IPA, ... and feeds into the X initiative": a
  // short name says which programme, however far back the item named it and whatever it
  // names since, this sentence's later programmes too.
  if (auto called = programmes_called(context, sentence, programme_short_name(matched));
      !called.empty())
    return called;
  if (auto called = programmes_called(
          context, sentence, programme_short_name_receiving(tagged.substr(0, whole.begin)));
      !called.empty())
    return called;
  auto in_funders_clause = [&](std::vector<std::size_t> programmes) {
    return within_semicolon_clause(
        marked, whole, without_later_clauses(marked, funders_end, std::move(programmes)));
  };
  std::vector<std::size_t> own = in_funders_clause(programmes_of(context, sentence));
  // "delivered under the X Programme with funding from A, and complements the Y Programme": X
  // was set aside as Y's frame, and Y is in a later clause; the money is X's.
  if (own.empty()) own = in_funders_clause(programme_mentions(context, sentence));
  if (funds_a_part_of(marked, tagged.substr(0, whole.end), own))
    if (auto before = programmes_before(context, sentence, ""); !before.empty()) return before;
  if (refers_to_known_project(after)) {
    std::erase_if(own, [&](std::size_t id) {
      std::size_t at = marked.marker_begin(id);
      return at != std::string::npos && at >= whole.end;
    });
    if (own.empty())
      if (auto before = programmes_before(context, sentence, programme_word(after));
          !before.empty())
        return before;
  }
  std::vector<std::size_t> targets =
      without_channels(context, sentence, without_implementers(context, sentence, own));
  if (!targets.empty()) return targets;
  std::string noun = programme_word(matched);
  bool new_project = introduces_a_project(after);
  // "The new phase is financed with EUR 25 million by X": a sentence that opens by referring
  // back means the programme talked about before, not one the next sentence names.
  if (!new_project && refers_back(context, tagged))
    if (targets = programmes_before(context, sentence, noun); !targets.empty()) return targets;
  for (std::size_t next = sentence + 1; next < context.out.sentences.size() && next <= sentence + 2;
       ++next) {
    if (context.out.sentences[next].span.in_title != context.out.sentences[sentence].span.in_title)
      break;
    std::shared_ptr<const Tagged> held = tagged_sentence(context, next);
    const Tagged& tagged = *held;
    if (!refers_back(context, tagged.text())) continue;
    targets = programmes_of(context, next);
    if (!targets.empty()) return fitting_programmes(context, targets, noun);
  }
  // "The EUR 2.5 million project is financed by X and implemented by UNODC's Y Programme":
  // the project the sentence opens with is the one named before it, which Y carries out.
  if (!own.empty() && opens_with_known_project(tagged.substr(0, whole.end)))
    if (auto before = programmes_before(context, sentence, noun); !before.empty()) return before;
  // A sentence that names only implementers speaks of money for an activity they carry out
  // ("funded by the EU as part of a regional project implemented by the Global Firearms
  // Programme"): the money funds them.
  if (!own.empty()) return own;
  if (new_project || funds_something_else(matched, after)) return {};
  return programmes_before(context, sentence, noun);
}

// Drops the sources whose gazetteer group the pattern excludes: in "X and UNODC signed a
// funding agreement" the co-signing implementing agency is no funder.
void drop_excluded_groups(const ItemContext& context, const Pattern& pattern,
                          std::vector<std::size_t>& sources) {
  const std::string& excluded = pattern.options.sources_exclude_group;
  if (excluded.empty()) return;
  std::erase_if(sources, [&](std::size_t id) {
    std::size_t entity = context.out.mentions[id].entity;
    return entity != kNone && context.lexicon.entities()[entity].group == excluded;
  });
}

// Whether the last few words of the tagged text before `at` match `ending` (a regex ending in
// "$").
bool words_before(const RelationMatch& match, std::size_t at, const RE2& ending) {
  std::string_view before = std::string_view(match.tagged->text()).substr(0, at);
  if (before.size() > 24) before = before.substr(before.size() - 24);
  return RE2::PartialMatch(before, ending);
}

// Drops places that a preposition of place introduces ("At a conference held in Geneva, the
// Government of Canada announced ..."): a list of funders does not run through a venue.
void drop_venues(const RelationMatch& match, const ItemContext& context,
                 std::vector<std::size_t>& sources) {
  static const RE2 venue("(?i)\\b(?:in|at|to|near|across|throughout)\\s+(?:the\\s+)?$");
  std::erase_if(sources, [&](std::size_t id) {
    if (context.out.mentions[id].kind != NodeKind::place) return false;
    std::size_t at = match.tagged->marker_begin(id);
    return at != std::string::npos && words_before(match, at, venue);
  });
}

// Whether the tagged text right after the marker of mention `id` matches `after` (a regex
// starting with "^").
bool written_after(const RelationMatch& match, std::size_t id, const RE2& after) {
  const std::string& text = match.tagged->text();
  std::size_t at = match.tagged->marker_begin(id);
  std::size_t end = at == std::string::npos ? at : text.find("]]", at);
  return end != std::string::npos &&
         RE2::PartialMatch(std::string_view(text).substr(end + 2), after);
}

// Drops a list's last name when it owns the programme written right after it ("financed by
// the FPI, and UNODC's Global Illicit Flows Programme held ..."): the owner of the next
// programme, not a funder.
void drop_programme_owners(const RelationMatch& match, const ItemContext& context,
                           std::vector<std::size_t>& sources) {
  static const RE2 owner_of_programme(R"(^(?:'s|’s)\s+\[\[G\d+\]\])");
  std::erase_if(sources, [&](std::size_t id) {
    return context.out.mentions[id].owner == kNone && written_after(match, id, owner_of_programme);
  });
}

// Drops a name that only describes the funder before it: in "co-financed by Luxembourg, Cabo
// Verde's largest bilateral partner, and the EU" Cabo Verde is whose partner Luxembourg is.
void drop_apposition_owners(const RelationMatch& match, std::vector<std::size_t>& sources) {
  static const RE2 comma_before(",\\s*(?:the\\s+)?$");
  static const RE2 describes_the_one_before(
      R"(^(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,)");
  std::erase_if(sources, [&](std::size_t id) {
    std::size_t at = match.tagged->marker_begin(id);
    return at != std::string::npos && words_before(match, at, comma_before) &&
           written_after(match, id, describes_the_one_before);
  });
}

// Whether mention `id` is a fund or an instrument: money passes through it to what it funds,
// and its owner pays too ("the Internal Security Fund of the European Union").
bool passes_money_through(const ItemContext& context, std::size_t id) {
  const Mention& m = context.out.mentions[id];
  if (is_known_funding_instrument(context, m)) return true;
  for (const std::string& word : split_words(m.name))
    if (in_vocabularies(context.rules, word, {"pass_through_words"})) return true;
  return false;
}

// Drops the body a funder is said to be part of ("the Bureau of International Narcotics and Law
// Enforcement Affairs (INL) of the U.S. Department of State"): the bureau pays. A fund's owner
// stays ("the Internal Security Fund of the European Union").
void drop_owners_after_of(const RelationMatch& match, const ItemContext& context,
                          std::vector<std::size_t>& sources) {
  static const RE2 of_after_funder(R"(^(?:\s*\([^()]*\))?\s+of\s+(?:the\s+)?$)");
  const std::string& text = match.tagged->text();
  std::vector<std::size_t> owners;
  for (std::size_t part : sources) {
    std::size_t at = match.tagged->marker_begin(part);
    std::size_t end = at == std::string::npos ? at : text.find("]]", at);
    if (end == std::string::npos || passes_money_through(context, part)) continue;
    for (std::size_t owner : sources) {
      std::size_t owner_at = match.tagged->marker_begin(owner);
      if (owner == part || owner_at == std::string::npos || owner_at < end + 2 ||
          context.out.mentions[owner].kind != NodeKind::organisation)
        continue;
      if (RE2::FullMatch(std::string_view(text).substr(end + 2, owner_at - end - 2),
                         of_after_funder))
        owners.push_back(owner);
    }
  }
  std::erase_if(sources, [&](std::size_t id) {
    return std::find(owners.begin(), owners.end(), id) != owners.end();
  });
}

// Adds to `sources` the fund or instrument that `after` (its one group the marker) finds right
// after the mention `id`, unless it is no funding vehicle (any organisation when `any_body`) or
// is there already.
void add_vehicle_after_mention(const RelationMatch& match, const ItemContext& context,
                               std::size_t id, const RE2& after, std::vector<std::size_t>& sources,
                               bool any_body = false) {
  const std::string& text = match.tagged->text();
  std::size_t at = match.tagged->marker_begin(id);
  std::size_t end = at == std::string::npos ? at : text.find("]]", at);
  re2::StringPiece marker;
  if (end == std::string::npos ||
      !RE2::PartialMatch(std::string_view(text).substr(end + 2), after, &marker))
    return;
  std::size_t begin = static_cast<std::size_t>(marker.data() - text.data());
  std::size_t vehicle = match.tagged->marker_exactly(begin, begin + marker.size());
  if (vehicle != kNone && context.out.mentions[vehicle].kind == NodeKind::organisation &&
      (any_body || is_funding_vehicle(context, context.out.mentions[vehicle])) &&
      std::find(sources.begin(), sources.end(), vehicle) == sources.end())
    sources.push_back(vehicle);
}

// The fund or instrument written right after a funder, through which its money goes: "funded
// by the EU under the Instrument for Stability", "with funding from the EU, through the
// NDICI", and after the funder's own verb, "which the EU finances through the IcSP"; and one
// joined to that by "and" ("..., and, before 2021, under the IcSP"). The guideline has the
// instrument fund the programme along with its owner. Only after a funder: after the
// programmes ("the EU finances X and Y through ...") the match may hold a list of programmes
// that is not all the money's.
void add_vehicles_after(const RelationMatch& match, const ItemContext& context,
                        std::vector<std::size_t>& sources) {
  static const RE2 vehicle_after(
      R"(^(?:\s*\(\[\[O\d+\]\]\))?\s*,?\s+(?:and\s*,?\s+(?:[^,\[\].;]{1,30},\s*)?)?)"
      R"((?:(?:finances|funds|co-finances|co-funds)\s+)?)"
      R"((?:(?:with|to\s+the\s+tune\s+of)\s+(?:[^,\[\].;]|\d\.\d){1,40}?\s+)?(?:through|under|via)\s+)"
      R"((?:the\s+|its\s+|their\s+)?(\[\[O\d+\]\]))");
  // "with EUR 2 million from Germany through its Federal Foreign Office": the funder's own
  // body that pays is a funder, whatever its name.
  static const RE2 own_body_after(
      R"(^(?:\s*\(\[\[O\d+\]\]\))?\s*,?\s+(?:through|via)\s+(?:its|their)\s+(\[\[O\d+\]\]))");
  // After each funder, a vehicle found included (the list grows as it is read).
  for (std::size_t k = 0; k < sources.size(); ++k) {
    add_vehicle_after_mention(match, context, sources[k], vehicle_after, sources);
    add_vehicle_after_mention(match, context, sources[k], own_body_after, sources, true);
  }
}

// "The EU, which funds the Paris Pact Initiative through its Instrument contributing to
// Stability and Peace", "... has provided to GMCP since 2019 through its IcSP": a funder's own
// instrument, named after the programme it pays for, funds that programme too.
void add_vehicles_after_targets(const RelationMatch& match, const ItemContext& context,
                                const std::vector<std::size_t>& targets,
                                std::vector<std::size_t>& sources) {
  // "... which finances GPML's work against illicit financial flows along the northern route
  // through the Instrument contributing to Stability and Peace": the programme's work, then
  // where, may come between.
  static const RE2 own_vehicle_after(
      R"(^(?:['’]s\s+(?:work|activities|operations)\b[^,.;\[]{0,80}?)?)"
      R"((?:\s+(?:since|in|from|between|over)\s+\d{4}(?:\s*[-–]\s*\d{4})?)?)"
      R"(\s+(?:through|under|via)\s+(?:its|their|the)\s+(\[\[O\d+\]\]))");
  for (std::size_t target : targets)
    add_vehicle_after_mention(match, context, target, own_vehicle_after, sources);
}

// The funders of the funding relations found in the sentence before: the sources of "The
// money will also support the X Campaign".
std::vector<std::size_t> funders_before(const ItemContext& context, std::size_t sentence) {
  std::vector<std::size_t> found;
  if (sentence == 0) return found;
  for (const Relation& r : context.out.relations)
    if (r.kind == EdgeKind::funds && r.sentence + 1 == sentence &&
        std::find(found.begin(), found.end(), r.source) == found.end())
      found.push_back(r.source);
  return found;
}

// Whether the sentence names a programme only as the parent of another one it also names
// (funds_parent): programmes_of() leaves parents out unless nothing else is left.
// Mentions of one programme count as one: in "carried out by the Global Maritime Crime
// Programme (GMCP)" the acronym is no second programme that the named one is the parent of.
bool is_parent(ItemContext& context, std::size_t sentence, std::size_t programme) {
  std::vector<std::size_t> own = programmes_of(context, sentence);
  const auto& mentions = context.out.mentions;
  return !own.empty() && std::none_of(own.begin(), own.end(), [&](std::size_t other) {
    return same_entity(mentions[other], mentions[programme]);
  });
}

// A parent named as such ("the TRF's component ...") is no target: the money is the
// sub-programme's; but "X, hosted under the Y, which is funded by A" funds Y itself.
// "SEACOP is part of the EU's Cocaine Route Programme and is financed by the EU": when the only
// programme named is the frame and the verb is the part's own ("and is"), the money is the
// part's, named before the match; "... is one of the components of the Cocaine Route
// Programme, financed by the EU": a participle right after the frame is the frame's money, and
// so is a relative clause on it ("... part of the X Programme, whose donors include A").
std::vector<std::size_t> without_frames(ItemContext& context, std::size_t sentence,
                                        const RelationMatch& match,
                                        std::vector<std::size_t> targets) {
  static const RE2 kParticipleAfter(
      R"(^(?:\s*\([^()]*\))?\s*,\s*(?:(?:co-)?(?:funded|financed)|supported|paid\s+for|whose)\s)");
  static const RE2 kOwnVerb(R"(\band\s+(?:is|are|was|were|has\s+been|have\s+been)\s)");
  const bool had_targets = !targets.empty();
  std::erase_if(targets, [&](std::size_t id) {
    return is_parent(context, sentence, id) && !written_after(match, id, kParticipleAfter);
  });
  const Group& whole = match.groups.at("");
  if (!had_targets || !targets.empty() ||
      !RE2::PartialMatch(
          std::string_view(match.tagged->text()).substr(whole.begin, whole.end - whole.begin),
          kOwnVerb))
    return targets;
  for (std::size_t id : programmes_of(context, sentence))
    if (std::size_t at = match.tagged->marker_begin(id);
        at != std::string::npos && at < whole.begin)
      targets.push_back(id);
  return targets;
}

// Whether the words just before a match deny it: "receives no funds from", "was not funded".
bool denied(const RelationMatch& match) {
  static const RE2 denial("(?i)\\b(?:no|not|without|never|nor)\\s+$");
  return words_before(match, match.groups.at("").begin, denial);
}

// Whether the match's opening funder is the owner of a noun "funds" that a verb of managing
// takes as its object ("the FPI, which manages the IcSP funds on behalf of the Commission"):
// no funding is said.
bool funds_managed(const RelationMatch& match) {
  static const RE2 managing(
      "(?i)\\b(?:manag|administ|oversee|disburs|allocat|channel)\\w*\\s+(?:the\\s+)?$");
  static const RE2 owner_of_funds("^(?:[Tt]he\\s+)?\\[\\[[OL]\\d+\\]\\]\\s+funds\\b");
  const Group& whole = match.groups.at("");
  return RE2::PartialMatch(std::string_view(match.tagged->text()).substr(whole.begin),
                           owner_of_funds) &&
         words_before(match, whole.begin, managing);
}

// Whether the sentence names a programme before the match starts.
bool programme_before_match(ItemContext& context, std::size_t sentence,
                            const RelationMatch& match) {
  const std::size_t begin = match.groups.at("").begin;
  for (std::size_t id : programmes_of(context, sentence))
    if (std::size_t at = match.tagged->marker_begin(id); at != std::string::npos && at < begin)
      return true;
  return false;
}

}  // namespace

void find_funds(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "funds", [&](const RelationMatch& match) {
    // An owner written into a source's name funds too: the money of "the EU's 7th
    // Framework Programme" or "the Commission's Service for Foreign Policy Instruments".
    auto sources =
        markers_of(context, match, kSourceGroups, {NodeKind::organisation, NodeKind::place}, true);
    drop_excluded_groups(context, *match.pattern, sources);
    drop_venues(match, context, sources);
    drop_programme_owners(match, context, sources);
    drop_apposition_owners(match, sources);
    drop_owners_after_of(match, context, sources);
    std::erase_if(sources, [&](std::size_t id) { return opens_new_clause(context, match, id); });
    add_vehicles_after(match, context, sources);
    // No source group: the money of the sentence before ("The money will also support ...").
    if (!match.groups.count("source") && !match.groups.count("sources"))
      sources = funders_before(context, sentence);
    // "targets2": a second alternative of the same pattern (re2 names a group once).
    const std::vector<std::string> target_groups{"target", "targets", "targets2"};
    auto targets = markers_of(context, match, target_groups, {NodeKind::programme});
    bool named = std::any_of(target_groups.begin(), target_groups.end(),
                             [&](const std::string& g) { return match.groups.count(g) > 0; });
    // No target group (or an optional one that did not match): the implied programmes.
    if (!named) {
      const Group& whole = match.groups.at("");
      auto in_clause = relative_clause_target(context, *match.tagged, whole.begin);
      if (in_clause)
        targets = *in_clause;
      else if (match.pattern->options.activity_before && programmes_of(context, sentence).empty())
        targets = programmes_with_activity_before(context, sentence);
      else
        targets =
            implied_targets(context, sentence, *match.tagged, whole, funders_after_verb_end(match));
    }
    // Targets named before a relative clause that holds the money and follows another noun
    // ("X and Y, and of the Octopus project, which is funded by A") are not what it funds.
    bool clause_named = false;  // the programme a relative clause holding the money follows
    if (named) {
      auto sources_group = match.groups.find("sources");
      if (sources_group == match.groups.end()) sources_group = match.groups.find("source");
      auto targets_group = match.groups.find("targets");
      if (targets_group == match.groups.end()) targets_group = match.groups.find("target");
      if (sources_group != match.groups.end() && targets_group != match.groups.end() &&
          targets_group->second.end <= sources_group->second.begin)
        if (auto in_clause =
                relative_clause_target(context, *match.tagged, sources_group->second.begin)) {
          targets = *in_clause;
          clause_named = !targets.empty();
        }
    }
    // A denied sum ("receives no funds from the EU") is no funding.
    if (named && !clause_named && !match.pattern->options.target_described)
      targets = without_frames(context, sentence, match, std::move(targets));
    if (denied(match) || funds_managed(match) ||
        (match.pattern->options.no_programme_before &&
         programme_before_match(context, sentence, match)))
      return;
    if (!sources.empty()) add_vehicles_after_targets(match, context, targets, sources);
    for (std::size_t source : sources)
      for (std::size_t target : targets)
        add_relation(context, EdgeKind::funds, source, target, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
