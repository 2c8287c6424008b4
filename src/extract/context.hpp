// Shared state of one item's extraction, and the marker-tagged view of a sentence that
// patterns run on.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "kg/extract.hpp"
#include "span_index.hpp"

namespace re2 {
class RE2;
}

namespace kg::extract_detail {

class Tagged;

struct ItemContext {
  const Item& item;
  const Rules& rules;
  const Lexicon& lexicon;
  ItemExtraction& out;
  std::vector<Span> noise;  // photo credits: no mentions there
  // Mentions named only as funders, implementers or supporters: they never attend through
  // that mention (see not_attending.cpp). A set: add_relation asks for every attended
  // relation, and a long item names thousands of funders (a scan of a list made it quadratic).
  std::unordered_set<std::size_t> not_attending;
  SpanIndex noise_index = {};  // `noise`, once the sentences are split

  std::string_view text(const Span& span) const { return span_text(item, span); }
  std::string_view sentence_text(std::size_t sentence) const {
    return text(out.sentences[sentence].span);
  }
  // Whether a piece of the item's text is in its heading, where every word is capitalised and a
  // capital says nothing about a name.
  bool in_heading(std::string_view piece) const {
    const std::string& title = item.title;
    return piece.data() >= title.data() && piece.data() < title.data() + title.size();
  }
  // Where in the item's body the text right after a piece of it begins; none when the piece
  // is not a view into the body (a heading, a copy).
  std::optional<std::size_t> body_offset_after(std::string_view piece) const {
    const std::string& body = item.text;
    if (piece.data() < body.data() || piece.data() + piece.size() > body.data() + body.size())
      return std::nullopt;
    return static_cast<std::size_t>(piece.data() - body.data()) + piece.size();
  }
  // Whether a piece of the item's body runs on into a capitalised word ("West Africa Police"
  // of "the West Africa Police Information System"): then the piece is no whole name.
  bool runs_on_capitalised(std::string_view piece) const {
    const std::string& body = item.text;
    std::optional<std::size_t> found = body_offset_after(piece);
    if (!found) return false;
    std::size_t after = *found;
    if (after + 1 >= body.size() || body[after] != ' ') return false;
    unsigned char next = static_cast<unsigned char>(body[after + 1]);
    return (next >= 'A' && next <= 'Z') || next >= 0xC3;
  }
  // Whether a piece of the item's body is followed by an acronym in brackets and a programme
  // word ("the Sahel Police Academies Network (SPAN) project"), or is the whole of a quoted name
  // after a programme word ('the project "Support to the Judicial Police"'): then it names the
  // project.
  bool names_a_project(std::string_view piece) const;
  // Adds a mention; returns its index.
  std::size_t add(Mention mention);
  // Active mentions of a sentence, in the order they were added.
  std::vector<std::size_t> mentions_in(std::size_t sentence) const;

  // mentions_in's index: mention ids by sentence, for the first `indexed` mentions (mentions
  // are only appended, and keep their sentence). A long item then costs each sentence its
  // own mentions, not all of the item's.
  mutable std::vector<std::vector<std::size_t>> by_sentence = {};
  mutable std::size_t indexed = 0;
  // add_relation's index of the relations there are (kind, source, target or kNone), for the
  // first `relations_indexed` of them (relations too are only appended).
  std::set<std::tuple<EdgeKind, std::size_t, std::size_t>> relation_keys = {};
  std::size_t relations_indexed = 0;
  // The lexicon's matches in each sentence's text, found once: the lexicon does not change
  // while an item is extracted, and find_gazetteer_mentions looks twice (learned people last).
  std::vector<std::optional<std::vector<GazetteerMatch>>> gazetteer_matches = {};
  // The tagged sentence made last for each sentence (see tagged_sentence()).
  mutable std::vector<std::shared_ptr<const Tagged>> kept_tagged = {};
};

// A sentence with its top-level mentions replaced by markers "[[K<i>]]".
class Tagged {
 public:
  Tagged(const ItemContext& context, std::size_t sentence);
  // Whether the sentence's mentions are still those it was made from (same ids, spans and
  // kinds, none removed): then a new Tagged of the sentence would equal this one.
  bool current(const ItemContext& context, std::size_t sentence) const;
  const std::string& text() const { return text_; }
  // text() with its markers' numbers made '0' ("[[P00]]"), made at the first call: the memo's
  // key for the patterns that cannot tell digits apart (see fold_digits in kg/text_memo.hpp).
  const std::string& digits_folded() const;
  // Offset in the item's title/body of a position in the tagged text; a position inside
  // a marker maps to the mention's begin (or end when `end`).
  std::size_t to_source(std::size_t pos, bool end) const;
  // True when `pos` falls strictly inside a marker.
  bool inside_marker(std::size_t pos) const;
  // Mentions whose markers lie within [begin, end) of the tagged text.
  std::vector<std::size_t> markers_in(std::size_t begin, std::size_t end) const;
  // The mention of the marker that [begin, end) is exactly, if it is one.
  std::size_t marker_exactly(std::size_t begin, std::size_t end) const;
  // Where the marker of a mention begins in the tagged text, or npos.
  std::size_t marker_begin(std::size_t mention) const;

