// Organisations found by pattern: units of a named owner, ministries, offices, names
// ending in an organisation word. Gazetteer organisations come from gazetteer.cpp.
#include "context.hpp"
#include "kg/utf8.hpp"
#include "name_filters.hpp"
#include "page_header_body.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace kg::extract_detail {
namespace {

bool ends_with_title(const Rules& rules, std::string_view head) {
  for (const std::string& title : rules.words("titles"))
    if (head.size() >= title.size() && head.substr(head.size() - title.size()) == title &&
        (head.size() == title.size() || head[head.size() - title.size() - 1] == ' '))
      return true;
  return false;
}

// The words after "TITLE of|to|at (the)" when the words before the link end with a job title.
// "Policy Officer in the Drugs Unit of the Commission": a title in a unit is cut first, as
// the "of" after it belongs to the unit.
std::string without_leading_title(const Rules& rules, std::string name) {
  // "the Drug Control Agency under the President of Tajikistan": a title after "under the" is
  // the authority the body answers to, part of its official name.
  const std::size_t under = name.find(" under the ");
  // "the Office of the Attorney General in Mogadishu" is a body named for its title holder,
  // and where it sits is no part of its name.
  const bool office_of_title = name.starts_with("Office of ");
  for (const char* link : {" in the ", " in "})
    if (std::size_t at = name.find(link);
        at != std::string::npos && at < under &&
        ends_with_title(rules, std::string_view(name).substr(0, at)))
      return office_of_title ? name.substr(0, at) : name.substr(at + std::string_view(link).size());
  for (const char* link : {" of the ", " of ", " to the ", " to ", " at the ", " at "}) {
    std::size_t at = name.find(link);
    if (at == std::string::npos) continue;
    if (at > under) return name;
    // "Judges of the Supreme Court of Justice": people of a body in the plural, capitalised at
    // a sentence's start, are no part of its name.
    const std::string_view head = std::string_view(name).substr(0, at);
    if (head.find(' ') == std::string_view::npos &&
        in_vocabularies(rules, ascii_lower(std::string(head)), {"people_nouns"}))
      return name.substr(at + std::string_view(link).size());
    if (!ends_with_title(rules, head)) return name;
    std::string rest = name.substr(at + std::string_view(link).size());
    // "Secretary of State for Internal Administration": the title goes on past "of" ("Secretary
    // of State"), and what follows it is a portfolio, no body.
    std::size_t word_end = std::min(rest.find(' '), rest.size());
    if (ends_with_title(rules,
                        std::string_view(name).substr(0, name.size() - rest.size() + word_end)))
      return {};
    return rest;
  }
  return name;
}

// "Li Ping of the National Police Agency", "Ana Roe and Li Ping of the High Court": names of
// two or three capitalised words before "of", alone or listed, that hold no word of a body's
// name are people's names, and the body is what follows.
bool names_people(const Rules& rules, std::string_view head) {
  std::size_t name_words = 0;
  // A name ends at "and", a comma or the end, with two or three words.
  auto name_ends = [&name_words] {
    const bool whole = name_words >= 2 && name_words <= 3;
    name_words = 0;
    return whole;
  };
  for (std::string word : split_words(head)) {
    if (word == "and") {
      if (!name_ends()) return false;
      continue;
    }
    const bool comma = word.ends_with(',');
    if (comma) word.pop_back();
    if (word.empty() || !utf8::is_upper(static_cast<unsigned char>(word[0])) ||
        in_vocabularies(rules, word,
                        {"organisation_words", "generic_modifiers", "not_name_words", "unit_words",
                         "titles", "programme_words"}))
      return false;
    ++name_words;
    if (comma && !name_ends()) return false;
  }
  return name_ends();
}

std::string without_leading_person(const Rules& rules, std::string name) {
  std::size_t of = name.find(" of ");
  if (of == std::string::npos || !names_people(rules, std::string_view(name).substr(0, of)))
    return name;
  std::string rest = name.substr(of + 4);
  if (rest.compare(0, 4, "the ") == 0) rest.erase(0, 4);
  return rest;
}

// "Ana Roe" in "Commissioner General Ana Roe of the Federal Police", not "Prosecutor's Office"
// in "General Prosecutor's Office of Moldova".
bool names_a_person(const Rules& rules, std::string_view words) {
  if (words.find("'s") != std::string_view::npos || words.find("’s") != std::string_view::npos)
    return false;
  for (const std::string& word : split_words(words))
    if (in_vocabularies(rules, word, {"organisation_words", "unit_words"})) return false;
  return true;
}

// "met on 16 and 17 February for the Policy Consultative Group": a month or weekday that
// opens a name, followed by a small word, says when; the body's name starts after it.
std::string without_leading_date(const Rules& rules, std::string name) {
  std::size_t space = name.find(' ');
  if (space == std::string::npos ||
      !in_vocabularies(rules, std::string_view(name).substr(0, space), {"weekdays", "months"}))
    return name;
  std::size_t word = space + 1;
  std::size_t end = name.find(' ', word);
  if (end == std::string::npos || !utf8::is_lower(static_cast<unsigned char>(name[word])))
    return name;
  std::size_t start = end + 1;
  if (name.compare(start, 4, "the ") == 0) start += 4;
  return name.substr(start);
}

// "UNODC's Programme Office in Almaty" is the UNODC Programme Office in Almaty: an acronym
// owner's possessive is no part of the name ("Queen's College" keeps its own). "the Baltic
// Drug Observatory on Monday", "the Moroccan Ministry of Justice in October": a day or month
// is when, not the body's field or seat.
std::string without_possessive_and_date(const Rules& rules, std::string name) {
  if (std::size_t mark = name.find("'s "); mark != std::string::npos) {
    std::size_t word = name.rfind(' ', mark);
    word = word == std::string::npos ? 0 : word + 1;
    if (is_acronym(std::string_view(name).substr(word, mark - word))) name.erase(mark, 2);
  }
  // "who chairs the Committee for the Presidency": for whom the chair acts, not a name; a
  // head word left alone refers back to a body named before (represents.cpp).
  if (std::size_t at = name.find(" for the Presidency"); at != std::string::npos) {
    name.erase(at);
    if (in_vocabularies(rules, ascii_lower(name), {"referring_heads"})) return {};
  }
  for (std::string_view when : {" on ", " in "})
    for (std::size_t at = name.find(when); at != std::string::npos; at = name.find(when, at + 1)) {
      std::string_view next = std::string_view(name).substr(at + when.size());
      next = next.substr(0, next.find(' '));
      if (in_vocabularies(rules, next, {"weekdays", "months"})) {
        name.erase(at);
        break;
      }
    }
  return without_leading_date(rules, std::move(name));
}

// "the Delegation of the European Union to Colombia in Bogotá", "... to ASEAN in Jakarta": a
// mission accredited to a place or a body it names sits in a city that is no part of its name.
// Not "... to the International Organisations in Vienna", nor "... to the United Nations in
// Vienna": the UN has several seats, and a mission to one names it.
std::string without_seat_after_accreditation(const ItemContext& context, std::string name) {
  std::size_t to = name.find(" to ");
  if (to == std::string::npos) return name;
  std::size_t in = name.find(" in ", to + 4);
  if (in == std::string::npos) return name;
  std::string accredited = name.substr(to + 4, in - to - 4);
  if (accredited.compare(0, 4, "the ") == 0) accredited.erase(0, 4);
  auto known = context.lexicon.find(accredited);
  if (!known) return name;
  const KnownEntity& body = context.lexicon.entities()[*known];
  if (body.kind == NodeKind::place || (body.kind == NodeKind::organisation && body.group != "un"))
    name.erase(in);
  return name;
}

// "Finland's Permanent Representation to the EU" is the Permanent Representation of Finland
// to the EU: the name a mission gives itself, and the one other pages use.
std::string mission_named_in_full(std::string name) {
  for (const char* body : {"'s Permanent Representation ", "'s Permanent Mission ",
                           "'s Representation ", "'s Mission ", "’s Permanent Representation ",
                           "’s Permanent Mission ", "’s Representation ", "’s Mission "}) {
    std::size_t mark = name.find(body);
    if (mark == std::string::npos) continue;
    std::string country = name.substr(0, mark);
    std::string rest = name.substr(mark + std::string_view(body).size());
    std::string office(std::string_view(body).substr(body[0] == '\'' ? 3 : 5));
    office.pop_back();
    if (rest.compare(0, 3, "to ") != 0 && rest.compare(0, 3, "in ") != 0) return name;
    return office + " of " + country + " " + rest;
  }
  return name;
}

bool all_capitalised(const std::vector<std::string>& words) {
  return std::all_of(words.begin(), words.end(),
                     [](const std::string& word) { return word[0] >= 'A' && word[0] <= 'Z'; });
}

// "Commissioner General Ana Roe of the Federal Police", "Justice Ana Roe of the High Court": a
// title and a person's name before "of" are no part of the body's name. Nor are the capitalised
// words that open a longer title ("National Police Commissioner Ana Roe of the Danish National
// Police"); inside a name, the person's words are capitalised too ("Agency under the President
// of X", "Directorate General for the Control of X" are names).
std::string without_titled_person(const Rules& rules, std::string name) {
  for (const char* vocabulary : {"title_prefixes", "judicial_titles"})
    for (const std::string& title : rules.words(vocabulary))
      for (std::size_t at = name.find(title); at != std::string::npos;
           at = name.find(title, at + 1)) {
        const std::size_t end = at + title.size();
        const std::size_t of = name.find(" of ", end);
        if (of == std::string::npos) break;
        if ((at != 0 && name[at - 1] != ' ') || name[end] != ' ' || of <= end + 1 ||
            !all_capitalised(split_words(std::string_view(name).substr(0, at))))
          continue;
        const std::string_view person = std::string_view(name).substr(end + 1, of - end - 1);
        if ((at == 0 || all_capitalised(split_words(person))) && names_a_person(rules, person)) {
          name.erase(0, of + 4);
          if (name.compare(0, 4, "the ") == 0) name.erase(0, 4);
          return name;
        }
      }
  return name;
}

// "l'Aviation" -> "Aviation": a French or Italian article elided before a name's word.
std::string_view without_elided_article(std::string_view word) {
  if (word.size() < 3 || (word[0] != 'l' && word[0] != 'd' && word[0] != 'L' && word[0] != 'D'))
    return word;
  if (word[1] == '\'') return word.substr(2);
  if (word.substr(1, 3) == "\xE2\x80\x99") return word.substr(4);
  return word;
}

// Whether some capitalised word of a body's name is no common word of bodies' names: the
// "Aviation" of "Direction de l'Aviation", not the "Crime" of "the Crime Division".
bool has_proper_word(const Rules& rules, const std::vector<std::string>& words) {
  for (const std::string& written : words) {
    std::string_view word = without_elided_article(written);
    if (word.empty() || (word[0] >= 'a' && word[0] <= 'z')) continue;
    if (!in_vocabularies(rules, word,
                         {"generic_modifiers", "organisation_words", "not_name_words"}))
      return true;
  }
  return false;
}

// Whether some word of `words` is an organisation's head word ("Police", "Ministry").
bool names_a_body(const Rules& rules, std::string_view words) {
  for (const std::string& word : split_words(words))
    if (in_vocabularies(rules, word, {"organisation_words"})) return true;
  return false;
}

// Whether the words after a rank, up to "of", are a person's name: two or more capitalised
// words, none a body's ("Myrat Annayev of the ..."; not "General Investigation").
bool ranked_person_next(const Rules& rules, std::string_view after) {
  after = after.substr(0, after.find(" of "));
  std::vector<std::string> words = split_words(after);
  return words.size() >= 2 && names_a_person(rules, after) &&
         std::all_of(words.begin(), words.end(), [](const std::string& word) {
           return std::isupper(static_cast<unsigned char>(word.front())) != 0;
         });
}

// Whether `text` opens with a job title of the vocabularies, a prefix ("Deputy") allowed.
bool opens_with_title(const Rules& rules, std::string_view text) {
  for (const std::string& prefix : rules.words("title_prefixes"))
    if (text.size() > prefix.size() && text.starts_with(prefix) && text[prefix.size()] == ' ') {
      text.remove_prefix(prefix.size() + 1);
      break;
    }
  for (const std::string& title : rules.words("titles"))
    if (text.starts_with(title) && (text.size() == title.size() ||
                                    !std::isalpha(static_cast<unsigned char>(text[title.size()]))))
      return true;
  return false;
}

// "Mr Ramon B. Bautista of the Supreme Court": a match that starts right after a middle
// initial starts with the person's surname; the body, if any, is what follows "of (the)".
std::string_view without_surname_after_initial(const ItemContext& context,
                                               std::string_view surface) {
  std::optional<std::size_t> after = context.body_offset_after(surface);
  if (!after) return surface;
  const std::size_t start = *after - surface.size();
  const std::string_view before = std::string_view(context.item.text).substr(0, start);
  // "... Ramon B. ": a capitalised word, a capital letter and its full stop.
  if (before.size() < 5 || !before.ends_with(". ")) return surface;
  const unsigned char initial = static_cast<unsigned char>(before[before.size() - 3]);
  const unsigned char space = static_cast<unsigned char>(before[before.size() - 4]);
  if (!std::isupper(initial) || space != ' ' ||
      !std::isalpha(static_cast<unsigned char>(before[before.size() - 5])))
    return surface;
  const std::size_t of = surface.find(" of ");
  if (of == std::string_view::npos || surface.substr(0, of).find(' ') != std::string_view::npos)
    return {};
  std::string_view rest = surface.substr(of + 4);
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  return rest;
}

// "CIVIPOL's FORSAH Team Leader", "the Mission's Border Unit Chief": the unit's head word opens
// a job title that goes on after the match; the words before it qualify the post, no body.
bool head_opens_title(const ItemContext& context, std::string_view surface) {
  std::optional<std::size_t> after = context.body_offset_after(surface);
  if (!after) return false;
  std::string_view rest = std::string_view(context.item.text).substr(*after);
  if (!rest.starts_with(' ') || rest.size() < 2 ||
      !std::isupper(static_cast<unsigned char>(rest[1])))
    return false;
  const std::size_t space = surface.rfind(' ');
  const std::string head(space == std::string_view::npos ? surface : surface.substr(space + 1));
  // Only a unit's head word opens such a title: the others cost no scan of the titles.
  if (!in_vocabularies(context.rules, head, {"unit_words"})) return false;
  return !opens_with_title(context.rules, head) &&
         opens_with_title(context.rules, head + std::string(rest.substr(0, 40)));
}

// "the High Court of Malawi and Blessings Mphande, Chief Commissioner of the Prisons Service":
// a person's name after the last "and" (ranked_person_next: capitalised words, none a body's),
// then a comma and a job title, is the next person of a list, named without an honorific.
std::string without_person_before_title(const ItemContext& context, std::string_view surface,
                                        std::string name) {
  std::size_t at = name.rfind(" and ");
  // "Ministry of Digital Development, Innovations and Aerospace Industry": a series of fields.
  if (at == std::string::npos || name.find(',') != std::string::npos) return name;
  std::string_view person = std::string_view(name).substr(at + 5);
  if (split_words(person).size() > 4 || !ranked_person_next(context.rules, person)) return name;
  std::optional<std::size_t> after = context.body_offset_after(surface);
  if (!after) return name;
  std::string_view rest = std::string_view(context.item.text).substr(*after);
  if (!rest.starts_with(", ")) return name;
  rest.remove_prefix(2);
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  if (opens_with_title(context.rules, rest)) name.erase(at);
  return name;
}

// "Ms Roe of the X", "Lt Col A of the X": a name opening with an honorific or an abbreviated
// rank holds a person; the body is what follows the first "of" ("" with none). Nothing when
// the name opens with neither.
std::optional<std::string> body_after_person(const Rules& rules, const std::string& name) {
  // A rank may be written with its full stop ("Lt. Col."); after an honorific a stop is
  // another word's ("U.S. Embassy" is no "U Thein").
  struct Opening {
    const char* vocabulary;
    bool stop_allowed;
  };
  for (const Opening kind : {Opening{"honorifics", false}, Opening{"rank_abbreviations", true}})
    for (const std::string& opening : rules.words(kind.vocabulary)) {
      if (name.size() <= opening.size() || name.compare(0, opening.size(), opening) != 0) continue;
      const char after = name[opening.size()];
      if (after != ' ' && !(kind.stop_allowed && after == '.')) continue;
      const std::size_t of = name.find(" of ");
      if (of == std::string::npos) return std::string();
      std::string body = name.substr(of + 4);
      if (body.compare(0, 4, "the ") == 0) body.erase(0, 4);
      return body;
    }
  return std::nullopt;
}

}  // namespace

