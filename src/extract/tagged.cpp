// The marker-tagged sentence and pattern application shared by all extractors.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>
#include <optional>

#include <re2/re2.h>

#include "context.hpp"
#include "kg/text_memo.hpp"
#include "kg/utf8.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {

std::size_t ItemContext::add(Mention mention) {
  out.mentions.push_back(std::move(mention));
  return out.mentions.size() - 1;
}

std::vector<std::size_t> ItemContext::mentions_in(std::size_t sentence) const {
  for (; indexed < out.mentions.size(); ++indexed) {
    std::size_t of = out.mentions[indexed].sentence;
    if (of >= by_sentence.size()) by_sentence.resize(of + 1);
    by_sentence[of].push_back(indexed);
  }
  std::vector<std::size_t> found;
  if (sentence >= by_sentence.size()) return found;
  for (std::size_t id : by_sentence[sentence])
    if (!out.mentions[id].removed) found.push_back(id);
  return found;
}

bool ItemContext::names_a_project(std::string_view piece) const {
  static const RE2 kAcronymThenProject(
      R"(^\s*\([A-Z][A-Za-z0-9.-]{1,11}\)\s+(?:project|programme|initiative)\b)");
  static const RE2 kProjectThenQuote(
      R"((?:project|programme|program|initiative|action|campaign)\s*,?\s+(?:(?:called|named|entitled|titled)\s+)?["“]$)");
  std::optional<std::size_t> after = body_offset_after(piece);
  if (!after) return false;
  const std::string_view body = item.text;
  if (RE2::PartialMatch(body.substr(*after, 40), kAcronymThenProject)) return true;
  const std::size_t start = *after - piece.size();
  const std::size_t from = start > 60 ? start - 60 : 0;
  const std::string_view rest = body.substr(*after);
  return (rest.starts_with('"') || rest.starts_with("\u201d")) &&
         RE2::PartialMatch(body.substr(from, start - from), kProjectThenQuote);
}

namespace {
char kind_letter(NodeKind kind) {
  switch (kind) {
    case NodeKind::person:
      return 'P';
    case NodeKind::organisation:
      return 'O';
    case NodeKind::programme:
      return 'G';
    case NodeKind::place:
      return 'L';
    case NodeKind::event:
      break;
  }
  return 'E';
}
}  // namespace

Tagged::Tagged(const ItemContext& context, std::size_t sentence) {
  const Span& span = context.out.sentences[sentence].span;
  std::string_view source = context.text({span.in_title, 0, std::string_view::npos});
  std::vector<std::size_t> ids = context.mentions_in(sentence);
  stamps_.reserve(ids.size());
  for (std::size_t id : ids) {
    const Mention& m = context.out.mentions[id];
    stamps_.push_back({id, m.span.begin, m.span.end, m.kind});
  }
  // Longest first at equal begins, so that a mention nested in another is skipped.
  std::sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
    const Span& x = context.out.mentions[a].span;
    const Span& y = context.out.mentions[b].span;
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  // Markers are seldom longer than the names they stand for: one allocation each.
  text_.reserve(span.end - span.begin + 16);
  pieces_.reserve(2 * ids.size() + 1);
  std::size_t pos = span.begin;
  auto copy_until = [&](std::size_t until) {
    if (until <= pos) return;
    pieces_.push_back({text_.size(), text_.size() + (until - pos), pos, until, kNone});
    text_.append(source.substr(pos, until - pos));
    pos = until;
  };
  for (std::size_t id : ids) {
    const Mention& m = context.out.mentions[id];
    if (m.span.begin < pos) continue;  // nested in the previous marker
    copy_until(m.span.begin);
    std::size_t marker_begin = text_.size();
    text_ += "[[";
    text_ += kind_letter(m.kind);
    char digits[24];
    auto [digits_end, error] = std::to_chars(std::begin(digits), std::end(digits), id);
    (void)error;
    text_.append(digits, digits_end);
    text_ += "]]";
    pieces_.push_back({marker_begin, text_.size(), m.span.begin, m.span.end, id});
    pos = m.span.end;
  }
  copy_until(span.end);
}

bool Tagged::current(const ItemContext& context, std::size_t sentence) const {
  std::vector<std::size_t> ids = context.mentions_in(sentence);
  if (ids.size() != stamps_.size()) return false;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Mention& m = context.out.mentions[ids[i]];
    if (stamps_[i] != Stamp{ids[i], m.span.begin, m.span.end, m.kind}) return false;
  }
  return true;
}