 private:
  struct Piece {
    std::size_t tag_begin, tag_end, src_begin, src_end, mention;
  };
  // What the text was made from: each mention of the sentence, in mentions_in() order.
  struct Stamp {
    std::size_t mention, begin, end;
    NodeKind kind;
    bool operator==(const Stamp&) const = default;
  };
  std::vector<Stamp> stamps_;
  std::string text_;
  std::vector<Piece> pieces_;
  mutable std::optional<std::string> digits_folded_;
};

// The sentence tagged as its mentions are now: the Tagged made last for it while its mentions
// have not changed since (the extractors of a sentence seldom change them, and each used to
// tag the sentence anew), else a new one, kept for the next asker. Shared: a caller keeps its
// Tagged alive while a later call replaces the kept one.
std::shared_ptr<const Tagged> tagged_sentence(const ItemContext& context, std::size_t sentence);

// One match of a pattern: the text of each named group and its span in the tagged text.
struct Group {
  std::size_t begin = 0, end = 0;
  bool matched = false;
};
// The named groups of one match, in name order, like a std::map but flat: a match has a few
// groups, and a map's allocation per group showed in profiles.
class Groups {
 public:
  using Entry = std::pair<std::string, Group>;
  using iterator = std::vector<Entry>::iterator;
  using const_iterator = std::vector<Entry>::const_iterator;
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  iterator find(std::string_view name);
  const_iterator find(std::string_view name) const;
  std::size_t count(std::string_view name) const { return find(name) == end() ? 0 : 1; }
  // Throws std::out_of_range when the match has no such group.
  const Group& at(std::string_view name) const;
  // The group of that name, added (unmatched, in name order) when missing.
  Group& operator[](std::string_view name);

 private:
  std::vector<Entry> entries_;
};

// Every non-overlapping match of `regex` in `text`, as named groups ("" = whole match).
std::vector<Groups> find_matches(const re2::RE2& regex, std::string_view text);
// The same for a pattern of `rules`, through the rules' memo of texts matched before.
std::vector<Groups> find_matches(const Rules& rules, const Pattern& pattern, std::string_view text);
// The same on a tagged sentence.
std::vector<Groups> find_matches(const Rules& rules, const Pattern& pattern, const Tagged& tagged);

// Applies the mention patterns of one extractor to a sentence (see kg/extract.hpp for the
// named groups). `clean` turns a surface into a name, or "" to reject the match.
using NameCleaner = std::function<std::string(const ItemContext&, std::string_view surface,
                                              const Pattern& pattern)>;
void apply_mention_patterns(ItemContext& context, std::size_t sentence,
                            const std::string& extractor, NodeKind kind, const NameCleaner& clean);

// Whether two mentions name one thing: the same lexicon entity, or, when neither has one, the
// same kind and name ("GMCP" and "Global Maritime Crime Programme" once the acronym is known).
inline bool same_entity(const Mention& a, const Mention& b) {
  if (a.entity != kNone || b.entity != kNone) return a.entity == b.entity;
  return a.kind == b.kind && a.name == b.name;
}

// True when the acronym's letters are, in order, initials of the name's words, the first
// letter that of the first word (acronym_uses.cpp).
bool initials_fit(std::string_view name, std::string_view acronym);

// [begin, end) of each member of a list found at `base` of a tagged text: split at commas,
// "and" and "or", a leading "the" or `link` word dropped (coordinated.cpp).
std::vector<std::pair<std::size_t, std::size_t>> list_members(std::string_view text,
                                                              std::size_t base,
                                                              std::string_view link);

// Whether `begin` follows a person's name particle that follows a capitalised word an honorific
// or title opens ("Ms Marieke van der" + "Linden ..."): the rest of a person's name (tagged.cpp).
bool after_name_particle(const ItemContext& context, const Span& sentence, std::size_t begin);

// Generic cleaning: surrounding spaces and punctuation, a leading "the", a trailing "'s".
std::string clean_name(std::string_view surface);

// Per-kind steps, one file each.
// Lexicon names; learned people in a second call (`learned_people`), after the patterns.
void find_gazetteer_mentions(ItemContext& context, std::size_t sentence, bool learned_people);
void find_organisations(ItemContext& context, std::size_t sentence);
// "the Ministries of Health and Interior": one mention per member (coordinated.cpp).
void find_coordinated_organisations(ItemContext& context, std::size_t sentence);
void find_programmes(ItemContext& context, std::size_t sentence);
void find_places(ItemContext& context, std::size_t sentence);
// Unknown towns listed beside known places ("in Nairobi, Mombasa and Eldoret"), once the
// sentence's people are known (places.cpp).
void find_listed_places(ItemContext& context, std::size_t sentence);
void find_persons(ItemContext& context, std::size_t sentence);
void find_represents(ItemContext& context, std::size_t sentence);
void find_colleagues(ItemContext& context, std::size_t sentence);
// "Participants from UNODC:" over bulleted lines (list_headings.cpp).
void find_list_heading_bodies(ItemContext& context);
// The bodies on the bulleted lines under "Participants:" attended (list_headings.cpp).
void find_attendance_lists(ItemContext& context);
void find_attended(ItemContext& context, std::size_t sentence);
void find_funds(ItemContext& context, std::size_t sentence);
void find_held_in(ItemContext& context, std::size_t sentence);
void find_active_in(ItemContext& context, std::size_t sentence);
// Item-level: relations implied by the item as a whole (see attended.cpp, represents.cpp).
void infer_item_relations(ItemContext& context);
// "UNODC's Illicit Crop Monitoring Programme", "the UNODC Illicit Crop Monitoring Programme":
// a body written with a possessive, or an acronym written, right before a programme the corpus
// taught owns it (the gazetteer matches the programme without its owner): the programme's
// staff speak for that body (represents.cpp, programme_owners).
void add_programme_owners(ItemContext& context);
// Marks body lines that only name people (captions, bylines) as captions, once the mentions
// are known; see not_attending.cpp.
void mark_caption_lines(ItemContext& context);
// Finds the mentions named only as funders, implementers or supporters
// (rules/patterns/not_attending.json) before any attended relation is added.
void find_not_attending(ItemContext& context);

}  // namespace kg::extract_detail