// A name made of generic words only ("Steering Committee", "National Police") names no
// particular body: rejected.
// A pattern may require the name to start with one of its "name_starts_with" words (a
// marker in the regex hides which organisation it stands for).
// The body's part of a name that people were read into. "Ms Roe and Mr Lange of the
// Anti-Fraud Office of Ruritania": the body is what follows the first "of"; with no "of" there
// is no body (""). "Ministry of Interior and Ms Lund": a name ends before "and" + honorific,
// also where the match stopped at the honorific ("the Police Narcotic Bureau of Sri Lanka and
// Mr. A"), and before "and" + a rank and a name.
std::string without_people(const Rules& rules, std::string name) {
  if (std::optional<std::string> body = body_after_person(rules, name)) {
    if (body->empty()) return {};
    name = std::move(*body);
  }
  for (const std::string& honorific : rules.words("honorifics")) {
    if (std::size_t at = name.find(" and " + honorific + " "); at != std::string::npos)
      name.erase(at);
    const std::string tail = " and " + honorific;
    if (name.size() > tail.size() && name.ends_with(tail)) name.erase(name.size() - tail.size());
  }
  // "the Afghan Border Police and Colonel A of the State Border Service": a rank and a name
  // after "and" are the next person of a list, where "and Public Prosecutor's Office" is not.
  // Only after a body's name: "Commander A and Lieutenant Commander B of the Navy" is people.
  // Most names hold no " and ": the titles are looked at only after one.
  for (std::size_t at = name.find(" and "); at != std::string::npos;
       at = name.find(" and ", at + 1)) {
    const std::string_view rest = std::string_view(name).substr(at + 5);
    for (const std::string& title : rules.words("title_prefixes"))
      if (rest.size() > title.size() + 1 && rest.starts_with(title) && rest[title.size()] == ' ' &&
          ranked_person_next(rules, rest.substr(title.size() + 1)) &&
          names_a_body(rules, std::string_view(name).substr(0, at))) {
        name.erase(at);
        return name;
      }
  }
  return name;
}

