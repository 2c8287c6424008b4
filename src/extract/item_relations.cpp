// Relations implied by the item as a whole rather than by one sentence.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include <re2/re2.h>

#include "name_filters.hpp"
#include "relations.hpp"

namespace kg::extract_detail {
namespace {

bool is_unit(const ItemContext& context, const std::string& name,
             const char* vocabulary = "unit_words") {
  for (const std::string& word : split_words(name))
    if (in_vocabularies(context.rules, word, {vocabulary})) return true;
  // Entries of several words ("Committee on") are looked for in the name as written.
  for (const std::string& words : context.rules.words(vocabulary))
    if (words.find(' ') != std::string::npos && name.find(words) != std::string::npos) return true;
  return false;
}

// The parents of a unit, their parents while they are units too, and so on: a section's
// branch, the branch's division, the division's agency (which is no unit: the climb stops).
std::vector<std::string> unit_ancestors(const ItemContext& context, std::size_t entity,
                                        const char* vocabulary) {
  std::vector<std::string> found;
  std::vector<std::size_t> todo{entity};
  for (int depth = 0; depth < 6 && !todo.empty(); ++depth) {
    std::vector<std::size_t> next;
    for (std::size_t current : todo) {
      const KnownEntity& e = context.lexicon.entities()[current];
      // An agency is no unit though its name may hold a unit word ("European Public
      // Prosecutor's Office"): its staff speak for it, not for the Union.
      if (e.type == "agency" || !is_unit(context, e.name, vocabulary)) continue;
      for (const std::string& parent : e.parents) {
        if (std::find(found.begin(), found.end(), parent) != found.end()) continue;
        found.push_back(parent);
        if (auto p = context.lexicon.find(parent)) next.push_back(*p);
      }
    }
    todo = next;
  }
  return found;
}

// The known organisation a body's own name says it is part of ("Delegation of the European
// Union to Kenya"), when the item names that organisation: only bodies learned from the text,
// whose names are not fixed ones ("Council of the European Union" is a body of its own).
std::size_t owner_in_name(const ItemContext& context, const NamedOrganisations& named_in_item,
                          const Mention& unit) {
  std::string_view name = unit.name;
  // A known body's fixed name ("Council of the European Union") is no part of another; but a
  // known delegation or office written out ("the Delegation of the European Union to the
  // International Organisations in Vienna") still says whose it is.
  // A learned body is read as the text writes it here too: "the Delegation of the European
  // Union to Senegal" may have been learned as "EU Delegation to Senegal".
  if (unit.entity != kNone) {
    name = unit.surface;
    if (name.rfind("the ", 0) == 0) name.remove_prefix(4);
  }
  if (unit.entity != kNone && !context.lexicon.entities()[unit.entity].learned) {
    bool accredited = false;
    for (std::string_view head : {"Delegation ", "Representation ", "Mission ", "Office "})
      accredited = accredited || name.rfind(head, 0) == 0;
    if (!accredited) return kNone;
  }
  for (std::size_t of = name.find(" of the "); of != std::string_view::npos;
       of = name.find(" of the ", of + 1)) {
    std::string_view rest = name.substr(of + 8);
    for (const GazetteerMatch& match : context.lexicon.index().find_all(rest)) {
      if (match.begin != 0) break;
      const KnownEntity& known = context.lexicon.entities()[match.payload];
      if (known.kind != NodeKind::organisation || known.learned) break;
      if (std::size_t named = named_in_item(known.name); named != kNone) return named;
    }
  }
  return kNone;
}

// Whether the mentions all name one body: "the Brussels Liaison Office of UNODC" and "... of
// Europol" in one item are two offices, and a person of "the Brussels Liaison Office" works for
// neither that the text can tell.
bool one_body(const ItemContext& context, const std::vector<std::size_t>& mentions) {
  return std::all_of(mentions.begin(), mentions.end(), [&](std::size_t m) {
    return context.out.mentions[m].name == context.out.mentions[mentions.front()].name;
  });
}

// A person who represents a unit represents the unit's owner (named in the text) and the
// unit's gazetteer parents when the item names them. Only units count (a name with a unit
// word: Section, Office, Service ...): UNODC's staff do not speak for the United Nations.
void add_unit_parents(ItemContext& context, const NamedOrganisations& named_in_item) {
  // The organisation owners of each lexicon entity's mentions, in mention order.
  std::unordered_map<std::size_t, std::vector<std::size_t>> owners_of_entity;
  // Those of units the gazetteer does not know, by name.
  std::unordered_map<std::string, std::vector<std::size_t>> owners_of_name;
  for (const Mention& m : context.out.mentions)
    if (!m.removed && m.owner != kNone &&
        context.out.mentions[m.owner].kind == NodeKind::organisation) {
      if (m.entity != kNone)
        owners_of_entity[m.entity].push_back(m.owner);
      else
        owners_of_name[m.name].push_back(m.owner);
    }
  std::vector<Relation> relations = context.out.relations;
  for (const Relation& r : relations) {
    if (r.kind != EdgeKind::represents || !r.target) continue;
    const Mention& unit = context.out.mentions[*r.target];
    if (unit.owner != kNone && context.out.mentions[unit.owner].kind == NodeKind::organisation)
      add_relation(context, EdgeKind::represents, r.source, unit.owner, r.sentence,
                   "represents.unit_owner");
    // "the European Commission's DG NEAR ... Mr A (DG NEAR)": the owner the item wrote with
    // another mention of the same body.
    const std::vector<std::size_t>* owners = nullptr;
    if (auto known = owners_of_entity.find(unit.entity); known != owners_of_entity.end())
      owners = &known->second;
    else if (auto named = owners_of_name.find(unit.name);
             unit.entity == kNone && unit.owner == kNone && named != owners_of_name.end() &&
             one_body(context, named->second))
      owners = &named->second;
    if (owners != nullptr)
      for (std::size_t owner : *owners)
        add_relation(context, EdgeKind::represents, r.source, owner, r.sentence,
                     "represents.unit_owner");
    // "the Delegation of the European Union to Kenya": a body named as part "of the" known
    // body it belongs to speaks for it.
    if (std::size_t owner = owner_in_name(context, named_in_item, unit); owner != kNone)
      add_relation(context, EdgeKind::represents, r.source, owner, r.sentence,
                   "represents.owner_in_name");
    if (unit.entity == kNone) continue;
    // A working party's people speak for the Council it is part of, as a section's staff
    // do for their agency.
    std::vector<std::string> parents;
    for (const char* vocabulary :
         {"unit_words", "member_body_words", "community_executives", "commission_department_words"})
      for (const std::string& parent : unit_ancestors(context, unit.entity, vocabulary))
        if (std::find(parents.begin(), parents.end(), parent) == parents.end())
          parents.push_back(parent);
    for (const std::string& parent : parents) {
      std::size_t named = named_in_item(parent);
      if (named != kNone)
        add_relation(context, EdgeKind::represents, r.source, named, r.sentence,
                     "represents.unit_parent");
    }
  }
}

// Money passed through a fund or an instrument is also its owner's: "funded under the
// Instrument contributing to Stability and Peace" makes the European Union a funder too, when
// the item names it. Only known bodies whose name holds a word of `pass_through_words`.
void add_instrument_owners(ItemContext& context, const NamedOrganisations& named_in_item) {
  std::vector<Relation> relations = context.out.relations;
  for (const Relation& r : relations) {
    if (r.kind != EdgeKind::funds || !r.target) continue;
    const Mention& source = context.out.mentions[r.source];
    if (source.entity == kNone) continue;
    const KnownEntity& known = context.lexicon.entities()[source.entity];
    if (!is_unit(context, known.name, "pass_through_words")) continue;
    for (const std::string& parent : known.parents)
      if (std::size_t owner = named_in_item(parent); owner != kNone)
        add_relation(context, EdgeKind::funds, owner, r.target, r.sentence,
                     "funds.instrument_owner");
  }
}

// Who attends: a mention does when an attended relation's source is the same entity (same
// lexicon entity, or same kind and name). Kept in sets, so that a long
// item asks a set rather than every relation for each of its mentions. Reads the relations
// added since it last looked (they are only appended; names no longer change here).
class Attendance {
 public:
  explicit Attendance(const ItemContext& context) : context_(context) {}