std::shared_ptr<const Tagged> tagged_sentence(const ItemContext& context, std::size_t sentence) {
  if (context.kept_tagged.size() <= sentence)
    context.kept_tagged.resize(context.out.sentences.size());
  std::shared_ptr<const Tagged>& kept = context.kept_tagged[sentence];
  if (!kept || !kept->current(context, sentence))
    kept = std::make_shared<const Tagged>(context, sentence);
  return kept;
}

const std::string& Tagged::digits_folded() const {
  if (digits_folded_) return *digits_folded_;
  // Only the markers' numbers: the memo's key for a digit-blind pattern may keep any digit
  // (two texts equal once some of their digits are made '0' differ only by digits), and
  // folding every byte of every tagged sentence cost more than this copy.
  digits_folded_ = text_;
  constexpr std::size_t kOpen = 3, kClose = 2;  // "[[P" and "]]"
  for (const Piece& piece : pieces_)
    if (piece.mention != kNone)
      std::fill(digits_folded_->begin() + static_cast<std::ptrdiff_t>(piece.tag_begin + kOpen),
                digits_folded_->begin() + static_cast<std::ptrdiff_t>(piece.tag_end - kClose), '0');
  return *digits_folded_;
}

std::size_t Tagged::to_source(std::size_t pos, bool end) const {
  for (const Piece& piece : pieces_) {
    bool inside = end ? (pos > piece.tag_begin && pos <= piece.tag_end)
                      : (pos >= piece.tag_begin && pos < piece.tag_end);
    if (!inside) continue;
    if (piece.mention != kNone) return end ? piece.src_end : piece.src_begin;
    return piece.src_begin + (pos - piece.tag_begin);
  }
  return pieces_.empty() ? 0 : pieces_.back().src_end;
}

bool Tagged::inside_marker(std::size_t pos) const {
  for (const Piece& piece : pieces_)
    if (piece.mention != kNone && pos > piece.tag_begin && pos < piece.tag_end) return true;
  return false;
}

std::vector<std::size_t> Tagged::markers_in(std::size_t begin, std::size_t end) const {
  std::vector<std::size_t> found;
  for (const Piece& piece : pieces_)
    if (piece.mention != kNone && piece.tag_begin >= begin && piece.tag_end <= end)
      found.push_back(piece.mention);
  return found;
}

std::size_t Tagged::marker_exactly(std::size_t begin, std::size_t end) const {
  for (const Piece& piece : pieces_)
    if (piece.mention != kNone && piece.tag_begin == begin && piece.tag_end == end)
      return piece.mention;
  return kNone;
}

std::size_t Tagged::marker_begin(std::size_t mention) const {
  for (const Piece& piece : pieces_)
    if (piece.mention == mention) return piece.tag_begin;
  return std::string::npos;
}

namespace {

constexpr std::size_t kUnmatched = std::string_view::npos;

// Every non-overlapping match of `regex` in `text`, flat: per match, begin and end of group
// 0 to n (kUnmatched for a group that took no part). What the memo keeps.
std::vector<std::size_t> match_offsets(const re2::RE2& regex, std::string_view text) {
  std::vector<std::size_t> found;
  int count = regex.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(count) + 1);
  // A pattern may consume a terminator that the next match starts with (RE2 has no
  // lookahead): a group named "rest" says where to resume.
  auto rest = regex.NamedCapturingGroups().find("rest");
  std::size_t pos = 0;
  while (pos <= text.size()) {
    if (!regex.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                     groups.data(), count + 1))
      break;
    for (const re2::StringPiece& piece : groups) {
      std::size_t begin = piece.data() == nullptr
                              ? kUnmatched
                              : static_cast<std::size_t>(piece.data() - text.data());
      found.push_back(begin);
      found.push_back(begin == kUnmatched ? kUnmatched : begin + piece.size());
    }
    std::size_t next = found[found.size() - 2 * groups.size() + 1];  // the match's end
    if (rest != regex.NamedCapturingGroups().end() && groups[rest->second].data() != nullptr)
      next = static_cast<std::size_t>(groups[rest->second].data() - text.data());
    pos = next > pos ? next : pos + 1;
  }
  return found;
}

