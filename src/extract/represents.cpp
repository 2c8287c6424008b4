// represents (person -> organisation): appositions, of/from phrases, possessives, titles;
// then a unit's owner and gazetteer parents, which the person represents too.
#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "name_filters.hpp"
#include "relations.hpp"

namespace kg::extract_detail {
namespace {

// The mention of the marker that ends just before `pos` in the tagged text (spaces and a
// possessive "'s" between allowed), or kNone.
std::size_t marker_before(const RelationMatch& match, std::size_t pos) {
  const std::string& text = match.tagged->text();
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s"})
    if (end >= possessive.size() &&
        text.compare(end - possessive.size(), possessive.size(), possessive) == 0)
      end -= possessive.size();
  if (end < 2 || text.compare(end - 2, 2, "]]") != 0) return kNone;
  std::size_t begin = text.rfind("[[", end);
  return begin == std::string::npos ? kNone : match.tagged->marker_exactly(begin, end);
}

// A title that names its organisation without naming it in the text ("MEP", "High
// Representative", "Commissioner"): the pattern's "implies" lists the organisations it
// stands for. The person represents those the item names; with "implied_mention", the title
// itself is a mention of that organisation when the item names none of them. A title owned
// by another body written just before it ("UN High Representative") implies nothing.
std::vector<std::size_t> implied_organisations(ItemContext& context, std::size_t sentence,
                                               const RelationMatch& match) {
  const PatternOptions& options = match.pattern->options;
  const std::vector<std::string>& names = options.implies;
  if (names.empty()) return {};
  auto title = match.groups.find("title");
  if (title != match.groups.end() && title->second.matched) {
    std::size_t owner = marker_before(match, title->second.begin);
    if (owner != kNone && context.out.mentions[owner].kind == NodeKind::organisation) {
      const Mention& o = context.out.mentions[owner];
      bool implied = false;
      for (const std::string& name : names) implied = implied || o.canonical == name;
      if (!implied) return {};
    }
    // "Commissioner for Social Affairs of the ECOWAS Commission, Dr A": the title's own body
    // is written after it.
    auto person = match.groups.find("person");
    if (person != match.groups.end() && person->second.matched &&
        person->second.begin > title->second.end)
      for (std::size_t marker : match.tagged->markers_in(title->second.end, person->second.begin)) {
        const Mention& o = context.out.mentions[marker];
        if (o.kind != NodeKind::organisation) continue;
        std::string_view before =
            std::string_view(match.tagged->text()).substr(0, match.tagged->marker_begin(marker));
        bool of_body = before.ends_with(" of the ") || before.ends_with(" of ");
        bool implied = false;
        for (const std::string& name : names) implied = implied || o.canonical == name;
        if (of_body && !implied) return {};
      }
  }
  std::vector<std::size_t> found;
  for (const std::string& name : names)
    if (std::size_t named = mention_named(context, name); named != kNone) found.push_back(named);
  // The most specific of those named: a Commissioner of an item that names the Commission
  // speaks for the Commission, not also for the Union it is part of.
  std::erase_if(found, [&](std::size_t general) {
    return std::any_of(found.begin(), found.end(), [&](std::size_t specific) {
      const Mention& m = context.out.mentions[specific];
      if (specific == general || m.entity == kNone) return false;
      const auto& parents = context.lexicon.entities()[m.entity].parents;
      return std::find(parents.begin(), parents.end(), context.out.mentions[general].canonical) !=
             parents.end();
    });
  });
  if (!found.empty() || options.implied_mention.empty() || title == match.groups.end() ||
      !title->second.matched)
    return found;
  auto entity = context.lexicon.find(options.implied_mention);
  if (!entity) return found;
  const Span& span = context.out.sentences[sentence].span;
  Mention mention;
  mention.kind = NodeKind::organisation;
  mention.span = {span.in_title, match.tagged->to_source(title->second.begin, false),
                  match.tagged->to_source(title->second.end, true)};
  mention.surface = std::string(context.text(mention.span));
  mention.name = context.lexicon.entities()[*entity].name;
  mention.canonical = mention.name;
  mention.entity = *entity;
  mention.sentence = sentence;
  mention.rule = match.pattern->id;
  found.push_back(context.add(std::move(mention)));
  return found;
}

// The body the item names as a programme's owner: the owner written first into a mention of
// it ("UNODC-WCO Container Control Programme" ... a later "CCP Regional Coordinator" works
// for UNODC). The annotations give a programme's staff its lead agency, not its partners.
std::vector<std::size_t> programme_owners(const ItemContext& context, std::size_t programme) {
  const auto& mentions = context.out.mentions;
  const Mention& p = mentions[programme];
  std::vector<std::size_t> owners;
  for (const Mention& other : mentions) {
    if (other.removed || other.kind != NodeKind::programme || other.owner == kNone) continue;
    const Mention& owner = mentions[other.owner];
    if (same_entity(other, p) && !owner.removed && owner.kind == NodeKind::organisation &&
        std::find(owners.begin(), owners.end(), other.owner) == owners.end())
      owners.push_back(other.owner);
  }
  return owners;
}

// The organisation mention that begins (or ends) at `at` in the part of the item `in_title`
// says, if any.
std::size_t organisation_at(const ItemContext& context, bool in_title, std::size_t at, bool ends) {
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (!m.removed && m.kind == NodeKind::organisation && m.span.in_title == in_title &&
        (ends ? m.span.end : m.span.begin) == at)
      return i;
  }
  return kNone;
}

// The body the item says carries a programme out, beside one of its mentions: "CRIMJUST,
// which UNODC implements", "AIRCOP, implemented by UNODC with ...", "UNODC, through its Sahel
// Programme". A programme's staff work for it (annotations give "the Programme Coordinator"
// the body only when the item names one).
std::vector<std::size_t> implementer_named(const ItemContext& context, std::size_t programme) {
  static const RE2 which_runs(R"(^((?:\s*\([^()]*\))?\s*,?\s+(?:which|that)\s+(?:the\s+)?))");
  static const RE2 runs(R"(^\s+(?:implements|implemented|runs|ran|manages|managed|leads|led)\b)");
  static const RE2 run_by(
      R"(^((?:\s*\([^()]*\))?\s*,?\s+(?:(?:is|was|are|were|has\s+been|being)\s+)?)"
      R"((?:implemented|run|managed|led|executed)\s+by\s+(?:the\s+)?))");
  static const RE2 through_its(R"((\s*,?\s+(?:through|via|under)\s+its\s+)$)");
  // "which UNODC implements together with INTERPOL", "implemented by GIZ and Expertise
  // France": with partners named, whose staff the programme's people are is not said.
  static const RE2 with_partners(
      R"(^\s*,?\s+(?:(?:implements|implemented|runs|ran|manages|managed|leads|led)\s+)?)"
      R"((?:and|together\s+with|jointly\s+with|in\s+partnership\s+with|with)\s+(?:the\s+)?[A-Z])");
  auto alone = [&](std::size_t body) {
    const Span& at = context.out.mentions[body].span;
    return !RE2::PartialMatch(context.text({at.in_title, at.end, at.end + 60}), with_partners);
  };
  const auto& mentions = context.out.mentions;
  const Mention& p = mentions[programme];
  for (const Mention& q : mentions) {
    if (q.removed || q.kind != NodeKind::programme || !same_entity(q, p)) continue;
    const bool in_title = q.span.in_title;
    const std::string_view after = context.text({in_title, q.span.end, q.span.end + 80});
    re2::StringPiece prefix;
    if (RE2::PartialMatch(after, which_runs, &prefix)) {
      const std::size_t body =
          organisation_at(context, in_title, q.span.end + prefix.size(), false);
      if (body != kNone &&
          RE2::PartialMatch(
              context.text({in_title, mentions[body].span.end, mentions[body].span.end + 20}),
              runs) &&
          alone(body))
        return {body};
    }
    if (RE2::PartialMatch(after, run_by, &prefix))
      if (std::size_t body = organisation_at(context, in_title, q.span.end + prefix.size(), false);
          body != kNone && alone(body))
        return {body};
    const std::size_t from = q.span.begin > 30 ? q.span.begin - 30 : 0;
    if (RE2::PartialMatch(context.text({in_title, from, q.span.begin}), through_its, &prefix))
      if (std::size_t body = organisation_at(context, in_title, q.span.begin - prefix.size(), true);
          body != kNone)
        return {body};
  }
  return {};
}

// "Ms A, UNODC Regional Representative for West and Central Africa": the office that the title
// names by its qualifier and place, when the item names it anywhere, before or after ("UNODC
// Regional Office for West and Central Africa"); one such office only.
std::vector<std::size_t> office_of_representative(const ItemContext& context,
                                                  const RelationMatch& match) {
  auto role = match.groups.find("role");
  if (role == match.groups.end() || !role->second.matched) return {};
  const std::string_view text =
      std::string_view(match.tagged->text())
          .substr(role->second.begin, role->second.end - role->second.begin);
  std::string qualifier;
  std::size_t title_end = std::string_view::npos;
  for (const std::string& word : context.rules.words("office_qualifiers"))
    if (std::size_t at = text.find(word + " Representative"); at != std::string_view::npos) {
      qualifier = word;
      title_end = at + word.size() + std::string_view(" Representative").size();
    }
  if (qualifier.empty()) return {};
  std::string place;
  for (std::size_t id : match.tagged->markers_in(role->second.begin + title_end, role->second.end))
    if (context.out.mentions[id].kind == NodeKind::place && place.empty())
      place = context.out.mentions[id].canonical.empty() ? context.out.mentions[id].name
                                                         : context.out.mentions[id].canonical;
  // Without a place, body_referred_to() takes the office named before, if any.
  if (place.empty()) return {};
  std::vector<std::size_t> offices;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation) continue;
    const std::string& name = m.canonical.empty() ? m.name : m.canonical;
    if (name.find(qualifier + " Office") == std::string::npos) continue;
    if (name.find(place) == std::string::npos) continue;
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    names.push_back(name);
    offices.push_back(i);
  }
  if (offices.size() != 1) return {};
  return offices;
}