  bool operator()(std::size_t mention) {
    const auto& relations = context_.out.relations;
    for (; seen_ < relations.size(); ++seen_) {
      if (relations[seen_].kind != EdgeKind::attended) continue;
      const Mention& source = context_.out.mentions[relations[seen_].source];
      if (source.entity != kNone) entities_.insert(source.entity);
      names_.emplace(source.kind, source.name);
    }
    const Mention& m = context_.out.mentions[mention];
    return (m.entity != kNone && entities_.count(m.entity) > 0) ||
           names_.count({m.kind, m.name}) > 0;
  }

 private:
  const ItemContext& context_;
  std::size_t seen_ = 0;
  std::set<std::size_t> entities_;
  std::set<std::pair<NodeKind, std::string>> names_;
};

bool owns_programme(const ItemContext& context, std::size_t org) {
  for (const Mention& m : context.out.mentions)
    if (!m.removed && m.kind == NodeKind::programme && m.owner == org) return true;
  return false;
}

// "Meeting with DG HOME on the EU Drugs Strategy": a body that opens the name of what the
// title is about is the topic's owner, not a party; "EU Member States" are states.
bool opens_topic_name(const ItemContext& context, const Mention& org) {
  const Span& sentence = context.out.sentences[org.sentence].span;
  std::string_view text = context.text(sentence);
  std::size_t begin = org.span.begin - sentence.begin;
  std::size_t end = org.span.end - sentence.begin;
  std::string_view before = text.substr(0, begin);
  bool after_topic_word = false;
  for (std::string_view word : {" on the ", " about the ", " regarding the "})
    if (before.size() >= word.size() && before.substr(before.size() - word.size()) == word)
      after_topic_word = true;
  std::string_view after = text.substr(std::min(end, text.size()));
  // "Visit of EU Member States' ambassadors": the states, not the Union, are the visitors.
  for (std::string_view states : {" Member State", " member state", " candidate countr",
                                  " Candidate Countr", " partner countr", " member countr"})
    if (after.starts_with(states)) return true;
  return after_topic_word && end + 1 < text.size() && text[end] == ' ' &&
         std::isupper(static_cast<unsigned char>(text[end + 1]));
}

// The item's mentions of one kind by where they begin (title or body, offset).
std::map<std::pair<bool, std::size_t>, std::size_t> mentions_by_begin(
    const std::vector<Mention>& mentions, NodeKind kind) {
  std::map<std::pair<bool, std::size_t>, std::size_t> by_begin;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!mentions[i].removed && mentions[i].kind == kind)
      by_begin[{mentions[i].span.in_title, mentions[i].span.begin}] = i;
  return by_begin;
}

// "the European Commission's DG NEAR": a body written with a possessive right before another
// is its owner, as if the gazetteer had matched both as one name.
void add_possessive_owners(ItemContext& context) {
  auto& mentions = context.out.mentions;
  const auto by_begin = mentions_by_begin(mentions, NodeKind::organisation);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& owner = mentions[i];
    if (owner.removed || owner.kind != NodeKind::organisation) continue;
    for (std::string_view possessive : {"'s ", "\xE2\x80\x99s "}) {
      const Span after{owner.span.in_title, owner.span.end, owner.span.end + possessive.size()};
      if (context.text(after) != possessive) continue;
      auto unit = by_begin.find({owner.span.in_title, after.end});
      if (unit != by_begin.end() && mentions[unit->second].owner == kNone &&
          mentions[unit->second].entity != owner.entity)
        mentions[unit->second].owner = i;
    }
  }
}