std::vector<Groups> to_groups(const re2::RE2& regex, const std::vector<std::size_t>& offsets) {
  const std::size_t width = 2 * (static_cast<std::size_t>(regex.NumberOfCapturingGroups()) + 1);
  std::vector<Groups> found;
  found.reserve(offsets.size() / width);
  for (std::size_t at = 0; at < offsets.size(); at += width) {
    Groups match;
    // "" sorts first and re2 lists the named groups in name order: each one is appended.
    match[""] = {offsets[at], offsets[at + 1], true};
    for (const auto& [name, index] : regex.NamedCapturingGroups()) {
      std::size_t begin = offsets[at + 2 * static_cast<std::size_t>(index)];
      if (begin != kUnmatched)
        match[name] = {begin, offsets[at + 2 * static_cast<std::size_t>(index) + 1], true};
    }
    found.push_back(std::move(match));
  }
  return found;
}

}  // namespace

std::vector<Groups> find_matches(const re2::RE2& regex, std::string_view text) {
  return to_groups(regex, match_offsets(regex, text));
}

namespace {

// `digits_folded` is fold_digits(text), or nullptr to make it when needed.
std::vector<Groups> find_kept_matches(const Rules& rules, const Pattern& pattern,
                                      std::string_view text, const std::string* digits_folded) {
  const re2::RE2& regex = pattern.re();
  if (!rules.match_memo) return find_matches(regex, text);
  const void* owner = pattern.compiled.get();  // pinned by the memo
  // Tagged sentences that differ only by their markers' numbers share the matches of a
  // pattern that cannot tell digits apart.
  std::string folded;
  std::string_view key = text;
  if (pattern.compiled->digit_blind())
    key = digits_folded ? *digits_folded : (folded = fold_digits(text));
  if (auto known = rules.match_memo->find(owner, key)) return to_groups(regex, *known);
  std::vector<std::size_t> offsets = match_offsets(regex, text);
  rules.match_memo->store(owner, key, offsets);
  return to_groups(regex, offsets);
}

}  // namespace

std::vector<Groups> find_matches(const Rules& rules, const Pattern& pattern,
                                 std::string_view text) {
  return find_kept_matches(rules, pattern, text, nullptr);
}

std::vector<Groups> find_matches(const Rules& rules, const Pattern& pattern, const Tagged& tagged) {
  return find_kept_matches(rules, pattern, tagged.text(), &tagged.digits_folded());
}

std::string clean_name(std::string_view surface) {
  auto strip = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '\n' || c == '(' ||
           c == ')' || c == '"';
  };
  while (!surface.empty() && strip(surface.front())) surface.remove_prefix(1);
  while (!surface.empty() && (strip(surface.back()) || surface.back() == '.'))
    surface.remove_suffix(1);
  for (std::string_view article : {"the ", "The "})
    if (surface.substr(0, article.size()) == article) surface.remove_prefix(article.size());
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s", "'"})
    if (surface.size() > possessive.size() &&
        surface.substr(surface.size() - possessive.size()) == possessive) {
      surface.remove_suffix(possessive.size());
      break;
    }
  return std::string(surface);
}

// "Ms Marieke van der Linden of the Dutch Fiscal ... Service": a name that starts right after
// a person's name particle, itself after a capitalised word that an honorific opens, is the
// rest of the person's name, not the first word of a body.
bool after_name_particle(const ItemContext& context, const Span& sentence, std::size_t begin) {
  std::string_view before = context.text({sentence.in_title, sentence.begin, begin});
  auto last_word = [&before]() {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    std::size_t space = before.find_last_of(' ');
    std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    before.remove_suffix(word.size());
    return word;
  };
  std::string_view particle = last_word();
  if (particle.empty() || !in_vocabularies(context.rules, particle, {"name_particles"}))
    return false;
  std::string_view previous = last_word();
  // "van der": a second particle before the first.
  if (in_vocabularies(context.rules, previous, {"name_particles"})) previous = last_word();
  if (previous.empty()) return false;
  auto [first, length] = utf8::decode(previous, 0);
  (void)length;
  if (!utf8::is_upper(first)) return false;
  // A person's name: an honorific or a title one or two words before ("Ms Marieke van der",
  // "Commodore Liza Marie dela"), no particle between; "Fiscalía General del Estado de
  // Chihuahua" is a body's name throughout.
  for (int words = 0; words < 2; ++words) {
    std::string_view word = last_word();
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.empty() || in_vocabularies(context.rules, word, {"name_particles"})) return false;
    if (in_vocabularies(context.rules, word, {"honorifics", "title_prefixes"})) return true;
  }
  return false;
}

