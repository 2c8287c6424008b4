// Mentions found by name: gazetteer entries and learned names, longest match first.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>

#include "context.hpp"
#include "kg/utf8.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {
namespace {

bool starts_with_word_sequence(std::string_view text, std::string_view start) {
  return text.size() > start.size() && text.compare(0, start.size(), start) == 0 &&
         text[start.size()] == ' ';
}

// True when a name of `whole` begins with the owner's name written out (not an acronym).
bool starts_with_written_out(const Lexicon& lexicon, std::size_t owner, std::size_t whole) {
  const KnownEntity& o = lexicon.entities()[owner];
  const KnownEntity& w = lexicon.entities()[whole];
  std::vector<std::string_view> owner_names{o.name};
  for (const std::string& alias : o.aliases) owner_names.push_back(alias);
  std::vector<std::string_view> whole_names{w.name};
  for (const std::string& alias : w.aliases) whole_names.push_back(alias);
  for (std::string_view owner_name : owner_names) {
    if (is_acronym(owner_name)) continue;
    for (std::string_view whole_name : whole_names)
      if (starts_with_word_sequence(whole_name, owner_name)) return true;
  }
  return false;
}

// True when the acronym's written-out name begins with the word that begins `whole`'s
// official name: "EU" in "EU Commission" stands for "European" of "European Commission".
bool abbreviates_first_word(const Lexicon& lexicon, std::size_t acronym, std::size_t whole) {
  std::vector<std::string> official = split_words(lexicon.entities()[whole].name);
  if (official.empty()) return false;
  const KnownEntity& a = lexicon.entities()[acronym];
  std::vector<std::string_view> written{a.name};
  for (const std::string& alias : a.aliases) written.push_back(alias);
  for (std::string_view name : written) {
    if (is_acronym(name)) continue;
    std::vector<std::string> words = split_words(name);
    if (!words.empty() && !is_acronym(words.front()) && words.front() == official.front())
      return true;
  }
  return false;
}

// Whether every word is capitalised or one of `joining`, as the words of a name are.
bool capitalised_or_joining(const std::vector<std::string>& words,
                            std::initializer_list<std::string_view> joining) {
  return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
    return utf8::is_upper(static_cast<unsigned char>(word[0])) ||
           std::find(joining.begin(), joining.end(), word) != joining.end();
  });
}

// Whether words written before a possessive name a body of their own: capitalised words (and
// their joining words) that open or close with an organisation's head word, "Kosovo Police"
// or "Ministry of Public Security" in "the Ministry of Public Security's Criminal Police
// Department"; not "Women" of "Vietnam Women's Union" nor a title ("Prosecutor's Office").
bool names_a_body(const Rules& rules, std::string_view words) {
  std::vector<std::string> split = split_words(words);
  if (split.size() < 2 || !capitalised_or_joining(split, {"of", "for", "and", "the"})) return false;
  return in_vocabularies(rules, split.front(), {"organisation_words"}) ||
         in_vocabularies(rules, split.back(), {"organisation_words"});
}

// Whether capitalised words (and their joining words) hold a body's head word anywhere:
// "National Police of Ukraine", "High Court of Uganda".
bool holds_a_body_word(const Rules& rules, std::string_view words) {
  std::vector<std::string> split = split_words(words);
  return split.size() >= 2 && capitalised_or_joining(split, {"of", "for", "and", "the"}) &&
         std::any_of(split.begin(), split.end(), [&](const std::string& word) {
           return in_vocabularies(rules, word, {"organisation_words"});
         });
}

// Whether the words after a possessive name a unit: their first or last word is a unit's or a
// body's head ("Criminal Police Department", "Directorate for Border Control"), or capitalised
// words and their joining words hold one ("Naval Force of the Caribbean", "Specialised
// Directorate against Drug Trafficking"); not a title ("People's Prosecutor") or a field
// ("Women's Empowerment and Child Protection").
bool names_a_unit(const Rules& rules, std::string_view words) {
  std::vector<std::string> split = split_words(words);
  auto is_head = [&](const std::string& word) {
    return in_vocabularies(rules, word, {"organisation_words", "unit_words"});
  };
  if (split.size() < 2) return false;
  if (is_head(split.front()) || is_head(split.back())) return true;
  return capitalised_or_joining(split, {"of", "for", "and", "the", "against", "on"}) &&
         std::any_of(split.begin(), split.end(), is_head);
}

