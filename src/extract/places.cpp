// Places found by pattern (ports, sites); countries, regions and cities come from the
// gazetteers through gazetteer.cpp.
#include "context.hpp"
#include "name_filters.hpp"

#include <sstream>

namespace kg::extract_detail {
namespace {

// "the National Park" or "The International Airport" names no particular site: a name
// needs a word that no vocabulary calls generic (a marker of a known place counts).
std::string clean_place(const ItemContext& context, std::string_view surface,
                        const Pattern& pattern) {
  std::string name = clean_name(surface);
  if (auto endings = pattern.attributes.find("adjective_endings");
      endings != pattern.attributes.end()) {
    std::string first = split_words(name).front();
    std::istringstream lines(endings->second);
    for (std::string ending; std::getline(lines, ending);)
      if (!ending.empty() && first.size() > ending.size() &&
          first.compare(first.size() - ending.size(), ending.size(), ending) == 0)
        return {};
  }
  static const std::vector<std::string> kGeneric = {
      "generic_modifiers", "not_name_words", "organisation_words", "programme_words", "months",
      "weekdays",          "titles",         "honorifics"};
  std::vector<std::string> words = split_words(name);
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (!in_vocabularies(context.rules, words[i], kGeneric) && words[i] != "International" &&
        words[i] != "National" && words[i] != "Central")
      return name;
  return {};
}

}  // namespace

void find_places(ItemContext& context, std::size_t sentence) {
  apply_mention_patterns(context, sentence, "place", NodeKind::place, clean_place);
}

}  // namespace kg::extract_detail
