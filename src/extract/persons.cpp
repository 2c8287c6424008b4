// People: honorific + name, title + name, name + title apposition, lists after "Messrs".
// No list of people: a name is whatever capitalised words the patterns frame, cut at the
// first word that a vocabulary says is not part of a name.
#include <algorithm>
#include <cstdlib>

#include "context.hpp"
#include "kg/utf8.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {
namespace {

// "d'Aubigny": an elided particle written onto a capitalised surname is no lower-case word.
bool starts_lower(std::string_view word) {
  // "d'Aubigny", and Arabic surnames with their article: "al-Faouri", "el-Khoury".
  for (std::string_view elided : {"d'", "d\xE2\x80\x99", "al-", "el-", "ul-", "ad-", "as-", "ash-",
                                  "at-", "az-", "an-", "ar-"})
    if (word.size() > elided.size() && word.substr(0, elided.size()) == elided &&
        utf8::is_upper(utf8::decode(word, elided.size()).first))
      return false;
  return !word.empty() && utf8::is_lower(utf8::decode(word, 0).first);
}

// A word of three letters or more, all capitals: a surname written in capitals.
bool all_capitals(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    auto [cp, len] = utf8::decode(word, i);
    i += len;
    if (utf8::is_lower(cp)) return false;
    if (utf8::is_upper(cp)) ++letters;
  }
  return letters >= 3;
}

// "HOLMQVIST" -> "Holmqvist", "DE LA CRUZ" words one by one.
std::string title_case(std::string_view word) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    auto [cp, len] = utf8::decode(word, i);
    i += len;
    utf8::append(out, static_cast<char32_t>(first ? cp : utf8::to_lower(cp)));
    first = utf8::is_apostrophe(cp) || cp == '-';
  }
  return out;
}

// Names written in capitals: "Lars HOLMQVIST" is Lars Holmqvist, and a surname in capitals
// before the given names ("HOLMQVIST Lars", a common form in lists) goes after them. Words
// the lexicon knows (acronyms of bodies) are not surnames.
void normalise_capitals(const ItemContext& context, std::vector<std::string>& kept) {
  if (kept.size() < 2 || kept.size() > 4) return;
  std::size_t capitals = 0;
  for (const std::string& word : kept)
    if (all_capitals(word)) {
      if (context.lexicon.find(word)) return;
      ++capitals;
    }
  if (capitals == 0) return;
  // "Ms ANNA KOWALSKA-NOWAK": a whole name in capitals keeps its order.
  if (capitals == kept.size()) {
    for (std::string& word : kept) word = title_case(word);
    return;
  }
  bool surname_first = all_capitals(kept.front()) && !all_capitals(kept.back());
  for (std::string& word : kept)
    if (all_capitals(word)) word = title_case(word);
  if (surname_first) std::rotate(kept.begin(), kept.begin() + 1, kept.end());
}

// Whether the words a pattern kept as a name (`words` of them) name a person: not a title of
// several capitalised words, the whole of what the pattern took ("Mr A, Chargé d'Affaires of
// the EU Delegation"), nor a name that the lexicon knows as something else.
bool names_someone(const ItemContext& context, const std::string& name, std::size_t words) {
  if (words >= 2 && in_vocabularies(context.rules, name, {"titles"})) return false;
  auto known = context.lexicon.find(name);
  return !known || context.lexicon.entities()[*known].kind == NodeKind::person;
}

std::string clean_person(const ItemContext& context, std::string_view surface,
                         const Pattern& pattern) {
  std::vector<std::string> words = split_words(clean_name(surface));
  static const std::vector<std::string> kStops = {"not_name_words",     "titles",
                                                  "title_prefixes",     "months",
                                                  "weekdays",           "organisation_words",
                                                  "programme_words",    "honorifics",
                                                  "rank_abbreviations", "not_person_words"};
  std::size_t first = 0;
  while (first < words.size() && in_vocabularies(context.rules, words[first], {"honorifics"}))
    ++first;
  std::vector<std::string> kept;
  for (std::size_t i = first; i < words.size(); ++i) {
    // An initial ("A.", "J.-P.") is part of a name, whatever the stop lists hold.
    const std::string& w = words[i];
    auto upper_dot = [&](std::size_t at) {
      return w[at + 1] == '.' && utf8::is_upper(static_cast<unsigned char>(w[at]));
    };
    bool initial =
        (w.size() == 2 && upper_dot(0)) ||
        (w.size() == 5 && upper_dot(0) && w[2] == '-' && upper_dot(3)) ||
        (w.size() > 2 && w.back() == '.' &&
         in_vocabularies(context.rules, w.substr(0, w.size() - 1), {"initial_digraphs"})) ||
        // "Karen St. Rose": a surname may open with "St.", though a name never does.
        (w == "St." && i > first && i + 1 < words.size());
    if (initial) {
      kept.push_back(words[i]);
      continue;
    }
    std::string word = clean_name(words[i]);
    // "Mr Jan Kowalski", "Ms May Lee": a month opening a name that goes on is a given name.
    bool given_name = i == first && i + 1 < words.size() && word == words[i] &&
                      in_vocabularies(context.rules, word, {"months"});
    // "UNODC Prison Reform Officer Ms A", "UNODC Gender Focal Point": capitalised words that
    // run into a job title are the title's, not a name. Not titles that follow names as well
    // as precede them ("Ms Ana Roe MEP").
    auto job_title = [&](const std::string& words_here) {
      return in_vocabularies(context.rules, words_here, {"titles"}) &&
             !in_vocabularies(context.rules, words_here, {"title_prefixes"});
    };
    bool title_follows = job_title(word) ||
                         (i + 1 < words.size() && job_title(word + " " + clean_name(words[i + 1])));
    if (!kept.empty() && title_follows) return {};
    if (!given_name && in_vocabularies(context.rules, word, kStops)) {
      // "Director of Treaty Affairs Jean-Baptiste N'Diaye": a pattern that took the end of a
      // title's complement into the name leaves the name after it, when two words remain.
      auto rest_is_name = [&] {
        return words.size() - i - 1 >= 2 &&
               std::none_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end(),
                            [&](const std::string& w) {
                              return in_vocabularies(context.rules, clean_name(w), kStops);
                            });
      };
      // "Deputy Prosecutor General Bounthavy Sisouphanthong": the pattern's title ended at
      // "Prosecutor", so the rest of a title of several words came into the name. "Singer A
      // B": an occupation written like a title.
      if (kept.empty() &&
          in_vocabularies(context.rules, word,
                          {"not_name_words", "titles", "title_prefixes", "not_person_words"}) &&
          rest_is_name())
        continue;
      break;
    }
    kept.push_back(word);
    if (word != words[i]) break;  // a possessive or punctuation ends the name
  }
  while (!kept.empty() && starts_lower(kept.back())) kept.pop_back();
  normalise_capitals(context, kept);
  std::size_t min_tokens = pattern.options.min_tokens;
  std::size_t capitals = 0;
  for (const std::string& word : kept)
    if (!starts_lower(word)) ++capitals;
  if (kept.empty() || capitals < min_tokens) return {};
  std::string name;
  for (const std::string& word : kept) name += (name.empty() ? "" : " ") + word;
  return names_someone(context, name, kept.size()) ? name : std::string();
}