// "working party" as a body's name writes it: "Working Party".
std::string capitalised_words(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i == 0 || text[i - 1] == ' ')
      text[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
  return text;
}

// "rapporteur of the committee", "First Secretary at the Delegation", "For the Delegation":
// the role names `word` after a link, in either case, as a word of its own.
bool names_by_head(std::string_view text, const std::string& word) {
  std::string capitalised = word;
  capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  // "the Working Party's Chair": a head of two words is written with both capitalised.
  for (const std::string& form : {word, capitalised, capitalised_words(word)}) {
    // "the Committee's Vice-Chair": the possessive names the body by its head too.
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"})
      if (text.find("the " + form + std::string(possessive)) != std::string_view::npos ||
          text.find("The " + form + std::string(possessive)) != std::string_view::npos)
        return true;
    for (std::string_view link : {"of the ", "at the ", "in the ", "from the ", "for the ",
                                  "For the ", "of the same ", "in the same ", "at the same ",
                                  "from the same ", "of the Permanent ", "at the Permanent "}) {
      std::string phrase = std::string(link) + form;
      std::size_t at = text.find(phrase);
      std::size_t after = at + phrase.size();
      if (at != std::string_view::npos &&
          (after == text.size() || !std::isalpha(static_cast<unsigned char>(text[after]))))
        return true;
    }
  }
  return false;
}