// "the State Border Service", "the Drug Enforcement Agency": three capitalised words before a
// body's head name a national body in running text, where two ("the Border Service") are a
// kind of body. Not a unit ("a Port Control Unit" is one of many), not a name with a generic
// word ("the International Steering Committee" of a programme), nor a name cut short ("the
// West Africa Police Information System").
bool names_national_body(const ItemContext& context, std::string_view surface,
                         const std::vector<std::string>& words) {
  if (words.size() < 3 || context.in_heading(surface) || context.runs_on_capitalised(surface))
    return false;
  for (const std::string& word : words)
    if (word.empty() || !utf8::is_upper(static_cast<unsigned char>(word[0])) ||
        in_vocabularies(context.rules, word, {"generic_modifiers"}))
      return false;
  return in_vocabularies(context.rules, words.back(), {"organisation_words"}) &&
         !in_vocabularies(context.rules, words.back(), {"subunit_words"});
}

// "the Prisons Department", "the Customs Department", "the Fisheries Department": a field in the
// plural before "Department" names a country's department, as Commonwealth governments call
// them, where "the Legal Department" is some body's part.
bool names_field_department(const ItemContext& context, std::string_view surface,
                            const std::vector<std::string>& words) {
  return words.size() == 2 && words[1] == "Department" && words[0].size() > 4 &&
         words[0].back() == 's' && words[0] != "Affairs" &&
         utf8::is_upper(static_cast<unsigned char>(words[0][0])) && !context.in_heading(surface) &&
         !in_vocabularies(context.rules, words[0], {"generic_modifiers"});
}

