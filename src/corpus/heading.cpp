// Heading lines: a date or date range first, then `:` or a spaced dash, then a title.
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "dates.hpp"
#include "kg/corpus.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using corpus_detail::date_prefixes;
using corpus_detail::iso_date;

// Headings are short; a long line that starts with a date is a body paragraph.
constexpr std::size_t kMaxHeadingBytes = 300;

// Page furniture that flattening glues onto a title (`...victimsOriginally published by`).
constexpr std::array<std::string_view, 6> kTitleJunk{
    "Originally published", "Photo credit", "Photo:", "Image \xC2\xA9", "Read more", "Click here"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view strip_title_junk(std::string_view title) {
  std::size_t cut = title.size();
  for (std::string_view junk : kTitleJunk) {
    std::size_t at = title.find(junk);
    if (at != std::string_view::npos && at > 0) cut = std::min(cut, at);
  }
  return trim_spaces(title.substr(0, cut));
}

bool has_letter(std::string_view s) {
  for (char c : s) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80) return true;
  }
  return false;
}

// The bytes of `:` or a dash with spaces around it at `pos`, or 0.
std::size_t separator_length(std::string_view line, std::size_t pos, std::size_t spaces_before) {
  if (pos < line.size() && line[pos] == ':') return line.substr(pos).starts_with("::") ? 2 : 1;
  if (spaces_before == 0 || pos >= line.size()) return 0;
  // A dash, or the bar or slash some news pages put between date and title (`3 March 2023 |
  // Title`); one that ends the line is no separator here (title_start says why).
  std::size_t dash = corpus_detail::title_dash_length(line.substr(pos));
  return pos + dash < line.size() ? dash : 0;
}

// The line without its indentation and trailing blanks, if it may be a heading at all.
std::optional<std::string_view> heading_candidate(std::string_view line, std::size_t& lead) {
  lead = 0;
  while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
  std::string_view rest = line.substr(lead);
  while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
  if (rest.empty() || rest.size() > kMaxHeadingBytes) return std::nullopt;
  char first = rest.front();
  if (!((first >= '0' && first <= '9') || (first >= 'A' && first <= 'Z') ||
        (first >= 'a' && first <= 'z')))
    return std::nullopt;
  return rest;
}

// Words some pages write before the date of a heading or of a date alone on its line, and
// labels they write only before a date alone (`Date: 14 May 2019 - Venue` in a text is no
// heading).
constexpr std::array<std::string_view, 5> kDateLeads{"Posted on ", "Posted: ", "Published on ",
                                                     "Published: ", "Published "};
constexpr std::array<std::string_view, 4> kDateLabels{
    "Date: ", "Date of publication: ", "Publication date: ", "Release date: "};

// The bytes of such words (and the spaces after them) at the start of `text`, or 0; labels
// too when `labels`.
std::size_t date_lead_length(std::string_view text, bool labels) {
  auto length = [text](std::string_view words) {
    std::size_t end = words.size();
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    return end;
  };
  for (std::string_view words : kDateLeads)
    if (text.starts_with(words)) return length(words);
  if (labels)
    for (std::string_view words : kDateLabels)
      if (text.starts_with(words)) return length(words);
  return 0;
}

// The heading of a date span, with no title yet; a span with no year gets its ISO dates when
// the neighbouring items give one.
Heading heading_of(const corpus_detail::DateSpan& span) {
  Heading heading;
  heading.year = span.year, heading.month = span.month, heading.day = span.day;
  heading.end_year = span.end_year, heading.end_month = span.end_month;
  heading.end_day = span.end_day;
  if (span.year != 0) {
    heading.date = iso_date(span.year, span.month, span.day);
    heading.end_date = iso_date(span.end_year, span.end_month, span.end_day);
  }
  return heading;
}

