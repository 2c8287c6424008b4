// Programmes found by pattern: capitalised phrases ending in a programme word (Programme,
// Project, Initiative, Campaign, Action Plan ...), acronyms before "programme", hashtags.
#include "context.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {

// "Global Programme" or "Joint Initiative" alone names nothing in particular.
std::string clean_programme(const ItemContext& context, std::string_view surface, const Pattern&) {
  std::string name = clean_name(surface);
  for (const std::string& word : split_words(name)) {
    bool lower = !word.empty() && word[0] >= 'a' && word[0] <= 'z';
    if (lower) continue;
    if (!in_vocabularies(context.rules, word,
                         {"generic_modifiers", "programme_words", "not_name_words"}))
      return name;
  }
  return {};
}

void find_programmes(ItemContext& context, std::size_t sentence) {
  apply_mention_patterns(context, sentence, "programme", NodeKind::programme, clean_programme);
}

}  // namespace kg::extract_detail