// "the Directorate-General for Justice and Consumers (DG JUST) of the European Commission":
// a unit followed by "of the" and its gazetteer parent is owned by that mention.
void add_following_owners(ItemContext& context) {
  auto& mentions = context.out.mentions;
  const auto by_begin = mentions_by_begin(mentions, NodeKind::organisation);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& unit = mentions[i];
    if (unit.removed || unit.kind != NodeKind::organisation || unit.owner != kNone) continue;
    // A unit the gazetteer does not know is owned by the body after its "of the" when its name
    // ends in a unit word: "the Environmental Police Department of the Ministry of Public
    // Security" (its people, named later with the unit alone, speak for both).
    bool unknown_unit = unit.entity == kNone;
    if (unknown_unit) {
      std::vector<std::string> words = split_words(unit.name);
      if (words.empty() || !in_vocabularies(context.rules, words.back(), {"unit_words"})) continue;
    }
    std::size_t end = unit.span.end;
    // A bracketed acronym of the unit between it and "of the".
    std::string_view next = context.text({unit.span.in_title, end, end + 2});
    if (next == " (") {
      std::string_view rest = context.text({unit.span.in_title, end, end + 40});
      std::size_t close = rest.find(')');
      if (close == std::string_view::npos) continue;
      end += close + 1;
    }
    for (std::string_view link : {" of the ", " of "}) {
      if (context.text({unit.span.in_title, end, end + link.size()}) != link) continue;
      auto owner = by_begin.find({unit.span.in_title, end + link.size()});
      if (owner == by_begin.end()) continue;
      if (unknown_unit) {
        if (mentions[owner->second].name != unit.name) unit.owner = owner->second;
        continue;
      }
      const auto& parents = context.lexicon.entities()[unit.entity].parents;
      if (std::find(parents.begin(), parents.end(), mentions[owner->second].canonical) !=
          parents.end())
        unit.owner = owner->second;
    }
  }
}