// What parts a heading's date from its title: `:` or a spaced dash (the usual forms), a comma
// (`08.03.2024, Title`) or a space alone (`26.09.2014 Title`), the last two only on pages that
// date their items no other way (segment_text decides).
enum class TitleJoin { separator, comma, space };

// Where the title starts when a date of `consumed` bytes, an optional `(Weekday)` and a
// separator start `rest`; npos when they do not. `colon` tells which separator it was.
std::size_t title_start(std::string_view rest, std::size_t consumed, bool& colon,
                        TitleJoin join = TitleJoin::separator, bool may_be_timed = false) {
  std::size_t pos = consumed;
  if (join == TitleJoin::comma) {
    // `08.03.2024, Title`: the comma right after the date, then a space.
    if (pos + 1 >= rest.size() || rest[pos] != ',' || rest[pos + 1] != ' ')
      return std::string_view::npos;
    colon = false;
    for (pos += 1; pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t');) ++pos;
    return pos;
  }
  if (join == TitleJoin::space) {
    // `26.09.2014 Title`: a space, then a title that starts with a capital or a digit.
    if (pos >= rest.size() || rest[pos] != ' ') return std::string_view::npos;
    while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos;
    if (pos >= rest.size() || !((rest[pos] >= 'A' && rest[pos] <= 'Z') ||
                                (rest[pos] >= '0' && rest[pos] <= '9') || rest[pos] == '"'))
      return std::string_view::npos;
    colon = false;
    return pos;
  }
  // `26/09/2014 14:30 - Title`: some news pages time their items; the time is no title. Only
  // after a year: in `5 June 14:00 - Meeting` a line of a day's programme is more likely.
  if (may_be_timed) pos += corpus_detail::time_of_day_length(rest.substr(pos));
  std::size_t spaces = 0;
  while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos, ++spaces;
  if (std::size_t weekday = corpus_detail::parenthesised_weekday(rest.substr(pos))) {
    pos += weekday;
    for (spaces = 0; pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t');) ++pos, ++spaces;
  }
  std::size_t separator = separator_length(rest, pos, spaces);
  if (separator == 0 && spaces > 0 && pos + 1 == rest.size() && rest[pos] == '-')
    separator = 1;  // `12/12/2019 -` ending the line: no title, which heading_problem says
  if (separator == 0) return std::string_view::npos;
  colon = rest[pos] == ':';
  pos += separator;
  while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos;
  return pos;
}

}  // namespace

namespace {

// Whether `after` (what follows a date and a dash) opens with a date that ends a range: one
// with its year, or a day and month the line ends after or a separator follows.
bool joins_a_range(std::string_view after, bool lenient) {
  for (auto [span, consumed] : date_prefixes(after, /*allow_missing_year=*/true, lenient)) {
    if (span.year != 0) return true;
    std::string_view rest = after.substr(consumed);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || rest.front() == ':' || rest.starts_with("- ") ||
        rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") || rest.front() == '|')
      return true;
  }
  return false;
}

// The heading a line makes with the first date at its start that `accept` takes (and may
// reorder) and a title after it; `lenient` reads dates of unclear order too.
template <typename Accept>
std::optional<Heading> first_heading(std::string_view line, bool lenient, Accept accept,
                                     TitleJoin join = TitleJoin::separator) {
  std::size_t lead = 0;
  auto candidate = heading_candidate(line, lead);
  if (!candidate) return std::nullopt;
  std::string_view rest = *candidate;
  // `Posted on 26/09/2014 | Title`
  const std::size_t date_lead = date_lead_length(rest, /*labels=*/false);
  lead += date_lead;
  rest.remove_prefix(date_lead);
  for (auto [span, consumed] : date_prefixes(rest, /*allow_missing_year=*/true, lenient)) {
    if (!accept(span, rest.substr(0, consumed))) continue;
    bool colon = false;
    std::size_t pos = title_start(rest, consumed, colon, join, span.year != 0);
    if (pos == std::string_view::npos) continue;
    // `1 June 2017 - 31 May 2018 was the year`, `30 December - 2 January: Talks`: a dash
    // followed by a date joins a range; a title does not start there. A title may open with a
    // day and month alone that words follow (`26.06.2017 - 26 June in Beirut: ...`).
    if (!colon && joins_a_range(rest.substr(pos), lenient)) continue;
    std::string_view title = strip_title_junk(rest.substr(pos));
    if (!has_letter(title)) continue;

    Heading heading = heading_of(span);
    heading.title = std::string(title);
    heading.title_offset = lead + pos;
    return heading;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Heading> parse_heading(std::string_view line) {
  return first_heading(line, false, [](const auto&, std::string_view) { return true; });
}

namespace {

// A heading of one of the forms only a page with no other headings has (TitleJoin): a dateline
// (`12 May 2021, Vienna - The meeting ...`) puts a dash after its place, and a sentence ends
// with a full stop; a title does neither.
std::optional<Heading> joined_heading(std::string_view line, TitleJoin join) {
  auto heading = first_heading(
      line, false, [](const auto&, std::string_view) { return true; }, join);
  if (!heading) return std::nullopt;
  std::string_view title = heading->title;
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
    if (title.find(dash) != std::string_view::npos) return std::nullopt;
  if (title.ends_with('.')) return std::nullopt;
  return heading;
}

}  // namespace

std::optional<Heading> parse_comma_heading(std::string_view line) {
  return joined_heading(line, TitleJoin::comma);
}

std::optional<Heading> parse_spaced_heading(std::string_view line) {
  auto heading = joined_heading(line, TitleJoin::space);
  // `5 June Ministers met`: a date with no year before a capital is too often a sentence's.
  if (!heading || heading->year == 0) return std::nullopt;
  return heading;
}

namespace {

// Days within their months, the end not before the start, four-digit years. A date with no
// year (filled in from the neighbours later) is checked against a leap year.
bool possible_span(const corpus_detail::DateSpan& span) {
  using corpus_detail::days_from_civil;
  using corpus_detail::days_in_month;
  constexpr int kLeapYear = 2000;
  const int year = span.year != 0 ? span.year : kLeapYear;
  const int end_year = span.end_year != 0 ? span.end_year : year + (span.end_month < span.month);
  if (end_year > corpus_detail::kLastYear || span.month < 1 || span.month > 12 ||
      span.end_month < 1 || span.end_month > 12 || span.day < 1 || span.end_day < 1 ||
      span.day > days_in_month(year, span.month) ||
      span.end_day > days_in_month(end_year, span.end_month))
    return false;
  return days_from_civil(end_year, span.end_month, span.end_day) >=
         days_from_civil(year, span.month, span.day);
}

// A slashed date of unclear order (`05/06/2019`), as the lenient grammar reads it (day first),
// put in the order asked for; false for every other date. Only the one doubt this settles: both
// numbers could be the month.
bool read_unclear_slashed(corpus_detail::DateSpan& span, std::string_view date, bool month_first) {
  if (date.find('/') == std::string_view::npos || span.misspelled_month || span.day > 12 ||
      span.month > 12 || (span.end_day != span.day && span.end_day > 12))
    return false;
  if (month_first) {
    std::swap(span.month, span.day);
    std::swap(span.end_month, span.end_day);
  }
  // Read either way, the date must be a possible one: "06/06/2019 - 5/06/2019" is reversed.
  return possible_span(span);
}

}  // namespace

std::optional<Heading> parse_unclear_slashed_heading(std::string_view line, bool month_first) {
  return first_heading(line, true, [month_first](auto& span, std::string_view date) {
    return read_unclear_slashed(span, date, month_first);
  });
}

std::optional<Heading> parse_bracketed_heading(std::string_view line,
                                               std::optional<bool> unclear_month_first) {
  std::size_t lead = 0;
  while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
  std::string_view rest = line.substr(lead);
  while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
  if (rest.size() > kMaxHeadingBytes || rest.empty() || (rest[0] != '[' && rest[0] != '('))
    return std::nullopt;
  const char close = rest[0] == '[' ? ']' : ')';
  const std::string_view inner = rest.substr(1);
  auto heading_after = [&](bool lenient, auto accept) -> std::optional<Heading> {
    for (auto [span, consumed] : date_prefixes(inner, /*allow_missing_year=*/false, lenient)) {
      if (consumed >= inner.size() || inner[consumed] != close) continue;
      if (!accept(span, inner.substr(0, consumed))) continue;
      std::size_t pos = consumed + 1, spaces = 0;
      while (pos < inner.size() && (inner[pos] == ' ' || inner[pos] == '\t')) ++pos, ++spaces;
      if (std::size_t separator = separator_length(inner, pos, spaces)) {
        for (pos += separator; pos < inner.size() && (inner[pos] == ' ' || inner[pos] == '\t');)
          ++pos;
      } else if (spaces == 0 || pos >= inner.size() ||
                 !((inner[pos] >= 'A' && inner[pos] <= 'Z') ||
                   (inner[pos] >= '0' && inner[pos] <= '9') || inner[pos] == '"')) {
        continue;
      }
      std::string_view title = strip_title_junk(inner.substr(pos));
      if (!has_letter(title)) continue;
      Heading heading = heading_of(span);
      heading.title = std::string(title);
      heading.title_offset = lead + 1 + pos;
      return heading;
    }
    return std::nullopt;
  };
  if (auto heading = heading_after(false, [](const auto&, std::string_view) { return true; }))
    return heading;
  if (!unclear_month_first) return std::nullopt;
  return heading_after(true, [&](auto& span, std::string_view date) {
    return read_unclear_slashed(span, date, *unclear_month_first);
  });
}

namespace {

// The date that `date_text` is whole, as parse_date_line reads it.
std::optional<DateLine> whole_date_line(std::string_view date_text, bool month_first) {
  for (const auto& [span, consumed] : date_prefixes(date_text, /*allow_missing_year=*/false))
    if (consumed == date_text.size()) return DateLine{heading_of(span), date_text, false};
  for (auto [span, consumed] : date_prefixes(date_text, false, /*lenient=*/true))
    if (consumed == date_text.size() && read_unclear_slashed(span, date_text, month_first))
      return DateLine{heading_of(span), date_text, true};
  return std::nullopt;
}

}  // namespace

std::optional<DateLine> parse_date_line(std::string_view line, bool month_first) {
  std::size_t lead = 0;
  auto candidate = heading_candidate(line, lead);
  if (!candidate) return std::nullopt;
  std::string_view rest = *candidate;
  rest.remove_prefix(date_lead_length(rest, /*labels=*/true));
  // `Posted by UNODC Brussels on 26 September 2014`: a byline, then the date.
  constexpr std::size_t kMaxBylineBytes = 80;
  if (rest.starts_with("Posted by ")) {
    std::size_t on = rest.find(" on ");
    if (on == std::string_view::npos || on > kMaxBylineBytes) return std::nullopt;
    rest = trim_spaces(rest.substr(on + 4));
  }
  if (rest.ends_with(':')) rest = trim_spaces(rest.substr(0, rest.size() - 1));
  // The date must be the whole line: `26 September 2014, Vienna` is a dateline.
  return whole_date_line(rest, month_first);
}

namespace {

// Where the date of `Title (26 September 2014)`, `Title [26.09.2014]` or `Title - 26.09.2014`
// starts, with the bytes before it that part it from the title, for each reading in turn.
std::vector<std::pair<std::size_t, std::size_t>> trailing_date_starts(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (title end, date start)
  if (line.ends_with(')') || line.ends_with(']')) {
    std::size_t open = line.rfind(line.back() == ')' ? " (" : " [");
    if (open != std::string_view::npos) starts.emplace_back(open, open + 2);
    return starts;
  }
  for (std::size_t space = line.find(' '); space != std::string_view::npos;
       space = line.find(' ', space + 1)) {
    std::size_t dash = corpus_detail::title_dash_length(line.substr(space + 1));
    if (dash > 0 && space + 1 + dash < line.size() && line[space + 1 + dash] == ' ')
      starts.emplace_back(space, space + dash + 2);
  }
  return starts;
}

}  // namespace

std::optional<DateLine> parse_trailing_date_heading(std::string_view line, bool month_first) {
  std::size_t lead = 0;
  auto candidate = heading_candidate(line, lead);
  if (!candidate) return std::nullopt;
  std::string_view rest = *candidate;
  const bool bracketed = rest.ends_with(')') || rest.ends_with(']');
  for (auto [title_end, date_start] : trailing_date_starts(rest)) {
    std::string_view date_text = rest.substr(date_start);
    if (bracketed) date_text.remove_suffix(1);
    auto date = whole_date_line(trim_spaces(date_text), month_first);
    if (!date) continue;
    std::string_view title = trim_spaces(rest.substr(0, title_end));
    // A sentence ends with a full stop; `30 May - 1 June 2017` is a range, not a title.
    if (!has_letter(title) || title.ends_with('.') || parse_date_line(title, false) ||
        !date_prefixes(title, true).empty())
      return std::nullopt;
    date->heading.title = std::string(title);
    date->heading.title_offset = lead;
    return date;
  }
  return std::nullopt;
}

namespace {

// Lower-case words of place names (`Port of Spain`, `Dar es Salaam`).
constexpr std::array<std::string_view, 8> kPlaceParticles{"of", "es", "de", "da",
                                                          "do", "la", "el", "al"};

bool place_word_byte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == '\'' || c == '-';
}

// The length of the place name that starts `text` (`VIENNA`, `Port of Spain`, `Dushanbe,
// Tajikistan`, `BRUSSELS/VIENNA`), stopping before the `, ` or ` (` that comes before a date
// (`date_after` says whether one starts at a position); 0 when `text` starts with no place.
template <typename DateAfter>
std::size_t place_before_date(std::string_view text, DateAfter date_after) {
  constexpr int kMaxWords = 6, kMaxParts = 3;
  int words = 0, parts = 1;
  std::size_t pos = 0;
  while (pos < text.size() && words < kMaxWords) {
    std::size_t end = pos;
    while (end < text.size() && place_word_byte(text[end])) ++end;
    std::string_view word = text.substr(pos, end - pos);
    if (word.empty()) return 0;
    bool capital =
        (word[0] >= 'A' && word[0] <= 'Z') || static_cast<unsigned char>(word[0]) >= 0x80;
    bool particle =
        std::find(kPlaceParticles.begin(), kPlaceParticles.end(), word) != kPlaceParticles.end();
    if (!capital && !(particle && words > 0)) return 0;
    ++words;
    if (date_after(end)) return end;
    if (text.substr(end).starts_with(", ") && ++parts <= kMaxParts) {
      pos = end + 2;
    } else if (end < text.size() && (text[end] == ' ' || text[end] == '/')) {
      pos = end + 1;
    } else {
      return 0;
    }
  }
  return 0;
}

// The bytes of what may follow a dateline's date and place: the line's end (0 bytes, `alone`),
// or a dash or colon before the text. npos for anything else.
std::size_t dateline_end(std::string_view rest, bool& alone) {
  std::size_t pos = 0;
  while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos;
  alone = pos == rest.size();
  if (alone) return pos;
  for (std::string_view mark : {std::string_view("-"), std::string_view("\xE2\x80\x93"),
                                std::string_view("\xE2\x80\x94"), std::string_view(":")}) {
    if (!rest.substr(pos).starts_with(mark)) continue;
    // `Vienna, 26 September 2014:` ends before a new line too.
    std::size_t after = pos + mark.size();
    if (after == rest.size() || rest[after] == ' ') return after;
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view line) {
  const std::string_view rest = trim_spaces(line);
  bool alone = false;
  // `26 September 2014, Vienna - ...`
  for (const auto& [span, consumed] : date_prefixes(rest, /*allow_missing_year=*/false)) {
    if (!rest.substr(consumed).starts_with(", ")) continue;
    std::string_view after = rest.substr(consumed + 2);
    std::size_t place = place_before_date(after, [&](std::size_t end) {
      return dateline_end(after.substr(end), alone) != std::string_view::npos;
    });
    if (place > 0) return Dateline{heading_of(span), alone};
  }
  // `VIENNA, 26 September 2014 - ...`, `Brussels (26.09.2014) - ...`
  std::optional<corpus_detail::DateSpan> found;
  auto date_after = [&](std::size_t end) {
    std::string_view next = rest.substr(end);
    bool bracket = next.starts_with(" (");
    if (!bracket && !next.starts_with(", ")) return false;
    next.remove_prefix(2);
    for (const auto& [span, consumed] : date_prefixes(next, false)) {
      std::string_view tail = next.substr(consumed);
      if (bracket && !tail.starts_with(')')) continue;
      if (bracket) tail.remove_prefix(1);
      if (dateline_end(tail, alone) == std::string_view::npos) continue;
      found = span;
      return true;
    }
    return false;
  };
  if (place_before_date(rest, date_after) > 0 && found) return Dateline{heading_of(*found), alone};
  return std::nullopt;
}

namespace {

// `[26.09.2014] Title`, `(26.09.2014) Title`: a date in brackets before a title. The guideline
// wants `:` or a spaced dash after a heading's date, so this starts no item on a page that has
// headings of that form (segment_text reads such lines on a page with no others), but is said.
std::optional<std::string> bracketed_date_problem(std::string_view line) {
  line = trim_spaces(line);
  if (line.size() > kMaxHeadingBytes || line.empty() || (line[0] != '[' && line[0] != '('))
    return std::nullopt;
  const char close = line[0] == '[' ? ']' : ')';
  std::string_view inner = line.substr(1);
  for (const auto& [span, consumed] : date_prefixes(inner, /*allow_missing_year=*/false)) {
    if (consumed >= inner.size() || inner[consumed] != close) continue;
    if (!has_letter(inner.substr(consumed + 1))) continue;
    std::string date(inner.substr(0, consumed));
    return "\"" + std::string(line.substr(0, consumed + 2)) +
           "\" starts what looks like a heading, but a date in brackets starts no item (write \"" +
           date + " - Title\"); its lines join the item before";
  }
  return std::nullopt;
}

// `September 2014 - Title`: a heading's month and year with no day, which gives no ISO date.
std::optional<std::string> dayless_date_problem(std::string_view rest) {
  std::size_t consumed = corpus_detail::month_year_prefix(rest);
  if (consumed == 0) return std::nullopt;
  bool colon = false;
  std::size_t pos = title_start(rest, consumed, colon);
  if (pos == std::string_view::npos || !has_letter(rest.substr(pos))) return std::nullopt;
  std::string date(rest.substr(0, consumed));
  return "\"" + date +
         "\" starts what looks like a heading, but the date has no day, so it gives no ISO date "
         "(write one, as in \"1 " +
         date + " - Title\"); its lines join the item before";
}

// What heading_problem says of date words kg cannot read before a title.
std::string unreadable_date(std::string_view date) {
  return "\"" + std::string(date) +
         "\" starts what looks like a heading, but kg cannot read that date (write one date or "
         "range, as in \"15-17 March 2022 - Title\"); its lines join the item before";
}

// `Tuesday, 15 - Thursday, 17 March 2022 - Title` in a form the grammar does not read: date
// words up to a year, then a separator and a title. Said, so that no item is lost unseen.
// `read` holds the dates the lenient grammar found at the start of `rest`.
std::optional<std::string> unread_date_problem(
    std::string_view rest,
    const std::vector<std::pair<corpus_detail::DateSpan, std::size_t>>& read) {
  std::size_t consumed = corpus_detail::date_words_prefix(rest);
  if (consumed == 0) return std::nullopt;
  // A date the grammar reads this far was judged already (`1 June 2017 - 31 May 2018 was`).
  for (const auto& candidate : read)
    if (candidate.second >= consumed) return std::nullopt;
  bool colon = false;
  std::size_t pos = title_start(rest, consumed, colon);
  if (pos == std::string_view::npos || !has_letter(rest.substr(pos))) return std::nullopt;
  return unreadable_date(rest.substr(0, consumed));
}

// `2023-01-30 / 2023-02-02: Title`, `2023-01-30T10:00: Title`: a date the grammar reads, then
// more digits (and at most a short word) before the separator and a title. Said, so that no item
// is lost unseen; a dateline's place (`12 May 2021, Vienna - ...`) has no digit there.
std::optional<std::string> date_then_unread_problem(
    std::string_view rest,
    const std::vector<std::pair<corpus_detail::DateSpan, std::size_t>>& read) {
  constexpr std::size_t kMaxBetween = 40, kMaxLetters = 5;
  for (const auto& candidate : read) {
    // `5 June 14:00 - Meeting`: a date with no year before a time is body text, said nothing of.
    if (candidate.first.year == 0) continue;
    const std::size_t consumed = candidate.second;
    for (std::size_t at = consumed + 1; at < rest.size() && at <= consumed + kMaxBetween; ++at) {
      if (rest[at] == ':' && at + 1 < rest.size() && rest[at + 1] >= '0' && rest[at + 1] <= '9')
        continue;  // a time of day, `10:00`
      bool colon = false;
      std::size_t pos = title_start(rest, at, colon);
      if (pos == std::string_view::npos || !has_letter(rest.substr(pos))) continue;
      std::string_view between = rest.substr(consumed, at - consumed);
      std::size_t digits = 0, letters = 0;
      for (char c : between) {
        digits += c >= '0' && c <= '9';
        letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      }
      if (digits == 0 || letters > kMaxLetters) break;
      return unreadable_date(trim_spaces(rest.substr(0, at)));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> heading_problem(std::string_view line) {
  if (auto problem = bracketed_date_problem(line)) return problem;
  std::size_t lead = 0;
  auto candidate = heading_candidate(line, lead);
  if (!candidate) return std::nullopt;
  std::string_view rest = *candidate;
  if (auto problem = dayless_date_problem(rest)) return problem;
  const auto read = date_prefixes(rest, true, /*lenient=*/true);
  for (const auto& [span, consumed] : read) {
    bool colon = false;
    std::size_t pos = title_start(rest, consumed, colon);
    if (pos == std::string_view::npos) continue;
    if (!colon && !date_prefixes(rest.substr(pos), true, true).empty()) continue;
    std::string date(rest.substr(0, consumed));
    bool possible = false;
    for (const auto& strict : date_prefixes(rest, true)) possible |= strict.second == consumed;
    if (possible) return "\"" + date + "\" starts what looks like a heading, but no title follows";
    bool slashed = date.find('/') != std::string::npos;
    std::string why = span.misspelled_month ? "its month is misspelled"
                      : slashed && span.month <= 12 && span.day <= 12
                          ? "could be day/month or month/day (write 5 June 2019 or 2019-06-05)"
                          : "is not a possible date";
    return "\"" + date + "\" starts what looks like a heading, but " + why +
           "; its lines join the item before";
  }
  if (auto problem = unread_date_problem(rest, read)) return problem;
  return date_then_unread_problem(rest, read);
}

}  // namespace kg