// The owner written inside a unit's mention, as a mention of its own: the body the lexicon
// knows by those words, else the words as written. Returns the new mention's index.
std::size_t add_owner_part(ItemContext& context, const Mention& whole, std::string_view words,
                           std::optional<std::size_t> known, const Span& span, const char* rule) {
  Mention part;
  part.kind = NodeKind::organisation;
  part.surface = std::string(words);
  part.name = known ? context.lexicon.entities()[*known].name : part.surface;
  part.canonical = part.name;
  part.entity = known ? *known : kNone;
  part.span = span;
  part.sentence = whole.sentence;
  part.rule = rule;
  return context.add(std::move(part));
}

// "EU Commission's Directorate General for ...": the owner written before a possessive is
// the body that part of the name names ("EU Commission", the European Commission), not the
// acronym it starts with. Returns true when it added that owner.
bool add_possessive_owner(ItemContext& context, std::size_t outer) {
  const Mention whole = context.out.mentions[outer];
  std::size_t cut = std::string::npos, mark = 0;
  for (std::string_view possessive : {"'s ", "\xE2\x80\x99s "})
    if (std::size_t at = whole.surface.find(possessive); at < cut) {
      cut = at;
      mark = possessive.size();
    }
  if (cut == std::string::npos || cut == 0) return false;
  std::string_view before = std::string_view(whole.surface).substr(0, cut);
  auto entity = context.lexicon.find(before);
  bool known = entity && *entity != whole.entity &&
               context.lexicon.entities()[*entity].kind == NodeKind::organisation;
  std::string_view after = std::string_view(whole.surface).substr(cut + mark);
  if (!known && !(names_a_body(context.rules, before) && names_a_unit(context.rules, after)))
    return false;
  std::size_t added = add_owner_part(
      context, whole, before, known ? entity : std::nullopt,
      {whole.span.in_title, whole.span.begin, whole.span.begin + cut}, "organisation.owner_prefix");
  Mention& unit = context.out.mentions[outer];
  unit.owner = added;
  // A name read by pattern keeps what the text wrote; the unit is named without its owner, as
  // "UNODC's Division for Operations" is the Division for Operations of UNODC, also when the
  // owner is a body the item knows ("the National Police's Anti-Narcotics Directorate").
  std::string_view owner_and_mark = std::string_view(whole.surface).substr(0, cut + mark);
  if (unit.name.size() > owner_and_mark.size() && unit.name.starts_with(owner_and_mark)) {
    unit.name = unit.name.substr(owner_and_mark.size());
    unit.canonical = unit.name;
    unit.entity = kNone;  // the learned entity is named with the owner
  }
  return true;
}

// "Department for Combating Drug Crime", "Office for Prevention and Fight against Money
// Laundering": a unit's head word (or "Office"), "for" and what the unit does, in capitalised
// words. Before "of the" and a body, the unit of that body; "the Office of the Attorney
// General" has no "for", and stays one body.
bool names_unit_by_task(const Rules& rules, const std::vector<std::string>& words,
                        bool of_task = false) {
  return words.size() >= 3 && (words[1] == "for" || (of_task && words[1] == "of")) &&
         (words.front() == "Office" ||
          in_vocabularies(rules, words.front(), {"unit_of_body_heads"})) &&
         capitalised_or_joining(words, {"and", "for", "of", "against", "the"});
}