// "Niger's Minister of Justice, Mr A": a minister of a field heads the item's ministry of it.
// The role may hold the title ("Mr A, Minister of Justice") or follow it ("Minister of
// Justice, Mr A": the pattern's role is then what follows "of").
std::size_t ministry_of_field(const ItemContext& context, const RelationMatch& match,
                              std::string_view text, std::size_t role_begin) {
  std::string_view whole = match.tagged->text();
  std::string_view field;
  if (std::size_t at = text.find("Minister of "); at != std::string_view::npos) {
    if (text.substr(0, at).find("former") == std::string_view::npos) field = text.substr(at + 12);
  } else if (role_begin >= 12 && whole.substr(role_begin - 12, 12) == "Minister of ") {
    std::size_t from = role_begin >= 40 ? role_begin - 40 : 0;
    if (whole.substr(from, role_begin - from).find("former") == std::string_view::npos)
      field = text;
  }
  field = field.substr(0, field.find_first_of(",;.("));
  while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
  if (!field.empty())
    for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
      const Mention& m = context.out.mentions[i];
      if (!m.removed && m.kind == NodeKind::organisation &&
          m.name.find("Ministry of " + std::string(field)) != std::string::npos)
        return i;
    }
  return kNone;
}

// "Mr A, Permanent Representative of Spain to the EU" heads the item's Permanent
// Representation (or Mission) of Spain.
std::size_t permanent_representation(const ItemContext& context, const RelationMatch& match,
                                     std::string_view text, Group role, bool in_title) {
  if (text.find("Permanent Representative of ") == std::string_view::npos) return kNone;
  std::string_view written = context.text({in_title, match.tagged->to_source(role.begin, false),
                                           match.tagged->to_source(role.end, true)});
  std::string_view state = written.substr(written.find("Permanent Representative of ") + 28);
  state = state.substr(0, std::min(state.find(" to "), state.find_first_of(",;.(")));
  for (std::size_t i = 0; i < context.out.mentions.size() && !state.empty(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation) continue;
    for (std::string_view body : {"Permanent Representation of ", "Permanent Mission of "})
      if (m.name.starts_with(std::string(body) + std::string(state))) return i;
  }
  return kNone;
}

// "a Crime Prevention Officer with the Programme", "Officer of the Project": the word a role
// refers to the item's programme by, capitalised, or "".
std::string programme_referred_to(std::string_view role) {
  for (std::string word : {"Programme", "Project"}) {
    std::string lower = word;
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    if (role == word || role == lower || names_by_head(role, lower)) return word;
    for (const std::string& form : {word, lower}) {
      std::size_t at = role.find("with the " + form);
      std::size_t after = at + 9 + form.size();
      if (at != std::string_view::npos &&
          (after == role.size() || !std::isalpha(static_cast<unsigned char>(role[after]))))
        return word;
    }
  }
  return {};
}

// "Mr A, an officer with the Programme": the programme named last before the role whose name
// holds the word ("... Firearms Programme"), for the owner the item gives it.
std::vector<std::size_t> owners_of_programme_before(const ItemContext& context,
                                                    std::size_t sentence,
                                                    const RelationMatch& match, Group role,
                                                    bool in_title, const std::string& word) {
  const std::size_t begin = match.tagged->to_source(role.begin, false);
  std::size_t last = kNone;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::programme || m.span.in_title != in_title) continue;
    std::vector<std::string> words = split_words(m.canonical.empty() ? m.name : m.canonical);
    if (std::find(words.begin(), words.end(), word) == words.end()) continue;
    if (m.sentence > sentence || (m.sentence == sentence && m.span.end > begin)) continue;
    if (last == kNone || m.span.begin > context.out.mentions[last].span.begin) last = i;
  }
  if (last == kNone) return {};
  return programme_owners(context, last);
}