// "Ms Ana Lima": a one-word place right after a person's name is the rest of the name, not
// the city; the person takes it over.
void absorb_place_surnames(ItemContext& context, std::size_t sentence) {
  auto ids = context.mentions_in(sentence);
  for (std::size_t p : ids) {
    Mention& person = context.out.mentions[p];
    if (person.kind != NodeKind::person || person.entity != kNone) continue;
    for (std::size_t q : ids) {
      Mention& place = context.out.mentions[q];
      if (place.removed || place.kind != NodeKind::place || place.span.begin != person.span.end + 1)
        continue;
      if (context.text({person.span.in_title, person.span.end, place.span.begin}) != " ") continue;
      if (place.surface.find(' ') != std::string::npos) continue;
      // "Ambassador Ana Lima Peru's envoy": a possessive place is not a surname.
      std::string_view after =
          context.text({place.span.in_title, place.span.end, place.span.end + 4});
      if (after.rfind("'s", 0) == 0 || after.rfind("\xE2\x80\x99s", 0) == 0) continue;
      place.removed = true;
      person.span.end = place.span.end;
      person.surface = std::string(context.text(person.span));
      person.name += " " + place.surface;
    }
  }
}

// "Ms Sofia Lindahl-Obi", "Ambassador Jordan Ekwueme": a one-word place right after an
// honorific or a title and before another capitalised word is a given name, not the city or
// country; right after an honorific it is a name whatever follows ("Ms Guerrero said"), and
// so is one right after such a given name ("Ms Sofia Guerrero": Sofia, Bulgaria's capital, and
// Guerrero, a Mexican state). "Ambassador Joost van der Brugge": one after a name's particle is
// its surname.
void release_place_given_names(ItemContext& context, std::size_t sentence) {
  const Span& span = context.out.sentences[sentence].span;
  std::size_t released_end = std::string::npos;  // where the last given name released ends
  for (std::size_t q : context.mentions_in(sentence)) {
    Mention& place = context.out.mentions[q];
    if (place.kind != NodeKind::place || place.surface.find(' ') != std::string::npos) continue;
    if (after_name_particle(context, span, place.span.begin) ||
        (released_end != std::string::npos && place.span.begin == released_end + 1 &&
         context.text({place.span.in_title, released_end, place.span.begin}) == " ")) {
      place.removed = true;
      continue;
    }
    std::string_view before = context.text({place.span.in_title, 0, place.span.begin});
    if (before.empty() || before.back() != ' ') continue;
    before.remove_suffix(1);
    std::size_t word = before.find_last_of(" (\n");
    std::string_view honorific = before.substr(word == std::string_view::npos ? 0 : word + 1);
    const bool after_honorific = in_vocabularies(context.rules, honorific, {"honorifics"});
    if (!after_honorific && !in_vocabularies(context.rules, honorific, {"title_prefixes"}))
      continue;
    std::string_view after =
        context.text({place.span.in_title, place.span.end, place.span.end + 3});
    const bool name_follows =
        after.size() >= 2 && after[0] == ' ' && utf8::is_upper(utf8::decode(after, 1).first);
    if (!name_follows && !after_honorific) continue;
    place.removed = true;
    if (name_follows) released_end = place.span.end;
  }
}

}  // namespace

void find_persons(ItemContext& context, std::size_t sentence) {
  release_place_given_names(context, sentence);
  apply_mention_patterns(context, sentence, "person", NodeKind::person, clean_person);
  absorb_place_surnames(context, sentence);
}

}  // namespace kg::extract_detail