// "the Cyber Police Department of the National Police of Ukraine": a unit's name, "of the"
// and a body's name mention two bodies, the unit and its owner, as a possessive before the
// unit does. The unit's name has two words or more and ends with a unit's head word
// (unit_of_body_heads), or opens with one and "for" (names_unit_by_task); the owner's holds a
// body's head word and is no place ("the Customs Service of the Republic of Moldova", "... of
// the Russian Federation" are one body each), and the unit's has a word that says what it does
// beside its rank (unit_rank_words). Returns true when it added the owner.
bool add_of_owner(ItemContext& context, std::size_t outer) {
  const Mention whole = context.out.mentions[outer];
  if (whole.kind != NodeKind::organisation) return false;
  // "in the" always places a unit inside a body ("the Department of HIV and AIDS in the
  // Ministry of Health"), so there a unit named by its field ("Department of ...") counts too.
  constexpr std::string_view kOfThe = " of the ", kInThe = " in the ";
  std::size_t cut = whole.surface.find(kOfThe);
  const bool inside = cut == std::string::npos;
  if (inside) cut = whole.surface.find(kInThe);
  if (cut == std::string::npos || cut == 0) return false;
  const std::size_t owner_at = cut + (inside ? kInThe : kOfThe).size();
  std::string_view unit_words = std::string_view(whole.surface).substr(0, cut);
  std::string_view owner_words = std::string_view(whole.surface).substr(owner_at);
  std::vector<std::string> unit_split = split_words(unit_words);
  if (unit_split.size() < 2 || unit_split.front() == "The") return false;
  bool head_last = capitalised_or_joining(unit_split, {"and", "for", "of"}) &&
                   in_vocabularies(context.rules, unit_split.back(), {"unit_of_body_heads"});
  if (!head_last && !names_unit_by_task(context.rules, unit_split, inside)) return false;
  // A unit named only by its rank ("the Central Directorate of the Judicial Police") is one
  // body's name: something must say what the unit does.
  if (std::all_of(unit_split.begin(), unit_split.end() - 1, [&](const std::string& word) {
        return in_vocabularies(context.rules, word, {"unit_rank_words", "generic_modifiers"});
      }))
    return false;
  auto known = context.lexicon.find(owner_words);
  if (known && context.lexicon.entities()[*known].kind != NodeKind::organisation) return false;
  if (!known && !holds_a_body_word(context.rules, owner_words)) return false;
  std::size_t added =
      add_owner_part(context, whole, owner_words, known,
                     {whole.span.in_title, whole.span.begin + owner_at, whole.span.end},
                     "organisation.owner_after_of");
  Mention& unit = context.out.mentions[outer];
  unit.owner = added;
  unit.surface = std::string(unit_words);
  unit.name = unit.surface;
  unit.canonical = unit.name;
  unit.entity = kNone;  // the learned entity is named with the owner
  unit.span.end = whole.span.begin + cut;
  return true;
}

// An owner written as a separable acronym prefix is a mention of its own: UNODC in
// "UNODC Regional Office for Eastern Africa", UNODC and WCO in "UNODC-WCO Container Control
// Programme". An acronym that abbreviates the start of the entity's official name is no
// owner: "UN" in "UN Office on Drugs and Crime" (United Nations Office on Drugs and Crime),
// "UN Security Council", "UN Women".
void add_prefix_owners(ItemContext& context, std::size_t outer) {
  const Mention whole = context.out.mentions[outer];
  if (whole.kind != NodeKind::organisation && whole.kind != NodeKind::programme) return;
  if (add_possessive_owner(context, outer) || add_of_owner(context, outer)) return;
  std::vector<Token> tokens = tokenize(whole.surface);
  std::vector<std::pair<std::size_t, std::size_t>> owners;  // (token, lexicon entity)
  std::size_t rest = 0;                                     // first token after the owners
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    std::string_view word =
        std::string_view(whole.surface).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    if (!is_acronym(word)) break;
    auto entity = context.lexicon.find(word);
    if (!entity || context.lexicon.entities()[*entity].kind != NodeKind::organisation) break;
    if (context.lexicon.entities()[*entity].name == whole.canonical) break;
    // "EUBAM Libya": EUBAM also short for "EUBAM Moldova and Ukraine" is a family of names
    // sharing the word, not the owner of "EUBAM Libya".
    if (const std::string& named = context.lexicon.entities()[*entity].name;
        named.size() > word.size() && named.compare(0, word.size(), word) == 0 &&
        named[word.size()] == ' ')
      break;
    if (whole.entity != kNone && abbreviates_first_word(context.lexicon, *entity, whole.entity))
      break;
    owners.emplace_back(i, *entity);
    rest = i + 1;
    // Separators between owners: "-", "/", "'s".
    std::string_view sep =
        std::string_view(whole.surface)
            .substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
    if ((sep == "-" || sep == "/" || sep == "'s") && i + 2 < tokens.size()) rest = ++i + 1;
  }
  if (owners.empty() || rest >= tokens.size()) return;
  if (whole.entity != kNone &&
      starts_with_written_out(context.lexicon, owners.front().second, whole.entity))
    return;
  std::size_t first = kNone;
  for (const auto& [token, entity] : owners) {
    Mention part;
    part.kind = NodeKind::organisation;
    part.surface =
        whole.surface.substr(tokens[token].begin, tokens[token].end - tokens[token].begin);
    part.name = part.surface;
    part.canonical = context.lexicon.entities()[entity].name;
    part.entity = entity;
    part.span = {whole.span.in_title, whole.span.begin + tokens[token].begin,
                 whole.span.begin + tokens[token].end};
    part.sentence = whole.sentence;
    part.rule = "organisation.owner_prefix";
    std::size_t added = context.add(std::move(part));
    if (first == kNone) first = added;
  }
  context.out.mentions[outer].owner = first;
}