// "The Agency's Executive Director" after "Frontex", "the Mission" after "EUPOL COPPS": a body
// the gazetteer types by that head noun ("agency", "CSDP mission") is named by it too.
// Only where one such body is named before: after "Frontex met Europol", "the Agency" is
// either.
std::size_t sole_body_typed_as(const ItemContext& context, std::string_view head,
                               std::size_t sentence, std::size_t begin) {
  std::size_t found = kNone;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation || m.entity == kNone) continue;
    if (m.span.in_title != context.out.sentences[sentence].span.in_title) continue;
    if (m.span.end > begin && !(m.sentence < sentence)) continue;
    const std::string& type = context.lexicon.entities()[m.entity].type;
    if (type != head && !(type.ends_with(head) && type[type.size() - head.size() - 1] == ' '))
      continue;
    if (found != kNone && context.out.mentions[found].entity != m.entity) return kNone;
    found = i;
  }
  return found;
}

// "Ms A, rapporteur of the committee": a role that names its body by its head noun alone refers
// to the nearest body named before it with that head ("the Special Committee on X"). Only
// heads of bodies a person sits on or works in count (rules/vocabularies/referring_heads.json).
// "Ms B, the Regional Representative" refers so to the nearest Regional Office
// (rules/vocabularies/office_qualifiers.json).
std::vector<std::size_t> body_referred_to(const ItemContext& context, std::size_t sentence,
                                          const RelationMatch& match) {
  auto role = match.groups.find("role");
  if (role == match.groups.end() || !role->second.matched) return {};
  std::string_view text = std::string_view(match.tagged->text())
                              .substr(role->second.begin, role->second.end - role->second.begin);
  std::string head;
  bool head_alone = false;
  for (const std::string& word : context.rules.words("referring_heads")) {
    // The role may be the head alone: "a legal expert of the Branch" matched "Branch".
    const bool alone = text.size() == word.size() &&
                       std::equal(text.begin(), text.end(), word.begin(), [](char a, char b) {
                         return std::tolower(static_cast<unsigned char>(a)) == b;
                       });
    if (alone || names_by_head(text, word)) {
      head = word;
      head_alone = alone;
    }
  }
  if (std::size_t ministry = ministry_of_field(context, match, text, role->second.begin);
      ministry != kNone)
    return {ministry};
  const bool in_title = context.out.sentences[sentence].span.in_title;
  if (std::string word = programme_referred_to(text); !word.empty())
    return owners_of_programme_before(context, sentence, match, role->second, in_title, word);
  if (std::size_t representation =
          permanent_representation(context, match, text, role->second, in_title);
      representation != kNone)
    return {representation};
  // "Ms A, the Regional Representative": the title names an office by its qualifier.
  // "of the Regional Office" names the item's Regional Office the same way.
  std::string qualifier;
  for (const std::string& word : context.rules.words("office_qualifiers"))
    if (text.find(word + " Representative") != std::string_view::npos ||
        names_by_head(text, word + " Office"))
      qualifier = word;
  if (head.empty() && qualifier.empty()) return {};
  if (head.empty()) head = "Office";
  const std::vector<std::string> head_words = split_words(capitalised_words(head));
  std::size_t begin = match.tagged->to_source(role->second.begin, false);
  std::size_t best = kNone;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation || m.span.in_title != in_title) continue;
    if (m.span.end > begin && !(m.sentence < sentence)) continue;
    std::vector<std::string> words = split_words(m.canonical.empty() ? m.name : m.canonical);
    if (std::search(words.begin(), words.end(), head_words.begin(), head_words.end()) ==
        words.end())
      continue;
    if (!qualifier.empty() && std::find(words.begin(), words.end(), qualifier) == words.end())
      continue;
    if (best == kNone || m.span.begin > context.out.mentions[best].span.begin) best = i;
  }
  // Only a capitalised head, or one a pattern matched alone ("the mission's Adviser, Ms A"):
  // "at the mission's headquarters" may be any mission's.
  if (best == kNone && qualifier.empty() &&
      (head_alone || text.find(head_words.front()) != std::string_view::npos))
    best = sole_body_typed_as(context, head, sentence, begin);
  if (best == kNone) return {};
  return {best};
}

