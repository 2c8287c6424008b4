// Places found by pattern (ports, sites); countries, regions and cities come from the
// gazetteers through gazetteer.cpp.
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

}  // namespace

void find_places(ItemContext& context, std::size_t sentence) {
  apply_mention_patterns(context, sentence, "place", NodeKind::place, clean_place);
  find_elliptic_places(context, sentence);
}

}  // namespace kg::extract_detail