// "the Maltese Presidency of the Council of the EU": a body's name followed by "of the" and a
// name of its parent mentions the parent too, as the text does. Names that hold the parent
// as part of their usual form ("the Delegation of the European Union") do not.
void add_parent_named_inside(ItemContext& context, std::size_t outer) {
  const Mention whole = context.out.mentions[outer];
  if (whole.entity == kNone || whole.kind != NodeKind::organisation) return;
  const KnownEntity& entity = context.lexicon.entities()[whole.entity];
  if (entity.parents.empty()) return;
  // The entity's own name, or another of its names ("Netherlands Presidency" of the Dutch
  // Presidency), then "of the" and the parent.
  constexpr std::string_view kOfThe = " of the ";
  const std::size_t cut = whole.surface.find(kOfThe);
  if (cut == std::string::npos || cut == 0) return;
  const std::string_view own = std::string_view(whole.surface).substr(0, cut);
  // Another name of two words or more: "Council" of "Council of the European Union" is the
  // short form of a name that holds its parent.
  if (own != entity.name && (own.find(' ') == std::string_view::npos ||
                             context.lexicon.find(own) != std::optional<std::size_t>(whole.entity)))
    return;
  const std::size_t begin = cut + kOfThe.size();
  std::string_view rest = std::string_view(whole.surface).substr(begin);
  auto parent = context.lexicon.find(rest);
  if (!parent || *parent == whole.entity) return;
  const KnownEntity& named = context.lexicon.entities()[*parent];
  if (std::find(entity.parents.begin(), entity.parents.end(), named.name) == entity.parents.end())
    return;
  Mention part;
  part.kind = NodeKind::organisation;
  part.surface = std::string(rest);
  part.name = named.name;
  part.canonical = named.name;
  part.entity = *parent;
  part.span = {whole.span.in_title, whole.span.begin + begin, whole.span.end};
  part.sentence = whole.sentence;
  part.rule = "organisation.parent_in_name";
  context.add(std::move(part));
}

bool overlaps_mention(const ItemContext& context, std::size_t sentence, const Span& span) {
  for (std::size_t id : context.mentions_in(sentence)) {
    const Span& m = context.out.mentions[id].span;
    if (span.begin < m.end && m.begin < span.end) return true;
  }
  return false;
}