// "... with the Anti-Trafficking Division (ATIPD) of the Myanmar Police Force. Its Deputy Head,
// Mr A, described": the body the sentence before ends with, and the unit written before it
// with "of", are what a sentence-opening "Its" stands for.
std::vector<std::size_t> bodies_ending_before(const ItemContext& context, std::size_t sentence) {
  if (sentence == 0 || context.out.sentences[sentence].span.in_title) return {};
  const std::size_t before = sentence - 1;
  if (context.out.sentences[before].span.in_title) return {};
  std::size_t last = kNone;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation || m.sentence != before) continue;
    if (last == kNone || m.span.begin > context.out.mentions[last].span.begin) last = i;
  }
  if (last == kNone) return {};
  std::vector<std::size_t> bodies{last};
  // "X (ACR) of the Y": X too. The acronym's mention lies between.
  std::size_t to = context.out.mentions[last].span.begin;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation || m.sentence != before || i == last ||
        m.span.end > to)
      continue;
    std::string_view between = context.text({false, m.span.end, to});
    // The acronym's brackets, from inside ("ATIPD) of the") or from before ("(ATIPD) of").
    if (between.starts_with(")")) between.remove_prefix(1);
    if (between.starts_with(" (") && between.find(')') != std::string_view::npos)
      between.remove_prefix(between.find(')') + 1);
    if (between == " of the " || between == " of ") bodies.push_back(i);
  }
  return bodies;
}

bool group_matched(const RelationMatch& match, const std::string& name) {
  auto group = match.groups.find(name);
  return group != match.groups.end() && group->second.matched;
}

// The last body before a word that refers back to it: "The Liaison Office was invited as an
// observer; its Representative, Ms A, presented", "the EEAS also took part, the latter
// represented by Ms A".
std::vector<std::size_t> body_before(const ItemContext& context, const RelationMatch& match,
                                     const std::string& reference) {
  std::size_t last = kNone;
  for (std::size_t marker : match.tagged->markers_in(0, match.groups.at(reference).begin))
    if (context.out.mentions[marker].kind == NodeKind::organisation) last = marker;
  if (last == kNone) return {};
  return {last};
}

// "the EU Ambassador to Peru, Ms A", "the Ambassador of the European Union to Senegal, Mr B":
// an ambassador of the Union heads its delegation there, and the item may name that
// delegation elsewhere ("accompanied by staff of the EU Delegation"). The item's EU
// delegation to the place the title names, or its only one when the title names none;
// nothing when it names none or several that fit.
std::size_t delegation_headed(const ItemContext& context, const RelationMatch& match,
                              std::size_t union_mention) {
  const Mention& eu = context.out.mentions[union_mention];
  if (eu.canonical != "European Union") return kNone;
  const std::string& text = match.tagged->text();
  const std::size_t begin = match.tagged->marker_begin(union_mention);
  const std::size_t end = begin == std::string::npos ? begin : text.find("]]", begin);
  if (end == std::string::npos) return kNone;
  std::string_view after = std::string_view(text).substr(end + 2);
  std::string_view before = std::string_view(text).substr(0, begin);
  std::size_t title_end = std::string::npos;
  for (std::string_view owned : {"'s Ambassador", "\xE2\x80\x99s Ambassador", " Ambassador"})
    if (after.starts_with(owned)) title_end = end + 2 + owned.size();
  if (before.ends_with("Ambassador of the ") || before.ends_with("Ambassador of "))
    title_end = end + 2;
  if (title_end == std::string::npos) return kNone;
  // The place after "to": "Ambassador to [[L3]]".
  std::string place;
  static const RE2 kToPlace(R"(^\s+to\s+(?:the\s+)?(\[\[L\d+\]\]))");
  re2::StringPiece marker;
  if (RE2::PartialMatch(std::string_view(text).substr(title_end), kToPlace, &marker)) {
    std::size_t at = static_cast<std::size_t>(marker.data() - text.data());
    std::size_t place_mention = match.tagged->marker_exactly(at, at + marker.size());
    if (place_mention != kNone) {
      const Mention& p = context.out.mentions[place_mention];
      place = p.canonical.empty() ? p.name : p.canonical;
    }
  }
  std::size_t found = kNone;
  std::string found_name;
  for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
    const Mention& m = context.out.mentions[i];
    if (m.removed || m.kind != NodeKind::organisation) continue;
    const std::string& name = m.canonical.empty() ? m.name : m.canonical;
    bool of_the_union = name.starts_with("Delegation of the European Union to ") ||
                        name.starts_with("EU Delegation to ");
    if (!of_the_union || (!place.empty() && !name.ends_with(" " + place))) continue;
    if (found != kNone && name != found_name) return kNone;
    found = i;
    found_name = name;
  }
  return found;
}

}  // namespace