namespace {
// "a Data Exchange Centre", "an Anti-Fraud Initiative": a name after an indefinite article
// is a description of a kind of thing, not the name of one.
bool after_indefinite_article(const ItemContext& context, const Span& sentence, std::size_t begin) {
  std::string_view before = context.text({sentence.in_title, sentence.begin, begin});
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view article : {"a", "an", "A", "An"})
    if (before.size() >= article.size() &&
        before.substr(before.size() - article.size()) == article &&
        (before.size() == article.size() || before[before.size() - article.size() - 1] == ' '))
      return true;
  return false;
}

// "Amr al-Gindi of the Public Prosecution", "the General-Directorate for ...": a name that
// starts right after a letter and a hyphen starts inside a word, not at a body's first word.
bool inside_hyphenated_word(const ItemContext& context, const Span& sentence, std::size_t begin) {
  std::string_view before = context.text({sentence.in_title, sentence.begin, begin});
  return before.size() >= 2 && before.back() == '-' &&
         std::isalpha(static_cast<unsigned char>(before[before.size() - 2]));
}

// "(A2J Project)": a match that starts after a letter or digit of the same word is the tail of
// a word, not a name.
bool inside_word(const ItemContext& context, const Span& sentence, std::size_t begin) {
  std::string_view before = context.text({sentence.in_title, sentence.begin, begin});
  std::string_view from = context.text({sentence.in_title, begin, sentence.end});
  return !before.empty() && !from.empty() &&
         std::isalnum(static_cast<unsigned char>(before.back())) &&
         std::isalnum(static_cast<unsigned char>(from.front()));
}

// "the Kenya-Tanzania Coastal Programme": a programme's name may follow a body or place and a
// hyphen (extend_programmes_over_hyphenated_names joins them); `at` is in the tagged text.
bool after_body_and_hyphen(const Tagged& tagged, std::size_t at) {
  std::string_view before = std::string_view(tagged.text()).substr(0, at);
  std::size_t open = before.rfind("[[");
  return before.ends_with("]]-") && open != std::string_view::npos && open + 2 < before.size() &&
         (before[open + 2] == 'O' || before[open + 2] == 'L');
}

// Where the body starts in "Linden of the Dutch Fiscal ... Service" or "Santis Ferraro of the
// Italian Navy" (the rest of the person's name, up to three words, a preposition, the body),
// or npos when nothing of that shape follows.
std::size_t body_after_surname(std::string_view surface) {
  std::size_t at = 0;
  for (int words = 0; words < 3; ++words) {
    std::size_t space = surface.find(' ', at);
    if (space == std::string_view::npos) return std::string_view::npos;
    at = space + 1;
    std::string_view rest = surface.substr(at);
    for (std::string_view link : {"of the ", "of ", "at the ", "at ", "from the ", "from "})
      if (rest.starts_with(link) && rest.size() > link.size() &&
          std::isupper(static_cast<unsigned char>(rest[link.size()])))
        return at + link.size();
  }
  return std::string_view::npos;
}

// The mention whose marker ends one space before `at` in the tagged text ("[[O1]] "), with
// `open` set to where its marker starts; kNone when no marker ends there.
std::size_t marker_right_before(const Tagged& tagged, std::size_t at, std::size_t& open) {
  std::string_view before = std::string_view(tagged.text()).substr(0, at);
  if (!before.ends_with("]] ")) return kNone;
  open = before.rfind("[[");
  return open == std::string_view::npos ? kNone : tagged.marker_exactly(open, before.size() - 1);
}

// "the ICRC Regional Delegation for Mexico", "the UNODC Regional Centre for East Asia": a
// body's acronym written just before a name found by pattern is part of the unit's name, as
// in the gazetteer's "UNODC Regional Office for ...", and owns it (a mention of its own); not
// an acronym that only says whose family the body is in (descriptive_prefixes: "EU", "UN").
std::size_t acronym_owner_before(const ItemContext& context, const Tagged& tagged, std::size_t at) {
  std::size_t open = 0;
  std::size_t id = marker_right_before(tagged, at, open);
  // "the EU-UNODC Project Steering Committee": a body two bodies share, owned by neither.
  const std::string& text = tagged.text();
  if (id == kNone || (open > 0 && (text[open - 1] == '-' || text[open - 1] == '/'))) return kNone;
  const Mention& body = context.out.mentions[id];
  bool acronym = body.kind == NodeKind::organisation && is_acronym(body.surface);
  return acronym && !in_vocabularies(context.rules, body.surface, {"descriptive_prefixes"}) ? id
                                                                                            : kNone;
}