// "the Council" or "the Commission" (an alias "the X" of a gazetteer body) names the nearest
// body before it whose name has that head word ("United Nations Security Council ... the
// Council"), else the gazetteer's body.
void refer_to_nearest_head(ItemContext& context, Mention& mention) {
  if (mention.kind != NodeKind::organisation || mention.entity == kNone) return;
  std::string head = mention.surface;
  if (head.rfind("the ", 0) == 0 || head.rfind("The ", 0) == 0) head.erase(0, 4);
  if (head.find(' ') != std::string::npos || is_acronym(head)) return;
  const auto& aliases = context.lexicon.entities()[mention.entity].aliases;
  if (std::find(aliases.begin(), aliases.end(), "the " + head) == aliases.end()) return;
  for (std::size_t i = context.out.mentions.size(); i-- > 0;) {
    const Mention& before = context.out.mentions[i];
    if (before.removed || before.kind != NodeKind::organisation || before.entity == kNone) continue;
    std::vector<std::string> name = split_words(before.canonical);
    if (name.size() < 2 || (name.front() != head && name.back() != head)) continue;
    mention.name = before.name;
    mention.canonical = before.canonical;
    mention.entity = before.entity;
    return;
  }
}

// True when the body's name goes on after the match: "State Department" in "the State
// Department for Maritime Affairs of Kenya" is the start of another body's name, not the
// United States Department of State. The match must end in a head noun that such names
// continue (rules/vocabularies/continued_heads.json) and be followed by "for" or "of" and a
// capitalised word. A one-word match of a common organisation word ("Commission") goes on so
// after "for", "of" or "on": "the Commission on Human Rights and Administrative Justice" is no
// mention of the European Commission. Not before a day or a month ("the Commission on
// Monday").
bool name_goes_on(const ItemContext& context, std::string_view text, const GazetteerMatch& match) {
  std::string_view surface = text.substr(match.begin, match.end - match.begin);
  std::size_t last_space = surface.rfind(' ');
  const bool one_word = last_space == std::string_view::npos;
  std::string_view rest = text.substr(match.end);
  // "the Belgian Customs Administration", "the Kenya Police Service": the head word of a whole
  // body right after a name that ends in one makes a longer name ("the European Commission
  // Delegation" is the Commission's part).
  if (!one_word && rest.size() > 2 && rest[0] == ' ' &&
      utf8::is_upper(utf8::decode(rest, 1).first)) {
    std::string_view next = rest.substr(1, rest.find_first_of(" ,.;:()'", 1) - 1);
    if ((next == "Administration" || next == "Service" || next == "Authority" || next == "Agency" ||
         next == "Force") &&
        in_vocabularies(context.rules, surface.substr(last_space + 1), {"organisation_words"}))
      return true;
  }
  // The preposition first: most matches are followed by none, and it costs no lookup.
  std::size_t skip = 0;
  bool after_on = false;
  if (rest.rfind(" for ", 0) == 0)
    skip = 5;
  else if (rest.rfind(" of ", 0) == 0)
    skip = 4;
  else if (one_word && rest.rfind(" on ", 0) == 0) {
    skip = 4;
    after_on = true;
  } else
    return false;
  if (one_word
          ? !in_vocabularies(context.rules, surface, {"organisation_words"})
          : !in_vocabularies(context.rules, surface.substr(last_space + 1), {"continued_heads"}))
    return false;
  rest.remove_prefix(skip);
  if (rest.rfind("the ", 0) == 0) rest.remove_prefix(4);
  if (rest.empty() || !utf8::is_upper(utf8::decode(rest, 0).first)) return false;
  std::string_view next = rest.substr(0, rest.find_first_of(" ,.;:()"));
  // "briefed the Council on UNGASS": an acronym after "on" is what was talked about.
  if (after_on && is_acronym(next)) return false;
  return !in_vocabularies(context.rules, next, {"weekdays", "months"});
}

// The word right before the match, one space apart, when it is capitalised ("Lake" of "Lake
// Victoria", "Narcotics" of "the Narcotics Control Commission"); else "".
std::string_view capitalised_word_before(std::string_view text, const GazetteerMatch& match) {
  std::string_view before = text.substr(0, match.begin);
  if (before.empty() || before.back() != ' ') return {};
  before.remove_suffix(1);
  std::size_t space = before.find_last_of(' ');
  std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  if (word.empty() || !utf8::is_upper(utf8::decode(word, 0).first)) return {};
  return word;
}