// "Permanent Representative of Uganda to the United Nations", "Ambassador to the EU": a body
// written after "to" in a role is the one the person is sent to, not the one they work for,
// unless the person is seconded to it or serves it. Only a "to" inside the match: in "presented the
// data to the Working Party, chaired by Mr A" the "to" is the sentence's, not A's role's.
bool sent_to(const RelationMatch& match, std::size_t marker_begin) {
  const std::string& text = match.tagged->text();
  auto whole = match.groups.find("");
  const std::size_t match_begin = whole == match.groups.end() ? 0 : whole->second.begin;
  // "seconded to UNODC", "seconded from the Swedish Police to Europol": staff seconded to a
  // body work for it.
  if (std::size_t seconded = text.rfind("seconded ", marker_begin);
      seconded != std::string::npos && marker_begin - seconded < 100)
    return false;
  // "Secretary to the Ministry of Law and Order", "Adviser to the Prosecutor's Office": a post
  // of service "to" a body is held in it.
  static const RE2 kServesIn(R"((?:Secretary|Adviser|Advisor|Assistant|Consultant)$)");
  for (std::string_view before : {" to the ", " to "})
    if (marker_begin >= match_begin + before.size() &&
        text.compare(marker_begin - before.size(), before.size(), before) == 0)
      return !RE2::PartialMatch(
          std::string_view(text).substr(match_begin, marker_begin - before.size() - match_begin),
          kServesIn);
  return false;
}

// "Ms B, Chair of the Committee, Mr A": a title_before_person match that opens right after
// another person and a comma, and whose title a comma parts from its person (in
// "Commissioner A, UN Assistant Secretary-General B" the title is B's). With an article the
// title is the next entry of a list ("Mr B, the Head of Cooperation of the Delegation, Ms A").
bool title_of_person_before(const RelationMatch& match) {
  // "Mr A, First Counsellor at the X, Mr B": capitalised words of the title may come before the
  // one the vocabulary knows.
  static const RE2 kPersonComma(R"(\[\[P\d+\]\]\s*,\s*(?:[A-Z][\w-]*\s+){0,2}$)");
  static const RE2 kCommaBeforePerson(R"(,\s*(?:[\w.'’-]+\s+){0,3}$)");
  if (!match.pattern->options.title_before_person) return false;
  const Group& whole = match.groups.at("");
  const std::string_view text = match.tagged->text();
  if (!RE2::PartialMatch(text.substr(0, whole.begin), kPersonComma)) return false;
  auto person = match.groups.find("person");
  return person == match.groups.end() || !person->second.matched ||
         RE2::PartialMatch(text.substr(whole.begin, person->second.begin - whole.begin),
                           kCommaBeforePerson);
}

// Whether the match's person closes a list of people: "Ms A and Mr B", "A, B and Dr C".
bool last_of_people_listed(const RelationMatch& match) {
  static const RE2 kAndBefore(R"(\]\]\s+and\s+(?:[A-Z][\w.]*\s+){0,3}$)");
  auto person = match.groups.find("person");
  if (person == match.groups.end() || !person->second.matched) return false;
  return RE2::PartialMatch(std::string_view(match.tagged->text()).substr(0, person->second.begin),
                           kAndBefore);
}

// "Mr A, and the Head of the EU Delegation, Ms B": a role that opens with "and" is the next
// person's, not an apposition of the one before. "Mr A, visited the centre to meet UNODC
// experts": a role that opens with a verb is the sentence going on; "opened by A, by the
// Ambassador of the EU, Ms B": one that opens with "by" is the next agent. "Ms A and Mr B
// with officers of the X": the body is the officers', whom the two met ("Ms A, with the X,"
// keeps it: a body right after "with" is the person's).
bool role_is_no_apposition(const ItemContext& context, const RelationMatch& match) {
  static const RE2 kWithOthers(R"(^with\s+(?:the\s+)?[a-z])");
  static const RE2 kNextPerson(R"(^\s*,\s*(?:[A-Z][\w.'’-]*\s+){0,3}\[\[P\d+\]\])");
  // "Senior State Counsel A, B and C of X": a list of people goes on, no role follows.
  static const RE2 kListOfPeople(R"(^\[\[P\d+\]\](?:\s*,\s*\[\[P\d+\]\])*,?\s+and\s+\[\[P\d+\]\])");
  // "Ambassador A, representatives of IOM and UNICEF, and ...": people of a body in the plural
  // are the list's next entry, unless they are the people listed ("Ms A and Mr B, experts of
  // the X").
  static const RE2 kPluralPeople(
      R"(^(?:the\s+|other\s+|several\s+)?(?:representatives|officials|delegates|delegations|officers|experts|staff\s+members|members)\s+(?:of|from)\b)");
  auto role = match.groups.find("role");
  if (role == match.groups.end() || !role->second.matched) return false;
  std::string_view text = std::string_view(match.tagged->text()).substr(role->second.begin);
  // "A, in the presence of the EU's Ambassador, Ms B", "A, together with the Head of the EU
  // Delegation, Ms B": who else was there, not A's role.
  if (text.rfind("and ", 0) == 0 || text.rfind("or ", 0) == 0 || text.rfind("by ", 0) == 0 ||
      text.rfind("in the presence of ", 0) == 0 || text.rfind("together with ", 0) == 0 ||
      text.rfind("along with ", 0) == 0 || text.rfind("accompanied by ", 0) == 0 ||
      text.rfind("joined by ", 0) == 0 || RE2::PartialMatch(text, kWithOthers) ||
      RE2::PartialMatch(text, kListOfPeople))
    return true;
  if (RE2::PartialMatch(text, kPluralPeople) && !last_of_people_listed(match)) return true;
  // "Mr A, the Head of the EU Delegation, Ambassador B": a title with an article that a comma
  // and the next person close is that person's, the list's next entry (as title_of_person_before
  // reads it from the other side).
  if (text.rfind("the ", 0) == 0 &&
      RE2::PartialMatch(std::string_view(match.tagged->text()).substr(role->second.end),
                        kNextPerson))
    return true;
  std::string_view first = text.substr(0, text.find(' '));
  return in_vocabularies(context.rules, first, {"clause_verbs"});
}