// "GRECO, the Council of Europe's anti-corruption monitoring body," and "EUCAP Sahel Niger, the
// civilian mission of the European Union,": an apposition that calls a body part of another
// (its last word one of `part_of_body_nouns`) makes the other its owner, and the body's people
// speak for both. Not an umbrella: "UNODC, the UN's drugs agency" leaves UNODC its own.
void add_appositive_owners(ItemContext& context) {
  static const RE2 kOwnerFirst(R"(^(?:\s*\([^()]{1,40}\))?,\s+the\s+$)");
  static const RE2 kOwnerFirstNoun(
      R"(^(?:'s|\x{2019}s)(?:\s+[a-z][\w-]*){0,4}\s+([a-z]+)\s*(?:[,;)]|$))");
  static const RE2 kOwnerLast(
      R"(^(?:\s*\([^()]{1,40}\))?,\s+(?:the|a|an)(?:\s+[a-z][\w-]*){0,4}\s+([a-z]+)\s+of\s+(?:the\s+)?$)");
  static const RE2 kAppositionEnd(R"(^(?:\s*\([^()]{1,40}\))?(?:\s*[,;)]|\s+(?:that|which)\s|$))");
  auto& mentions = context.out.mentions;
  const auto by_begin = mentions_by_begin(mentions, NodeKind::organisation);
  auto part_noun = [&](const std::string& noun) {
    return in_vocabularies(context.rules, noun, {"part_of_body_nouns"});
  };
  for (Mention& unit : mentions) {
    if (unit.removed || unit.kind != NodeKind::organisation || unit.owner != kNone) continue;
    const Span& sentence = context.out.sentences[unit.sentence].span;
    const bool in_title = unit.span.in_title;
    // Only the bodies written within 120 bytes after the unit, in its sentence.
    for (auto it = by_begin.lower_bound({in_title, unit.span.end});
         it != by_begin.end() && it->first.first == in_title &&
         it->first.second <= unit.span.end + 120 && unit.owner == kNone;
         ++it) {
      const Mention& owner = mentions[it->second];
      if (owner.sentence != unit.sentence || same_entity(owner, unit)) continue;
      const std::string& owner_name = owner.canonical.empty() ? owner.name : owner.canonical;
      if (in_vocabularies(context.rules, owner_name, {"umbrella_bodies"})) continue;
      std::string_view between = context.text({in_title, unit.span.end, owner.span.begin});
      std::string_view after = context.text({in_title, owner.span.end, sentence.end});
      std::string noun;
      bool owned = (RE2::PartialMatch(between, kOwnerFirst) &&
                    RE2::PartialMatch(after, kOwnerFirstNoun, &noun) && part_noun(noun)) ||
                   (RE2::PartialMatch(between, kOwnerLast, &noun) && part_noun(noun) &&
                    RE2::PartialMatch(after, kAppositionEnd));
      if (owned) unit.owner = it->second;
    }
  }
}

}  // namespace

bool is_funding_vehicle(const ItemContext& context, const Mention& org) {
  std::string_view name = org.canonical.empty() ? org.name : org.canonical;
  // A subtitle after a spaced dash is no head: "... Cooperation Instrument - Global Europe".
  name = name.substr(0, name.find(" - "));
  std::vector<std::string> words = split_words(name);
  if (words.empty()) return false;
  if (in_vocabularies(context.rules, words.back(), {"funding_vehicle_words"})) return true;
  if (in_vocabularies(context.rules, words.front(), {"funding_vehicle_words"})) return true;
  // The head before the first small word: "the European Instrument for Democracy and Human
  // Rights", "the Trust Fund for Colombia".
  for (std::size_t i = 1; i < words.size(); ++i)
    if (!words[i].empty() && words[i][0] >= 'a' && words[i][0] <= 'z')
      return in_vocabularies(context.rules, words[i - 1], {"funding_vehicle_words"});
  return false;
}