// The programme whose marker ends right before `at` in the tagged text ("[[G1]] "), or kNone.
std::size_t programme_before(const ItemContext& context, const Tagged& tagged, std::size_t at) {
  std::size_t open = 0;
  std::size_t id = marker_right_before(tagged, at, open);
  return id != kNone && context.out.mentions[id].kind == NodeKind::programme ? id : kNone;
}

// Whether the match's acronym group holds the initials of `name` (named_by_acronym).
bool initials_in_acronym(const Tagged& tagged, const Groups& match, std::string_view name) {
  auto acronym = match.find("acronym");
  return acronym != match.end() && acronym->second.matched &&
         initials_fit(name, tagged.text().substr(acronym->second.begin,
                                                 acronym->second.end - acronym->second.begin));
}

// The mentions a new one covers are part of it (but for its owner): removed.
void remove_covered(ItemContext& context, const Tagged& tagged, const Group& where,
                    std::size_t owner, std::size_t begin, std::size_t end) {
  for (std::size_t covered : tagged.markers_in(where.begin, where.end)) {
    const Span& c = context.out.mentions[covered].span;
    if (covered != owner && c.begin >= begin && c.end <= end)
      context.out.mentions[covered].removed = true;
  }
}

// The acronym a match defines for the mention `index` ("... (BDPO)"), unless it is a mention.
void record_acronym(ItemContext& context, const Tagged& tagged, const Groups& match,
                    std::size_t index) {
  auto acronym = match.find("acronym");
  if (acronym == match.end() || !acronym->second.matched) return;
  std::string acr(
      tagged.text().substr(acronym->second.begin, acronym->second.end - acronym->second.begin));
  if (acr.find("[[") == std::string::npos)
    context.out.acronyms.emplace_back(acr, context.out.mentions[index].name);
}

// "the Paris Pact Coordination Unit", "the Spotlight Initiative Country Programme for
// Nigeria": a programme written right before a name (one space between) is part of it, as the
// programme a unit serves or a programme belongs to; the programme's own mention goes. A unit
// keeps the programme's name as written, a programme takes the other's canonical name. Moves
// `begin` back over it and adds it to `name`; false when there is none.
bool join_programme_before(ItemContext& context, const Tagged& tagged, std::size_t at,
                           NodeKind kind, std::string& name, std::size_t& begin) {
  std::size_t before = programme_before(context, tagged, at);
  if (before == kNone || context.out.mentions[before].span.end + 1 != begin) return false;
  Mention& written = context.out.mentions[before];
  begin = written.span.begin;
  const std::string& programme = kind == NodeKind::organisation ? written.surface
                                 : written.canonical.empty()    ? written.name
                                                                : written.canonical;
  name = programme + " " + name;
  written.removed = true;
  return true;
}

// What a name found by pattern takes in from the mention written right before it (one space
// between): another body's acronym, which owns it ("the ICRC Regional Delegation for Mexico";
// returned), or a programme (join_programme_before). Moves `begin` back over it and adds it to
// `name`.
std::size_t join_name_before(ItemContext& context, const Tagged& tagged, std::size_t at,
                             NodeKind kind, std::string& name, std::size_t& begin) {
  if (kind == NodeKind::organisation) {
    std::size_t before = acronym_owner_before(context, tagged, at);
    if (before != kNone && context.out.mentions[before].span.end + 1 == begin) {
      const Mention& written = context.out.mentions[before];
      begin = written.span.begin;
      name = written.surface + " " + name;
      return before;
    }
  }
  if (kind == NodeKind::organisation || kind == NodeKind::programme)
    join_programme_before(context, tagged, at, kind, name, begin);
  return kNone;
}