// "Mr A, former Director of the EMCDDA", "The former Director of X, Mr A": a role the person
// no longer holds says nothing of whom they represent now. "Former" must lead up to the body
// with no comma ("Ms A, a former judge, Head of X" heads X), and the words after it must not
// say the person works there now ("a former prosecutor now working for UNODC", "seconded to").
bool former_role(const RelationMatch& match, std::size_t person, std::size_t org) {
  static const RE2 kFormer(R"((?:^|[\s,(])(?:[Ff]ormer|[Ee]x-)[^,;]*$)");
  static const RE2 kNow(
      R"(\b(?:now|currently|seconded|working|works|serving|serves|later|today)\b)");
  std::size_t person_at = match.tagged->marker_begin(person);
  std::size_t org_at = match.tagged->marker_begin(org);
  // A body the match implies rather than names ("Head of the EU Delegation to Laos" gives the
  // EU too) stands where the match's body does: its "org" group, or the end of its "role".
  if (auto found = match.groups.find("org");
      org_at == std::string::npos && found != match.groups.end() && found->second.matched)
    org_at = found->second.begin;
  if (auto found = match.groups.find("role");
      org_at == std::string::npos && found != match.groups.end() && found->second.matched)
    org_at = found->second.end;
  if (person_at == std::string::npos || org_at == std::string::npos) return false;
  std::string_view text = match.tagged->text();
  // The words before the body: from the person's marker, or when the title comes first, from
  // a little before the match ("The former Director of X, Mr A" may match from "Director").
  std::size_t match_begin = match.groups.at("").begin;
  std::size_t from =
      person_at < org_at ? person_at : match_begin - std::min<std::size_t>(match_begin, 16);
  std::string_view before_body = text.substr(from, org_at - std::min(from, org_at));
  return RE2::PartialMatch(before_body, kFormer) && !RE2::PartialMatch(before_body, kNow);
}

// "A and B spoke on behalf of X and Y": with two people and two bodies in one clause, one of
// the people and one of the bodies say nothing about each other (see "respective" patterns).
bool one_of_two_pairs(const RelationMatch& match) {
  static const RE2 kPersonBefore(R"(\[\[P\d+\]\]\s+and\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$)");
  static const RE2 kBodyAfter(R"(^\s+and\s+(?:the\s+)?\[\[O\d+\]\])");
  auto person = match.groups.find("person");
  auto org = match.groups.find("org");
  if (person == match.groups.end() || org == match.groups.end() || !person->second.matched ||
      !org->second.matched)
    return false;
  std::string_view text = match.tagged->text();
  return RE2::PartialMatch(text.substr(0, person->second.begin), kPersonBefore) &&
         RE2::PartialMatch(text.substr(org->second.end), kBodyAfter);
}

void add_respective_pairs(ItemContext& context, std::size_t sentence, const RelationMatch& match) {
  for (auto [person_group, org_group] :
       {std::pair{"person", "org"}, std::pair{"person2", "org2"}}) {
    auto persons = markers_of(context, match, {person_group}, {NodeKind::person});
    auto orgs = markers_of(context, match, {org_group}, {NodeKind::organisation});
    if (persons.size() == 1 && orgs.size() == 1)
      add_relation(context, EdgeKind::represents, persons[0], orgs[0], sentence, match.pattern->id);
  }
}

namespace {

bool same_person(const ItemContext& context, std::size_t a, std::size_t b);

// "Photo: Ambassador A and Mr B at ROMENA": in a caption, a body after "at" is where the
// photo was taken, not whom the people come from, for people the item has given a body ("A,
// Head of the EU Delegation"); for the others it is as often their own ("Lt Col B at the Coast
// Guard headquarters").
bool photographed_at(const ItemContext& context, std::size_t sentence, const RelationMatch& match) {
  static const RE2 kPeopleAt(R"(\[\[P\d+\]\]\s+at\s+(?:the\s+)?\[\[O\d+\]\])");
  const Group& whole = match.groups.at("");
  return context.out.sentences[sentence].caption &&
         RE2::PartialMatch(
             std::string_view(match.tagged->text()).substr(whole.begin, whole.end - whole.begin),
             kPeopleAt);
}

bool represents_elsewhere(const ItemContext& context, std::size_t person) {
  for (const Relation& r : context.out.relations)
    if (r.kind == EdgeKind::represents && same_person(context, r.source, person)) return true;
  return false;
}

}  // namespace