// True when a one-word match that is a common organisation word ("Commission", "Council")
// ends a longer capitalised name: "the National Narcotics Control Commission" is no mention of
// the European Commission ("the Commission").
bool ends_another_name(const ItemContext& context, std::string_view text,
                       const GazetteerMatch& match) {
  std::string_view surface = text.substr(match.begin, match.end - match.begin);
  const std::size_t space = surface.find(' ');
  // Most matches open with no body's head word: they cost one look-up.
  if (!in_vocabularies(context.rules, surface.substr(0, space), {"organisation_words"}))
    return false;
  std::string_view word = capitalised_word_before(text, match);
  if (space == std::string_view::npos) return !word.empty() && word != "The";
  // "the High Court of Justice of the State of Chihuahua", "the Supreme Court of Justice":
  // a court or an office ranked by the word before it is another body than the one the
  // gazetteer names with the same head ("Court of Justice", the EU's).
  return word == "High" || word == "Supreme" || word == "Superior" || word == "Higher" ||
         in_vocabularies(context.rules, word, {"unit_rank_words"});
}

// True when a document's name goes on after the match: "United Nations" in "the United Nations
// Convention against Corruption" names the convention (rules/vocabularies/document_words.json).
bool names_a_document(const ItemContext& context, std::string_view text,
                      const GazetteerMatch& match) {
  std::string_view rest = text.substr(match.end);
  if (rest.empty() || rest.front() != ' ') return false;
  rest.remove_prefix(1);
  std::string_view word = rest.substr(0, rest.find_first_of(" ,.;:)"));
  return in_vocabularies(context.rules, word, {"document_words"});
}

// True when a place's name ends a hyphenated word that is no place: "Cali" in "Dr Matteo
// Grasso-Cali" is half of a double surname. Two places joined ("the Dakar-Bamako corridor")
// stay places.
bool ends_hyphenated_word(std::string_view text, const GazetteerMatch& match,
                          const std::vector<GazetteerMatch>& matches) {
  if (match.begin < 2 || text[match.begin - 1] != '-') return false;
  std::size_t word = match.begin - 1;
  while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '(' && text[word - 1] != '-')
    --word;
  if (word == match.begin - 1 || !utf8::is_upper(utf8::decode(text, word).first)) return false;
  return std::none_of(matches.begin(), matches.end(),
                      [&](const GazetteerMatch& other) { return other.end == match.begin - 1; });
}