// "the National Police", "the National Gendarmerie": the country's one force of that kind, where
// "the National Commission" names no body in particular.
bool names_national_force(const ItemContext& context, const std::string& name,
                          const std::vector<std::string>& words) {
  return words.size() >= 2 && words[0] == "National" &&
         in_vocabularies(context.rules, name.substr(name.find(' ') + 1), {"national_force_heads"});
}

// "co-hosted by the Ministry, the Delegation of the European Union to Bangladesh and UNODC",
// "Bolivia's Vice-Ministry of Social Defence and SUNAT sent observers": a body is accredited to
// countries and regional bodies, and a ministry's field is no acronym; a UN body, a national
// one or an acronym after the last "and" is the list's next item.
std::string without_listed_body(const ItemContext& context, std::string name) {
  std::size_t at = name.rfind(" and ");
  if (at == std::string::npos) return name;
  std::string_view tail = std::string_view(name).substr(at + 5);
  if (tail.starts_with("the ")) tail.remove_prefix(4);
  bool acronym = tail.size() >= 2 && std::all_of(tail.begin(), tail.end(), [](char c) {
                   return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                 });
  // A delegation "to Nigeria and ECOWAS" is accredited to both.
  bool accredited =
      name.find(" to ") != std::string::npos || name.find(" in ") != std::string::npos;
  std::optional<std::size_t> entity = context.lexicon.find(tail);
  // No one is accredited to a country's own ministry or agency: "the EU Delegation to Jamaica
  // and Global Affairs Canada" are two bodies.
  const std::string group = entity ? context.lexicon.entities()[*entity].group : std::string();
  if ((acronym && !accredited) || group == "un" || group == "national") name.erase(at);
  return name;
}