void find_represents(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "represents", [&](const RelationMatch& match) {
    if (match.pattern->options.respective) return add_respective_pairs(context, sentence, match);
    const bool at_venue = photographed_at(context, sentence, match);
    // "Commissioner A, Director of the X", "officers of X, led by Commissioner A": a police
    // rank, the person's body written after or before it.
    if (group_matched(match, "own_body") || group_matched(match, "led_rank")) return;
    if (role_is_no_apposition(context, match) || one_of_two_pairs(match) ||
        title_of_person_before(match))
      return;
    auto persons = markers_of(context, match, {"person", "person2", "persons"}, {NodeKind::person});
    auto orgs = markers_of(context, match, {"org", "role"}, {NodeKind::organisation}, true);
    std::erase_if(orgs, [&](std::size_t org) {
      std::size_t at = match.tagged->marker_begin(org);
      return at != std::string::npos && sent_to(match, at);
    });
    if (!persons.empty())
      for (std::size_t org : implied_organisations(context, sentence, match)) orgs.push_back(org);
    for (std::size_t org : std::vector<std::size_t>(orgs))
      if (std::size_t delegation = delegation_headed(context, match, org);
          delegation != kNone && std::find(orgs.begin(), orgs.end(), delegation) == orgs.end())
        orgs.push_back(delegation);
    if (orgs.empty()) orgs = body_referred_to(context, sentence, match);
    if (!persons.empty())
      for (std::size_t office : office_of_representative(context, match))
        if (std::find(orgs.begin(), orgs.end(), office) == orgs.end()) orgs.push_back(office);
    if (orgs.empty() && group_matched(match, "pronoun"))
      orgs = bodies_ending_before(context, sentence);
    for (const char* back_reference : {"pronoun2", "latter"})
      if (orgs.empty() && group_matched(match, back_reference))
        orgs = body_before(context, match, back_reference);
    // Staff of a programme whose role names no body work for the programme's owner: the one
    // the item writes it with ("UNODC's AIRCOP"), else the one it says carries it out.
    if (orgs.empty())
      for (std::size_t programme :
           markers_of(context, match, {"org", "role"}, {NodeKind::programme})) {
        std::vector<std::size_t> owners = programme_owners(context, programme);
        if (owners.empty()) owners = implementer_named(context, programme);
        for (std::size_t owner : owners)
          if (std::find(orgs.begin(), orgs.end(), owner) == orgs.end()) orgs.push_back(owner);
      }
    for (std::size_t person : persons) {
      if (at_venue && represents_elsewhere(context, person)) continue;
      for (std::size_t org : orgs)
        if (!former_role(match, person, org))
          add_relation(context, EdgeKind::represents, person, org, sentence, match.pattern->id);
    }
  });
}
namespace {
// Two mentions of one person: "Ms Haddad-Morel" later in the item is "Nadia Haddad-Morel".
bool same_person(const ItemContext& context, std::size_t a, std::size_t b) {
  if (a == b) return true;
  const Mention& x = context.out.mentions[a];
  const Mention& y = context.out.mentions[b];
  if (x.entity != kNone && x.entity == y.entity) return true;
  auto key = [](const Mention& m) { return m.canonical.empty() ? m.name : m.canonical; };
  std::string full = key(x), other = key(y);
  if (full.size() < other.size()) std::swap(full, other);
  if (other.empty()) return false;
  return full == other || (full.size() > other.size() &&
                           full.compare(full.size() - other.size(), other.size(), other) == 0 &&
                           full[full.size() - other.size() - 1] == ' ');
}
}  // namespace

// "P1 and her colleague P2": P2 represents what P1 represents when nothing else is said
// about P2. Runs after the sentence patterns, before the item-level inferences.
void find_colleagues(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "colleague", [&](const RelationMatch& match) {
    auto leads = markers_of(context, match, {"lead"}, {NodeKind::person});
    // No lead group ("She was joined by her colleague P2"): the pronoun's person, the last
    // one the sentences before name.
    if (!match.groups.count("lead")) {
      std::size_t last = kNone;
      for (std::size_t i = 0; i < context.out.mentions.size(); ++i) {
        const Mention& m = context.out.mentions[i];
        if (!m.removed && m.kind == NodeKind::person && m.sentence < sentence &&
            (last == kNone || m.span.begin > context.out.mentions[last].span.begin))
          last = i;
      }
      if (last != kNone) leads.push_back(last);
    }
    auto persons = markers_of(context, match, {"person"}, {NodeKind::person});
    if (leads.size() != 1 || persons.size() != 1) return;
    if (represents_someone(context, persons[0])) return;
    std::vector<Relation> relations = context.out.relations;
    for (const Relation& r : relations)
      if (r.kind == EdgeKind::represents && same_person(context, r.source, leads[0]))
        add_relation(context, EdgeKind::represents, persons[0], r.target, sentence,
                     match.pattern->id);
  });
}

}  // namespace kg::extract_detail
