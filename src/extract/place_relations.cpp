// held_in (the item's event -> a place where it happened) and active_in (programme -> a place
// it works in). A held_in relation is stored like attended, with the place as source and no
// target; assembling the graph turns it round (event -> place).
#include <algorithm>
#include <string>

#include "relations.hpp"

namespace kg::extract_detail {
namespace {

// Whether a four-digit year lies within the item's dates.
bool in_item_years(const Item& item, std::string_view year) {
  std::string_view first = std::string_view(item.date).substr(0, 4);
  std::string_view last =
      std::string_view(item.end_date.empty() ? item.date : item.end_date).substr(0, 4);
  return year >= first && year <= last;  // same width: text order is number order
}

// The places a sentence names as the venue of another event than the item's, earlier or to
// come (rules/patterns/held_elsewhere.json): "who had attended a conference in Rome", "the
// next meeting will take place in Almaty", "a course in Chisinau in 2013".
std::vector<std::size_t> held_elsewhere(ItemContext& context, std::size_t sentence) {
  std::vector<std::size_t> found;
  for_each_relation_match(context, sentence, "held_elsewhere", [&](const RelationMatch& match) {
    if (auto year = match.groups.find("year"); year != match.groups.end()) {
      std::string_view text = match.tagged->text();
      if (in_item_years(context.item,
                        text.substr(year->second.begin, year->second.end - year->second.begin)))
        return;
    }
    for (std::size_t place : markers_of(context, match, {"place", "places"}, {NodeKind::place}))
      found.push_back(place);
  });
  return found;
}

}  // namespace

void find_held_in(ItemContext& context, std::size_t sentence) {
  if (context.out.sentences[sentence].caption) return;
  std::vector<std::size_t> elsewhere = held_elsewhere(context, sentence);
  for_each_relation_match(context, sentence, "held_in", [&](const RelationMatch& match) {
    for (std::size_t place : markers_of(context, match, {"place", "places"}, {NodeKind::place}))
      if (std::find(elsewhere.begin(), elsewhere.end(), place) == elsewhere.end())
        add_relation(context, EdgeKind::held_in, place, std::nullopt, sentence, match.pattern->id);
  });
}

// Without a `programme` group, the programmes of the sentence are the ones meant
// ("The project works in Mali and Niger" after the programme was named in the sentence); when
// the sentence names none, a group `programme_word` ("the campaign", "its work") refers to the
// programme of the sentences before.
void find_active_in(ItemContext& context, std::size_t sentence) {
  // A held_in pattern with a `programme` group ("the steering committee of the X Programme in
  // Lisbon") says where the programme's event was, not where the programme works.
  std::vector<std::pair<std::size_t, std::size_t>> events;
  for_each_relation_match(context, sentence, "held_in", [&](const RelationMatch& match) {
    for (std::size_t programme : markers_of(context, match, {"programme"}, {NodeKind::programme}))
      for (std::size_t place : markers_of(context, match, {"place", "places"}, {NodeKind::place}))
        events.emplace_back(programme, place);
  });
  for_each_relation_match(context, sentence, "active_in", [&](const RelationMatch& match) {
    auto places = markers_of(context, match, {"place", "places"}, {NodeKind::place});
    auto programmes = markers_of(context, match, {"programme"}, {NodeKind::programme});
    if (!match.groups.count("programme")) programmes = programmes_of(context, sentence);
    if (auto word = match.groups.find("programme_word");
        programmes.empty() && word != match.groups.end()) {
      std::string_view text = match.tagged->text();
      programmes = programmes_before(
          context, sentence,
          programme_word(text.substr(word->second.begin, word->second.end - word->second.begin)));
    }
    for (std::size_t programme : programmes)
      for (std::size_t place : places)
        if (std::find(events.begin(), events.end(), std::pair{programme, place}) == events.end())
          add_relation(context, EdgeKind::active_in, programme, place, sentence, match.pattern->id);
  });
}

}  // namespace kg::extract_detail
