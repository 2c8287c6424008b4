// One item: sentences, then mentions kind by kind (each pass sees the earlier ones as
// markers), then relations.
#include "context.hpp"

namespace kg::extract_detail {
void find_acronyms(ItemContext& context, std::size_t sentence);
void find_item_surnames(ItemContext& context);
void join_shortened_bodies(ItemContext& context);
void drop_redefined_acronyms(ItemContext& context);
void resolve_item_acronyms(ItemContext& context);
}  // namespace kg::extract_detail

namespace kg {

ItemExtraction extract_item(const Item& item, const Rules& rules, const Lexicon& lexicon,
                            ExtractionScope scope) {
  using namespace extract_detail;
  ItemExtraction out;
  out.item = item.n;
  ItemContext context{item, rules, lexicon, out, {}, {}};
  out.sentences = split_sentences(item.title, true, rules, context.noise);
  for (Sentence& s : split_sentences(item.text, false, rules, context.noise))
    out.sentences.push_back(s);
  context.noise_index = SpanIndex(context.noise);
  for (std::size_t s = 0; s < out.sentences.size(); ++s) {
    find_gazetteer_mentions(context, s, false);
    find_organisations(context, s);
    find_programmes(context, s);
    find_places(context, s);
    find_persons(context, s);
    if (lexicon.knows_learned_people()) find_gazetteer_mentions(context, s, true);
    find_listed_places(context, s);
  }
  find_item_surnames(context);
  join_shortened_bodies(context);
  drop_redefined_acronyms(context);
  resolve_item_acronyms(context);
  if (scope == ExtractionScope::names) {
    // The steps below add no mention without a lexicon entity and remove none, so a first
    // pass that learns names needs only the acronyms.
    for (std::size_t s = 0; s < out.sentences.size(); ++s) find_acronyms(context, s);
    return out;
  }
  mark_caption_lines(context);
  find_not_attending(context);
  add_programme_owners(context);
  for (std::size_t s = 0; s < out.sentences.size(); ++s) {
    find_acronyms(context, s);
    find_represents(context, s);
    find_attended(context, s);
    find_funds(context, s);
    find_held_in(context, s);
    find_active_in(context, s);
  }
  for (std::size_t s = 0; s < out.sentences.size(); ++s) find_colleagues(context, s);
  find_list_heading_bodies(context);
  find_attendance_lists(context);
  infer_item_relations(context);
  return out;
}

}  // namespace kg