// One named group of a pattern's match: the mention it makes (cleaned, narrowed to the
// name), the mentions it covers (removed, but for the owner) and the acronym it defines.
// False when the group makes no mention.
bool add_group_mention(ItemContext& context, std::size_t sentence, const Tagged& tagged,
                       const Pattern& pattern, NodeKind pattern_kind, const NameCleaner& clean,
                       Groups& match, const std::string& group, std::size_t owner) {
  const Span& span = context.out.sentences[sentence].span;
  Group where = match[group];
  if (where.end <= where.begin || tagged.inside_marker(where.begin) ||
      tagged.inside_marker(where.end))
    return false;
  if (std::size_t exact = tagged.marker_exactly(where.begin, where.end); exact != kNone) {
    Mention& found = context.out.mentions[exact];
    if (!pattern.options.retype || found.kind != NodeKind::organisation || found.entity != kNone ||
        found.kind == pattern_kind)
      return false;
    found.kind = pattern_kind;
    found.rule = pattern.id;
    return true;
  }
  std::size_t begin = tagged.to_source(where.begin, false);
  std::size_t end = tagged.to_source(where.end, true);
  // A page's share bar or copyright footer (rules/patterns/noise.json) names no one.
  if (context.noise_index.overlaps({span.in_title, begin, end})) return false;
  std::string_view surface = context.text({span.in_title, begin, end});
  if (pattern_kind != NodeKind::person && after_indefinite_article(context, span, begin))
    return false;
  if (pattern_kind != NodeKind::person &&
      !(pattern_kind == NodeKind::programme && after_body_and_hyphen(tagged, where.begin)) &&
      inside_hyphenated_word(context, span, begin))
    return false;
  if (inside_word(context, span, begin)) return false;
  if (pattern_kind != NodeKind::person && after_name_particle(context, span, begin)) {
    std::size_t body = body_after_surname(surface);
    if (body == std::string_view::npos) return false;
    begin += body;
    surface = context.text({span.in_title, begin, end});
  }
  std::string name = clean(context, surface, pattern);
  if (name.empty()) return false;
  if (pattern.options.named_by_acronym && !initials_in_acronym(tagged, match, name)) return false;
  // Narrow the span to the cleaned name when it sits inside the surface.
  if (std::size_t at = surface.find(name); at != std::string_view::npos) {
    begin += at;
    end = begin + name.size();
    surface = context.text({span.in_title, begin, end});
  }
  remove_covered(context, tagged, where, owner, begin, end);
  std::size_t written_from = begin;
  if (owner == kNone)
    owner = join_name_before(context, tagged, where.begin, pattern_kind, name, begin);
  else if (pattern_kind == NodeKind::organisation)
    join_programme_before(context, tagged, where.begin, pattern_kind, name, begin);
  if (begin != written_from) surface = context.text({span.in_title, begin, end});
  Mention mention;
  mention.kind = pattern_kind;
  mention.surface = std::string(surface);
  // "UNODC's Global Firearms Programme": the surface keeps an owner written just before
  // the name, a form the corpus uses for the entity.
  if (owner != kNone) {
    const Span& o = context.out.mentions[owner].span;
    if (o.in_title == span.in_title && o.end <= begin && begin - o.end <= 3)
      mention.surface = std::string(context.text({span.in_title, o.begin, end}));
  }
  mention.name = name;
  mention.span = {span.in_title, begin, end};
  mention.sentence = sentence;
  mention.rule = pattern.id;
  mention.owner = owner;
  std::size_t index = context.add(std::move(mention));
  record_acronym(context, tagged, match, index);
  return true;
}

}  // namespace

void apply_mention_patterns(ItemContext& context, std::size_t sentence,
                            const std::string& extractor, NodeKind kind, const NameCleaner& clean) {
  const Span& span = context.out.sentences[sentence].span;
  // The tagged sentence, and the patterns that match it, change only when a pattern adds or
  // swallows a mention: both are rebuilt then, not for every pattern.
  std::shared_ptr<const Tagged> current;
  std::vector<const Pattern*> candidates;
  for (const Pattern* pattern : context.rules.patterns_for(extractor)) {
    if (span.in_title && pattern->options.not_in_title) continue;
    if (!current) {
      current = tagged_sentence(context, sentence);
      candidates =
          context.rules.patterns_matching(extractor, current->text(), current->digits_folded());
    }
    if (std::find(candidates.begin(), candidates.end(), pattern) == candidates.end()) continue;
    const Tagged& tagged = *current;
    NodeKind pattern_kind = pattern->options.kind.value_or(kind);
    bool changed = false;
    for (Groups& match : find_matches(context.rules, *pattern, tagged)) {
      std::vector<std::string> names;
      for (const auto& [group, where] : match)
        if (group.rfind("name", 0) == 0 && where.matched) names.push_back(group);
      if (names.empty()) names.push_back("");
      std::size_t owner = kNone;
      if (auto g = match.find("owner"); g != match.end())
        owner = tagged.marker_exactly(g->second.begin, g->second.end);
      for (const std::string& group : names)
        changed |= add_group_mention(context, sentence, tagged, *pattern, pattern_kind, clean,
                                     match, group, owner);
    }
    if (changed) current.reset();
  }
}

}  // namespace kg::extract_detail