// True when a body's acronym is the first half of a longer code: "SPC" in "SPC-WB" (a project
// of the Western Balkans) is no mention of the Social Protection Committee. The code's tail is
// short and no known name itself ("UNODC-WCO" names two bodies).
bool opens_a_longer_code(std::string_view text, const GazetteerMatch& match,
                         const std::vector<GazetteerMatch>& matches) {
  if (match.end + 1 >= text.size() || text[match.end] != '-') return false;
  if (!is_acronym(text.substr(match.begin, match.end - match.begin))) return false;
  const std::size_t tail = match.end + 1;
  std::size_t end = tail;
  while (end < text.size() && (std::isupper(static_cast<unsigned char>(text[end])) ||
                               std::isdigit(static_cast<unsigned char>(text[end]))))
    ++end;
  if (end == tail || end - tail > 3) return false;
  if (end < text.size() &&
      (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-'))
    return false;
  return std::none_of(matches.begin(), matches.end(),
                      [&](const GazetteerMatch& other) { return other.begin == tail; });
}

// True when a city that is also a given name (rules/vocabularies/given_name_places.json) is
// part of another name: a person's it opens ("Victoria Rotaru", "Santiago Pérez"; not
// "Victoria Harbour", "Santiago de Chile", nor a place another entry reads on, "Victoria
// Falls"), or one whose capitalised word, no honorific or title, stands before it ("Lake
// Victoria", "La Victoria"; not "Ms Sofia Guerrero").
bool part_of_another_name(const ItemContext& context, std::string_view text,
                          const GazetteerMatch& match, const std::vector<GazetteerMatch>& matches) {
  std::string_view surface = text.substr(match.begin, match.end - match.begin);
  if (!in_vocabularies(context.rules, surface, {"given_name_places"})) return false;
  if (std::string_view word = capitalised_word_before(text, match);
      !word.empty() && !in_vocabularies(context.rules, word, {"honorifics", "title_prefixes"}))
    return true;
  std::string_view rest = text.substr(match.end);
  if (rest.empty() || rest.front() != ' ') return false;
  rest.remove_prefix(1);
  if (rest.empty() || !utf8::is_upper(utf8::decode(rest, 0).first)) return false;
  std::string_view next = rest.substr(0, rest.find_first_of(" ,.;:()'"));
  if (in_vocabularies(
          context.rules, next,
          {"organisation_words", "document_words", "venue_heads", "months", "weekdays"}))
    return false;
  return std::none_of(matches.begin(), matches.end(),
                      [&](const GazetteerMatch& other) { return other.begin == match.end + 1; });
}

// True when a country's code opens a currency sign: "US" in "US$ 300,000" is money.
bool opens_a_currency_sign(std::string_view text, const GazetteerMatch& match) {
  return match.end < text.size() && text[match.end] == '$';
}

// The bytes of the small word of French, Spanish or Italian that joins a body's name to its
// country (`Police nationale du Mali`) at the start of `after`, or 0. Not English `of`: in
// "the Narcotics Control Bureau of China" annotators read the name and the country apart.
std::size_t country_particle_length(std::string_view after) {
  for (std::string_view particle :
       {" du ", " de la ", " de l'", " des ", " de ", " del ", " di ", " d'"})
    if (after.starts_with(particle)) return particle.size();
  return 0;
}

// True when a national body's name follows another country's place, or is followed by one
// after a small word: "Metropolitan Police" in "the Dhaka Metropolitan Police" is no mention of
// London's Metropolitan Police Service, nor is "Police nationale" in "the Police nationale du
// Mali" France's. The country of a city is the one its gazetteer entry gives.
bool of_another_country(const ItemContext& context, std::string_view text,
                        const GazetteerMatch& match, const std::vector<GazetteerMatch>& matches) {
  const KnownEntity& body = context.lexicon.entities()[match.payload];
  if (body.country.empty()) return false;
  const bool space_before = match.begin >= 2 && text[match.begin - 1] == ' ';
  const std::size_t place_after = match.end + country_particle_length(text.substr(match.end));
  for (const GazetteerMatch& other : matches) {
    bool before = space_before && other.end + 1 == match.begin;
    bool after = place_after > match.end && other.begin == place_after;
    if (!before && !after) continue;
    const KnownEntity& place = context.lexicon.entities()[other.payload];
    if (place.kind != NodeKind::place) continue;
    const std::string& country = place.country.empty() ? place.name : place.country;
    if (country != body.country) return true;
  }
  return false;
}

// True when another body's acronym is written right before a unit's name that leaves out its
// owner: "Country Office in Ukraine" (UNODC's, in the gazetteer) in "the WHO Country Office in
// Ukraine" is the WHO's office, which the patterns name.
bool owned_by_another(const ItemContext& context, std::string_view text,
                      const GazetteerMatch& match, const std::vector<GazetteerMatch>& matches) {
  const KnownEntity& unit = context.lexicon.entities()[match.payload];
  if (unit.parents.empty() || match.begin < 2 || text[match.begin - 1] != ' ') return false;
  for (const GazetteerMatch& other : matches) {
    if (other.end + 1 != match.begin) continue;
    const KnownEntity& body = context.lexicon.entities()[other.payload];
    std::string_view written = text.substr(other.begin, other.end - other.begin);
    if (body.kind == NodeKind::organisation && is_acronym(written) &&
        other.payload != match.payload &&
        std::find(unit.parents.begin(), unit.parents.end(), body.name) == unit.parents.end())
      return true;
  }
  return false;
}

// A country's match among the sentence's gazetteer matches that `next_to` accepts, or none.
const GazetteerMatch* country_match(const ItemContext& context,
                                    const std::vector<GazetteerMatch>& matches, auto next_to) {
  for (const GazetteerMatch& other : matches) {
    const KnownEntity& entity = context.lexicon.entities()[other.payload];
    if (next_to(other) && entity.kind == NodeKind::place && !entity.demonym.empty()) return &other;
  }
  return nullptr;
}

// Where a federation's national member is named around a match of the federation (the
// gazetteer's "type": "federation"), a body of its own: the country right after it ("La Strada
// Moldova", "Transparency International Georgia"), or a country or nationality right before it
// ("the Kenya Red Cross Society", "the Irish Red Cross", "Society" after it joining the name);
// nullopt when the match names the federation itself.
std::optional<std::pair<std::size_t, std::size_t>> federation_member(
    const ItemContext& context, std::string_view text, const GazetteerMatch& match,
    const std::vector<GazetteerMatch>& matches) {
  if (context.lexicon.entities()[match.payload].type != "federation") return std::nullopt;
  if (text.substr(match.end, 1) == " ")
    if (const GazetteerMatch* after = country_match(
            context, matches, [&](const GazetteerMatch& m) { return m.begin == match.end + 1; }))
      return std::pair{match.begin, after->end};
  std::size_t from = std::string::npos;
  if (const GazetteerMatch* before = country_match(
          context, matches, [&](const GazetteerMatch& m) { return m.end + 1 == match.begin; }))
    from = before->begin;
  else if (std::string_view word = capitalised_word_before(text, match);
           !word.empty() && context.lexicon.is_demonym(std::string(word)))
    from = match.begin - 1 - word.size();
  if (from == std::string::npos) return std::nullopt;
  std::size_t to = match.end;
  if (text.substr(to).starts_with(" Society")) to += 8;
  return std::pair{from, to};
}

}  // namespace

void find_gazetteer_mentions(ItemContext& context, std::size_t sentence, bool learned_people) {
  const Span& span = context.out.sentences[sentence].span;
  std::string_view text = context.sentence_text(sentence);
  auto& cached = context.gazetteer_matches;
  if (cached.size() <= sentence) cached.resize(context.out.sentences.size());
  if (!cached[sentence]) cached[sentence] = context.lexicon.index().find_all(text);
  std::size_t inside_member_until = 0;  // a country inside a federation member's name
  for (const GazetteerMatch& match : *cached[sentence]) {
    if (match.begin < inside_member_until) continue;
    Span where{span.in_title, span.begin + match.begin, span.begin + match.end};
    if (context.noise_index.overlaps(where)) continue;
    const KnownEntity& entity = context.lexicon.entities()[match.payload];
    // People learned from the corpus come last, where no pattern found anyone: a pattern's
    // own rule id says more to a rule author than "learned".
    bool learned_person = entity.learned && entity.kind == NodeKind::person;
    if (learned_person != learned_people) continue;
    if (entity.kind == NodeKind::organisation && !entity.learned &&
        (name_goes_on(context, text, match) || names_a_document(context, text, match) ||
         ends_another_name(context, text, match) ||
         of_another_country(context, text, match, *cached[sentence]) ||
         owned_by_another(context, text, match, *cached[sentence]) ||
         opens_a_longer_code(text, match, *cached[sentence])))
      continue;
    if (entity.kind == NodeKind::place &&
        (ends_hyphenated_word(text, match, *cached[sentence]) ||
         opens_a_currency_sign(text, match) ||
         part_of_another_name(context, text, match, *cached[sentence])))
      continue;
    if (learned_people && overlaps_mention(context, sentence, where)) continue;
    Mention mention;
    mention.kind = entity.kind;
    mention.surface = std::string(text.substr(match.begin, match.end - match.begin));
    mention.name = entity.name;
    mention.canonical = entity.name;
    mention.entity = match.payload;
    mention.span = where;
    mention.sentence = sentence;
    mention.rule = entity.rule;
    if (auto member = federation_member(context, text, match, *cached[sentence])) {
      auto [from, to] = *member;
      mention.span = {span.in_title, span.begin + from, span.begin + to};
      mention.surface = std::string(text.substr(from, to - from));
      mention.name = mention.surface;
      mention.canonical.clear();
      mention.entity = kNone;
      mention.rule = "organisation.federation_member";
      inside_member_until = to;
    }
    refer_to_nearest_head(context, mention);
    std::size_t index = context.add(std::move(mention));
    add_prefix_owners(context, index);
    add_parent_named_inside(context, index);
  }
}

}  // namespace kg::extract_detail