void add_programme_owners(ItemContext& context) {
  auto& mentions = context.out.mentions;
  const auto programmes_by_begin = mentions_by_begin(mentions, NodeKind::programme);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& owner = mentions[i];
    if (owner.removed || owner.kind != NodeKind::organisation) continue;
    for (std::string_view link : {"'s ", "\xE2\x80\x99s ", " "}) {
      if (link == " " && !is_acronym(owner.surface)) continue;
      const Span after{owner.span.in_title, owner.span.end, owner.span.end + link.size()};
      if (context.text(after) != link) continue;
      auto programme = programmes_by_begin.find({owner.span.in_title, after.end});
      if (programme != programmes_by_begin.end() && mentions[programme->second].owner == kNone)
        mentions[programme->second].owner = i;
    }
  }
}

void infer_item_relations(ItemContext& context) {
  add_possessive_owners(context);
  add_following_owners(context);
  add_appositive_owners(context);
  // Mentions do not change from here on: only owners above, relations below.
  const NamedOrganisations named_in_item(context);
  add_unit_parents(context, named_in_item);
  add_instrument_owners(context, named_in_item);
  Attendance attends(context);
  auto& mentions = context.out.mentions;
  // People named in the body outside captions take part: the genre reports who came.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.removed || m.kind != NodeKind::person || context.out.sentences[m.sentence].caption)
      continue;
    if (!attends(i))
      add_relation(context, EdgeKind::attended, i, std::nullopt, m.sentence,
                   "attended.person_in_item");
  }
  // A body whose people attend attends with them, also when the mention a relation points
  // to is one that takes no part ("funded by the European Union ... Ms A, Head of Cooperation
  // at the Delegation of the European Union"): the body attends through another of its
  // mentions, else through that one.
  std::vector<Relation> relations = context.out.relations;
  for (const Relation& r : relations) {
    if (r.kind != EdgeKind::represents || !r.target) continue;
    if (!attends(r.source) || attends(*r.target)) continue;
    add_relation(context, EdgeKind::attended, *r.target, std::nullopt, r.sentence,
                 "attended.represented_org");
    const Mention& body = mentions[*r.target];
    // Only a body the sentence that ties the person to it names (in the name of the body the
    // person works at, "the Delegation of the European Union to Thailand", or beside the
    // person): a parent inferred from elsewhere does not bring back a funder taking no part.
    bool named_there = r.rule == "represents.owner_in_name";
    for (std::size_t j = 0; j < mentions.size() && !attends(*r.target); ++j) {
      const Mention& other = mentions[j];
      if (other.removed || !same_entity(other, body)) continue;
      named_there = named_there || other.sentence == r.sentence;
      if (j != *r.target)
        add_relation(context, EdgeKind::attended, j, std::nullopt, r.sentence,
                     "attended.represented_org");
    }
    if (named_there && !attends(*r.target))
      add_relation(context, EdgeKind::attended, *r.target, std::nullopt, r.sentence,
                   "attended.represented_org", /*even_if_not_attending=*/true);
  }
  // A unit attends with its parent body, a working party with the Council, when the item
  // names the parent.
  relations = context.out.relations;
  for (const Relation& r : relations) {
    if (r.kind != EdgeKind::attended) continue;
    const Mention& who = mentions[r.source];
    if (who.kind != NodeKind::organisation || who.entity == kNone) continue;
    for (const std::string& parent :
         unit_ancestors(context, who.entity, "attending_parent_words")) {
      // An umbrella (the United Nations) is no party of what one of its agencies attends.
      if (in_vocabularies(context.rules, parent, {"umbrella_bodies"})) continue;
      std::size_t named = named_in_item(parent);
      if (named != kNone && !attends(named))
        add_relation(context, EdgeKind::attended, named, std::nullopt, r.sentence,
                     "attended.parent_of_unit");
    }
  }
  // Bodies the title names are the item's parties ("EU-UNODC exchanges on ...").
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.removed || m.kind != NodeKind::organisation || !m.span.in_title) continue;
    if (owns_programme(context, i)) continue;  // "EU" in "EU Rule of Law Initiative"
    if (opens_topic_name(context, m) || is_funding_vehicle(context, m)) continue;
    if (!attends(i))
      add_relation(context, EdgeKind::attended, i, std::nullopt, m.sentence, "attended.title_org");
  }
}

}  // namespace kg::extract_detail
