// Places found by pattern (ports, sites); countries, regions and cities come from the
// gazetteers through gazetteer.cpp.
#include <algorithm>

#include "context.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {
namespace {

// "the National Park" or "The International Airport" names no particular site: a name
// needs a word that no vocabulary calls generic (a marker of a known place counts).
std::string clean_place(const ItemContext& context, std::string_view surface,
                        const Pattern& pattern) {
  std::string name = clean_name(surface);
  if (!pattern.options.adjective_endings.empty()) {
    std::string first = split_words(name).front();
    for (const std::string& ending : pattern.options.adjective_endings)
      if (first.size() > ending.size() &&
          first.compare(first.size() - ending.size(), ending.size(), ending) == 0)
        return {};
  }
  static const std::vector<std::string> kGeneric = {
      "generic_modifiers", "not_name_words", "organisation_words", "programme_words", "months",
      "weekdays",          "titles",         "honorifics"};
  std::vector<std::string> words = split_words(name);
  // "Dr Joon Park": a person whose surname is a site's head word.
  if (words.empty()) return {};
  if (in_vocabularies(context.rules, words.front(), {"honorifics", "title_prefixes"})) return {};
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (!in_vocabularies(context.rules, words[i], kGeneric) && words[i] != "International" &&
        words[i] != "National" && words[i] != "Central")
      return name;
  return {};
}

// "Latin and Central America": "Latin" + the head of "Central America" names "Latin
// America" when the lexicon knows that place (see place.elliptic_pair).
void find_elliptic_places(ItemContext& context, std::size_t sentence) {
  const Span& span = context.out.sentences[sentence].span;
  for (const Pattern* pattern : context.rules.patterns_for("place_elliptic")) {
    std::shared_ptr<const Tagged> held = tagged_sentence(context, sentence);
    const Tagged& tagged = *held;
    for (const Groups& match : find_matches(context.rules, *pattern, tagged)) {
      auto first = match.find("first");
      auto place = match.find("place");
      if (first == match.end() || place == match.end() || !first->second.matched) continue;
      std::size_t second = tagged.marker_exactly(place->second.begin, place->second.end);
      if (second == kNone) continue;
      const Mention& whole = context.out.mentions[second];
      std::string name = whole.canonical.empty() ? whole.name : whole.canonical;
      std::size_t head = name.find_last_of(" -");
      if (head == std::string::npos) continue;
      std::string word =
          tagged.text().substr(first->second.begin, first->second.end - first->second.begin);
      auto entity = context.lexicon.find(word + " " + name.substr(head + 1));
      if (!entity || *entity == whole.entity ||
          context.lexicon.entities()[*entity].kind != NodeKind::place)
        continue;
      Mention mention;
      mention.kind = NodeKind::place;
      mention.span = {span.in_title, tagged.to_source(first->second.begin, false),
                      tagged.to_source(first->second.end, true)};
      mention.surface = word;
      mention.name = context.lexicon.entities()[*entity].name;
      mention.canonical = mention.name;
      mention.entity = *entity;
      mention.sentence = sentence;
      mention.rule = pattern->id;
      context.add(std::move(mention));
    }
  }
}

bool is_place_marker(const ItemContext& context, const Tagged& tagged, const Group& group) {
  if (!group.matched) return false;
  std::size_t mention = tagged.marker_exactly(group.begin, group.end);
  return mention != kNone && context.out.mentions[mention].kind == NodeKind::place;
}

// A member of a list of places that no extractor knew: capitalised words of which none is a
// vocabulary's word (an office, a month, a title) and none an acronym (`DEVIDA` of "in Lima
// and DEVIDA" is a body). In a heading, whose words are all capitalised, one word only.
std::string unknown_place_name(const ItemContext& context, std::string_view member) {
  static const std::vector<std::string> kNotPlaceWords = {"generic_modifiers",
                                                          "not_name_words",
                                                          "organisation_words",
                                                          "programme_words",
                                                          "months",
                                                          "weekdays",
                                                          "titles",
                                                          "honorifics",
                                                          "title_prefixes",
                                                          "people_nouns",
                                                          "unit_words",
                                                          "document_words",
                                                          "place_modifiers"};
  std::string name = clean_name(member);
  std::vector<std::string> words = split_words(name);
  if (words.empty() || (context.in_heading(member) && words.size() > 1)) return {};
  for (const std::string& word : words) {
    if (in_vocabularies(context.rules, word, kNotPlaceWords)) return {};
    std::size_t capitals = 0;
    for (char c : word) capitals += c >= 'A' && c <= 'Z';
    if (capitals > 1 && word.find('-') == std::string::npos) return {};
  }
  return name;
}

// Whether a word is one of a person's names that the item has found: "in Agadez, and
// Pellegrini-Vitale called for ..." lists a clause, not a town.
bool names_a_person(const ItemContext& context, std::string_view name) {
  std::vector<std::string> words = split_words(name);
  for (const Mention& m : context.out.mentions) {
    if (m.removed || m.kind != NodeKind::person) continue;
    for (const std::string& part : split_words(m.name))
      if (std::find(words.begin(), words.end(), part) != words.end()) return true;
  }
  return false;
}

}  // namespace

// "in Nairobi, Mombasa and Eldoret", "in Termez, Uzbekistan": a capitalised name listed with a
// known place, or placed in one after a comma, after a preposition of place, is a place too.
// Patterns capture `list` (the members) and may capture `anchor` (the place after a comma).
void find_listed_places(ItemContext& context, std::size_t sentence) {
  const Span& span = context.out.sentences[sentence].span;
  for (const Pattern* pattern : context.rules.patterns_for("place_list")) {
    std::shared_ptr<const Tagged> held = tagged_sentence(context, sentence);
    const Tagged& tagged = *held;
    for (const Groups& match : find_matches(context.rules, *pattern, tagged)) {
      auto list = match.find("list");
      if (list == match.end() || !list->second.matched) continue;
      auto anchor = match.find("anchor");
      bool placed = anchor != match.end() && is_place_marker(context, tagged, anchor->second);
      const std::string_view text(tagged.text());
      auto parts =
          list_members(text.substr(list->second.begin, list->second.end - list->second.begin),
                       list->second.begin, "");
      for (auto [b, e] : parts) placed |= is_place_marker(context, tagged, {b, e, true});
      if (!placed) continue;
      for (auto [b, e] : parts) {
        if (tagged.inside_marker(b) || !tagged.markers_in(b, e).empty()) continue;
        Mention mention;
        mention.kind = NodeKind::place;
        mention.span = {span.in_title, tagged.to_source(b, false), tagged.to_source(e, true)};
        mention.surface = std::string(context.text(mention.span));
        mention.name = unknown_place_name(context, context.text(mention.span));
        if (mention.name.empty() || names_a_person(context, mention.name)) continue;
        mention.sentence = sentence;
        mention.rule = pattern->id;
        context.add(std::move(mention));
      }
    }
  }
}

void find_places(ItemContext& context, std::size_t sentence) {
  apply_mention_patterns(context, sentence, "place", NodeKind::place, clean_place);
  find_elliptic_places(context, sentence);
}

}  // namespace kg::extract_detail
