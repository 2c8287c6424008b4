// A surname alone ("Miedico said") is a mention of the person of that surname named in full
// in the same item.
#include <set>

#include "context.hpp"
#include "kg/utf8.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {

void find_item_surnames(ItemContext& context) {
  std::set<std::string> surnames;
  for (const Mention& m : context.out.mentions) {
    if (m.removed || m.kind != NodeKind::person) continue;
    std::vector<std::string> words = split_words(m.name);
    if (words.size() < 2) continue;
    std::string surname = words.back();
    // Particles belong to the surname: "Van den Berghe", "de Andrés".
    for (std::size_t i = words.size() - 1; i-- > 1;) {
      if (!utf8::is_lower(static_cast<unsigned char>(words[i][0])) && words[i] != "Van" &&
          words[i] != "De")
        break;
      surname = words[i] + " " + surname;
    }
    if (surname.size() >= 4) surnames.insert(surname);
  }
  if (surnames.empty()) return;
  GazetteerIndex index;
  std::vector<std::string> list(surnames.begin(), surnames.end());
  for (std::size_t i = 0; i < list.size(); ++i) index.add(list[i], i);
  std::size_t count = context.out.sentences.size();
  for (std::size_t s = 0; s < count; ++s) {
    std::shared_ptr<const Tagged> held = tagged_sentence(context, s);
    const Tagged& tagged = *held;
    const std::string& text = tagged.text();
    for (const GazetteerMatch& match : index.find_all(text)) {
      if (tagged.inside_marker(match.begin) || !tagged.markers_in(match.begin, match.end).empty())
        continue;
      if (text.compare(match.begin, 2, "[[") == 0) continue;
      std::size_t begin = tagged.to_source(match.begin, false);
      std::size_t end = tagged.to_source(match.end, true);
      Mention m;
      m.kind = NodeKind::person;
      m.span = {context.out.sentences[s].span.in_title, begin, end};
      m.surface = std::string(context.text(m.span));
      m.name = m.surface;
      m.sentence = s;
      m.rule = "person.surname_in_item";
      context.add(std::move(m));
    }
  }
}

}  // namespace kg::extract_detail