// Whether a body's head word is followed by what the body is for: "Centre" in "National
// Monitoring Centre for Drugs", "Office" in "Central Office for Narcotics". With four
// capitalised words, common ones name one body (as a unit's head at the end does).
bool head_before_complement(const Rules& rules, const std::vector<std::string>& words) {
  for (std::size_t i = 1; i + 2 < words.size(); ++i)
    if ((words[i + 1] == "for" || words[i + 1] == "of" || words[i + 1] == "on") &&
        in_vocabularies(rules, words[i], {"organisation_words"}))
      return true;
  return false;
}

namespace {

// The part of a match that may name a body, or nothing: decided on the surface alone, before
// any cleaning is spent on the name.
std::string_view part_naming_a_body(const ItemContext& context, std::string_view surface,
                                    const Pattern& pattern) {
  if (pattern.options.whole_name && context.runs_on_capitalised(surface)) return {};
  if (context.names_a_project(surface) || head_opens_title(context, surface)) return {};
  return without_surname_after_initial(context, surface);
}

}  // namespace

std::string clean_organisation(const ItemContext& context, std::string_view surface,
                               const Pattern& pattern) {
  if (pattern.options.page_body) return body_of_page_header(context, surface);
  surface = part_naming_a_body(context, surface, pattern);
  if (surface.empty()) return {};
  std::string name = without_descriptor(
      context.rules, without_opening_preposition(context.rules, clean_name(surface)));
  name = without_possessive_and_date(context.rules, std::move(name));
  name = without_seat_after_accreditation(context, mission_named_in_full(std::move(name)));
  name =
      without_person_before_title(context, surface, without_people(context.rules, std::move(name)));
  name = without_listed_body(context, std::move(name));
  if (name.empty()) return {};
  // "Chief of the Crime Section", "Deputy Director-General to the Regional Office": a leading
  // job title, whatever words qualify it, is not part of the name.
  name = without_leading_person(context.rules, std::move(name));
  std::string before_title_cut = name;
  name = without_leading_title(context.rules, std::move(name));
  if (name.empty()) return {};
  // "X Deputy Director-General to the Regional Office": the rest is where the holder goes.
  bool sent_to_rest = name.size() != before_title_cut.size() &&
                      (before_title_cut.find(" to ") != std::string::npos ||
                       before_title_cut.find(" at ") != std::string::npos) &&
                      before_title_cut.find(" of ") == std::string::npos;
  name = without_titled_person(context.rules, std::move(name));
  if (!pattern.options.name_starts_with.empty()) {
    bool starts_well = false;
    for (const std::string& start : pattern.options.name_starts_with)
      if (name.size() > start.size() && name.compare(0, start.size(), start) == 0 &&
          name[start.size()] == ' ')
        starts_well = true;
    if (!starts_well) return {};
  }
  for (const std::string& venue : context.rules.words("venue_heads"))
    if (name.size() > venue.size() && name.ends_with(venue) &&
        name[name.size() - venue.size() - 1] == ' ')
      return {};  // a venue: a place (place.site), not a body
  std::vector<std::string> words = split_words(name);
  bool specific = has_proper_word(context.rules, words);
  // "the Drug Control and Crime Prevention Division": four capitalised words of common nouns
  // together name one unit, where one or two ("the Crime Division") name none in particular.
  // Only a unit's name that ends in its head: "Civil Society" in "the Global Drug Policy Civil
  // Society Dialogue" is no body's name.
  std::size_t capitalised = 0;
  for (const std::string& word : words)
    if (!word.empty() && utf8::is_upper(static_cast<unsigned char>(word[0]))) ++capitalised;
  if (capitalised >= 4 && !context.in_heading(surface) &&
      (in_vocabularies(context.rules, words.back(), {"unit_words"}) ||
       head_before_complement(context.rules, words)))
    specific = true;
  if (names_national_body(context, surface, words) || names_national_force(context, name, words) ||
      names_field_department(context, surface, words))
    specific = true;
  // "the Anti-Corruption Court": what a body is against makes its common words one body; not
  // two bodies' names run together ("the National Police and National Anti-Corruption Bureau").
  if (std::find(words.begin(), words.end(), "and") == words.end())
    for (const std::string& word : words)
      if (in_vocabularies(context.rules, word, {"mandate_words"})) specific = true;
  // Words that make any name of this pattern specific ("Ministry of Health").
  for (const std::string& word : pattern.options.specific_words)
    if (std::find(words.begin(), words.end(), word) != words.end()) specific = true;
  // A unit named with its owner ("Crime Section of UNODC", "the Drugs Unit at Europol") is
  // specific through the owner.
  // Not when a job title stood between them: "DG X Deputy Director-General to the Regional
  // Office" names no Regional Office of DG X.
  if (pattern.options.owned_unit && words.size() >= 2 && !sent_to_rest) specific = true;
  if (pattern.options.named || pattern.options.named_by_acronym) specific = true;
  // "the State Customs Service of Ukraine ... Head of the State Customs Service": the short
  // form of a body the item has named in full is that body, however common its words.
  if (!specific && words.size() >= 2)
    for (const Mention& m : context.out.mentions)
      if (!m.removed && m.kind == NodeKind::organisation)
        for (const char* link : {" of ", " to ", " in ", " for "})
          if (m.name.size() > name.size() && m.name.compare(0, name.size(), name) == 0 &&
              m.name.compare(name.size(), std::string_view(link).size(), link) == 0)
            specific = true;
  return specific ? name : std::string();
}

void find_organisations(ItemContext& context, std::size_t sentence) {
  find_coordinated_organisations(context, sentence);
  apply_mention_patterns(context, sentence, "organisation", NodeKind::organisation,
                         clean_organisation);
}

}  // namespace kg::extract_detail
