// A small recursive-descent grammar of the date forms news sites use in headings.
#include "dates.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <span>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/text.hpp"

namespace kg::corpus_detail {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";

struct NameValue {
  std::string_view name;
  int value;
  bool abbreviation;
};

constexpr std::array kMonths{
    NameValue{"january", 1, false},   NameValue{"jan", 1, true},
    NameValue{"february", 2, false},  NameValue{"feb", 2, true},
    NameValue{"march", 3, false},     NameValue{"mar", 3, true},
    NameValue{"april", 4, false},     NameValue{"apr", 4, true},
    NameValue{"may", 5, false},       NameValue{"june", 6, false},
    NameValue{"jun", 6, true},        NameValue{"july", 7, false},
    NameValue{"jul", 7, true},        NameValue{"august", 8, false},
    NameValue{"aug", 8, true},        NameValue{"september", 9, false},
    NameValue{"sep", 9, true},        NameValue{"sept", 9, true},
    NameValue{"october", 10, false},  NameValue{"oct", 10, true},
    NameValue{"november", 11, false}, NameValue{"nov", 11, true},
    NameValue{"december", 12, false}, NameValue{"dec", 12, true},
};

constexpr std::array kWeekdays{
    NameValue{"monday", 1, false},  NameValue{"mon", 1, true},
    NameValue{"tuesday", 2, false}, NameValue{"tue", 2, true},
    NameValue{"tues", 2, true},     NameValue{"wednesday", 3, false},
    NameValue{"wed", 3, true},      NameValue{"thursday", 4, false},
    NameValue{"thu", 4, true},      NameValue{"thur", 4, true},
    NameValue{"thurs", 4, true},    NameValue{"friday", 5, false},
    NameValue{"fri", 5, true},      NameValue{"saturday", 6, false},
    NameValue{"sat", 6, true},      NameValue{"sunday", 7, false},
    NameValue{"sun", 7, true},
};

// A position in the text; parsers take it by reference and restore it when they fail.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  char peek(std::size_t k = 0) const { return i + k < s.size() ? s[i + k] : '\0'; }
  bool starts_with(std::string_view lit) const { return s.substr(i).starts_with(lit); }
  std::size_t skip_spaces() {
    std::size_t start = i;
    while (peek() == ' ' || peek() == '\t') ++i;
    return i - start;
  }
};

// A full stop that closes a number of a date, part of the date when no digit follows it: after a
// day before its month's name (German `26. September`, `26.-27. September`; not the one inside a
// numeric `26.09.`), and after a whole dotted date (Hungarian `2014.09.26.`, Croatian `6.5.2020.`).
void date_full_stop(Cursor& c) {
  if (c.peek() == '.' && !is_digit(c.peek(1))) ++c.i;
}

std::optional<int> number(Cursor& c, std::size_t min_len, std::size_t max_len) {
  std::size_t start = c.i;
  while (is_digit(c.peek())) ++c.i;
  std::size_t len = c.i - start;
  if (len < min_len || len > max_len) {
    c.i = start;
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t k = start; k < c.i; ++k) value = value * 10 + (c.s[k] - '0');
  return value;
}

// A word from `table`, any case; abbreviations may take a full stop.
std::optional<int> named(Cursor& c, const auto& table) {
  std::size_t start = c.i;
  std::string word;
  while (is_alpha(c.peek())) word += lower(c.s[c.i++]);
  for (const NameValue& entry : table) {
    if (entry.name != word) continue;
    if (entry.abbreviation && c.peek() == '.') ++c.i;
    return entry.value;
  }
  c.i = start;
  return std::nullopt;
}

std::optional<int> month(Cursor& c) {
  return named(c, kMonths);
}

// A word one or two letters from a month's name (`Febuary`, `Septembre`), same first letter:
// the month meant, for a warning; nullopt for a real month name or any other word.
std::optional<int> misspelled_month(Cursor& c) {
  std::size_t start = c.i;
  std::string word;
  while (is_alpha(c.peek())) word += lower(c.s[c.i++]);
  if (word.size() >= 4) {
    for (const NameValue& entry : kMonths) {
      if (entry.abbreviation || entry.name == word || entry.name[0] != word[0]) continue;
      std::size_t allowed = entry.name.size() >= 6 ? 2 : 1;
      if (bounded_edit_distance(word, entry.name, allowed) <= allowed) return entry.value;
    }
  }
  c.i = start;
  return std::nullopt;
}

// `lenient` also takes days that no month has (0, 32 to 99), to warn about them.
std::optional<int> day(Cursor& c, bool lenient = false) {
  std::size_t start = c.i;
  auto d = number(c, 1, 2);
  if (!d || (!lenient && (*d < 1 || *d > 31))) {
    c.i = start;
    return std::nullopt;
  }
  static constexpr std::array<std::string_view, 4> kOrdinals{"st", "nd", "rd", "th"};
  for (std::string_view suffix : kOrdinals) {
    if (lower(c.peek()) == suffix[0] && lower(c.peek(1)) == suffix[1] && !is_alpha(c.peek(2))) {
      c.i += 2;
      break;
    }
  }
  if (is_alpha(c.peek())) {  // `20th Anniversary`, `5x`
    c.i = start;
    return std::nullopt;
  }
  return d;
}

std::optional<int> year(Cursor& c) {
  std::size_t start = c.i;
  auto y = number(c, 4, 4);
  // Any four-digit year from 1000: archives and generated corpora run past 2999.
  if (!y || *y < 1000 || is_alpha(c.peek())) {
    c.i = start;
    return std::nullopt;
  }
  return y;
}

// A two-digit year read as 1970-2069, the window in which pages that write two digits date
// their news.
int full_year(int two_digit_year) {
  return two_digit_year < 70 ? 2000 + two_digit_year : 1900 + two_digit_year;
}

// The year of a numeric date: four digits, or, where `two_digits` allows it, two (`26/09/14`).
// Dotted and hyphenated dates allow two only after a two-digit day and month: `3.1.12 - Scope`
// numbers a section.
std::optional<int> numeric_year(Cursor& c, bool two_digits) {
  if (auto y = year(c)) return y;
  if (!two_digits) return std::nullopt;
  std::size_t start = c.i;
  auto yy = number(c, 2, 2);
  if (!yy || is_alpha(c.peek())) {
    c.i = start;
    return std::nullopt;
  }
  return full_year(*yy);
}

// Whether what follows the cursor can end a heading's date: the end of the text, `:` (not
// that of a time, `14:00`), a spaced dash or bar, or a weekday in parentheses.
bool separator_follows(Cursor c) {
  std::size_t spaces = c.skip_spaces();
  if (c.i == c.s.size()) return true;
  if (c.peek() == ':') return !is_digit(c.peek(1));
  if (spaces == 0) return false;
  return title_dash_length(c.s.substr(c.i)) > 0 || parenthesised_weekday(c.s.substr(c.i)) > 0;
}

// A two-digit year after a month's name (`26 Sep 14`, `Sep 26 '14`), only where the date
// ends: in `5 June 14:00 - Meeting` the 14 is an hour.
std::optional<int> short_year(Cursor& c) {
  std::size_t start = c.i;
  if (c.peek() == '\'') ++c.i;
  if (auto yy = number(c, 2, 2); yy && separator_follows(c)) return full_year(*yy);
  c.i = start;
  return std::nullopt;
}

// ` 2014`, `, 2014`, `,2014`, ` 14`, ` '14`, or nothing (0).
int optional_year(Cursor& c) {
  std::size_t start = c.i;
  c.skip_spaces();
  if (c.peek() == ',') {
    ++c.i;
    c.skip_spaces();
  }
  if (c.i > start) {
    if (auto y = year(c)) return *y;
    if (auto y = short_year(c)) return *y;
  }
  c.i = start;
  return 0;
}

bool connector(Cursor& c, bool allow_and);

// A weekday, or a range of them (`Tuesday-Thursday, November 5-7, 2019`), then a comma or a
// space.
bool skip_weekday(Cursor& c) {
  std::size_t start = c.i;
  if (!named(c, kWeekdays)) return false;
  if (std::size_t end = c.i; !(connector(c, false) && named(c, kWeekdays))) c.i = end;
  if (c.peek() == ',') ++c.i;
  if (c.skip_spaces() == 0 && c.s[c.i - 1] != ',') {
    c.i = start;
    return false;
  }
  return true;
}

// The word joining the two ends of a range: `-`, `–`, `—`, `to`, and for days `and`, `&`.
bool connector(Cursor& c, bool allow_and) {
  std::size_t start = c.i;
  std::size_t before = c.skip_spaces();
  bool matched = false;
  for (std::string_view dash : {std::string_view("-"), kEnDash, kEmDash}) {
    if (c.starts_with(dash)) {
      c.i += dash.size();
      matched = true;
      break;
    }
  }
  if (!matched && before > 0) {
    static constexpr std::array<std::string_view, 3> kWords{"to", "and", "&"};
    for (std::string_view word : std::span(kWords).first(allow_and ? 3 : 1)) {
      if (c.starts_with(word) && (c.peek(word.size()) == ' ' || c.peek(word.size()) == '\t')) {
        c.i += word.size();
        matched = true;
        break;
      }
    }
  }
  if (!matched) {
    c.i = start;
    return false;
  }
  c.skip_spaces();
  return true;
}

bool spaces(Cursor& c) {
  return c.skip_spaces() > 0;
}

// The spaces between a day and its month, with the `of` British sites write there
// (`26th of September 2014`).
bool spaces_before_month(Cursor& c) {
  if (!spaces(c)) return false;
  if (c.starts_with("of") && (c.peek(2) == ' ' || c.peek(2) == '\t')) {
    c.i += 2;
    c.skip_spaces();
  }
  return true;
}

// What the grammar accepts: `lenient` also takes impossible days and months and reversed
// ranges (`31 February 2018`, `2018-13-01`, `5 - 3 June`), to warn about them.
struct Mode {
  bool allow_missing_year = false;
  bool lenient = false;
};

// Fills missing years from the other end, checks days and order.
std::optional<DateSpan> finish_span(DateSpan d, Mode mode) {
  // Only a later month can run into the next year (`30 December - 2 January 2019`):
  // `3 June - 1 June 2018` is reversed, not a year long.
  bool crosses = d.end_month < d.month;
  if (d.year == 0 && d.end_year != 0) d.year = d.end_year - (crosses ? 1 : 0);
  if (d.end_year == 0 && d.year != 0) d.end_year = d.year + (crosses ? 1 : 0);
  if (d.year == 0 && !mode.allow_missing_year) return std::nullopt;
  if (mode.lenient) return d;
  // An ISO date has four digits of year: `30 December 9999 - 2 January` cannot be written.
  if (d.end_year > kLastYear) return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.end_month < 1 || d.end_month > 12) return std::nullopt;
  // Without a year, 29 February must stay possible: check against a leap year.
  constexpr int kLeapYear = 2000;
  if (d.day > days_in_month(d.year ? d.year : kLeapYear, d.month)) return std::nullopt;
  if (d.end_day > days_in_month(d.end_year ? d.end_year : kLeapYear, d.end_month))
    return std::nullopt;
  if (d.year != 0) {
    long length = days_from_civil(d.end_year, d.end_month, d.end_day) -
                  days_from_civil(d.year, d.month, d.day);
    constexpr long kMaxRangeDays = 366;
    if (length < 0 || length > kMaxRangeDays) return std::nullopt;
  } else if (d.month == d.end_month && d.end_day < d.day) {
    return std::nullopt;
  }
  return d;
}

using Candidates = std::vector<std::pair<DateSpan, std::size_t>>;

void add(Candidates& out, const DateSpan& d, const Cursor& c, Mode mode) {
  if (auto done = finish_span(d, mode)) out.emplace_back(*done, c.i);
}

DateSpan single(int y, int m, int d) {
  return {y, m, d, y, m, d};
}

// Three parts joined by one `separator` character, each read by its parser: the values in
// the order written, or nothing with the cursor where it was.
template <typename First, typename Second, typename Third>
std::optional<std::array<int, 3>> joined_parts(Cursor& c, char separator, First first,
                                               Second second, Third third) {
  std::size_t start = c.i;
  if (auto a = first(c); a && c.peek() == separator) {
    ++c.i;
    if (auto b = second(c); b && c.peek() == separator) {
      ++c.i;
      if (auto z = third(c)) return std::array{*a, *b, *z};
    }
  }
  c.i = start;
  return std::nullopt;
}

std::optional<int> day_or_month_number(Cursor& c) {
  return number(c, 1, 2);
}

// A day that ends a date, not followed by a letter.
std::optional<int> last_day(Cursor& c) {
  std::size_t start = c.i;
  auto d = number(c, 1, 2);
  if (d && !is_alpha(c.peek())) return d;
  c.i = start;
  return std::nullopt;
}

// The last day of an ISO interval, which may have its time glued on (`13T17:00`).
std::optional<int> last_day_before_time(Cursor& c) {
  std::size_t start = c.i;
  auto d = number(c, 1, 2);
  if (d && (!is_alpha(c.peek()) || (c.peek() == 'T' && is_digit(c.peek(1))))) return d;
  c.i = start;
  return std::nullopt;
}

// 2014-09-26 (ISO), 2014-9-6, 2014/09/26, 2014.9.26: year first with hyphens, slashes or dots,
// as ISO, East Asian and some European sites write it; the month always comes second in that
// order. Hungarian sites close the dotted form with a full stop (2014.09.26.), part of the date.
bool year_first_date_at(Cursor& c, DateSpan& out) {
  for (char separator : {'-', '/', '.'})
    if (auto parts = joined_parts(c, separator, year, day_or_month_number,
                                  separator == '-' ? last_day_before_time : last_day)) {
      if (separator == '.') date_full_stop(c);
      out = single((*parts)[0], (*parts)[1], (*parts)[2]);
      return true;
    }
  return false;
}

// 2014. 09. 26. (the Hungarian way, spaced): year, month and day each closed by a full stop, a
// space after the year's and the month's. The day's full stop is optional.
bool spaced_year_first_dotted_date_at(Cursor& c, DateSpan& out) {
  std::size_t start = c.i;
  auto y = year(c);
  if (y && c.peek() == '.' && c.peek(1) == ' ') {
    c.i += 2;
    auto m = number(c, 1, 2);
    if (m && c.peek() == '.' && c.peek(1) == ' ') {
      c.i += 2;
      if (auto d = last_day(c)) {
        if (c.peek() == '.') ++c.i;
        out = single(*y, *m, *d);
        return true;
      }
    }
  }
  c.i = start;
  return false;
}

// 26-Sep-2014, 26-September-2014, Sep-26-2014, 2014-Sep-26: a month's name between hyphens,
// as archives and spreadsheets export dates.
bool month_name_between_hyphens_at(Cursor& c, DateSpan& out) {
  if (auto parts = joined_parts(c, '-', day_or_month_number, month, year)) {
    out = single((*parts)[2], (*parts)[1], (*parts)[0]);
    return true;
  }
  if (auto parts = joined_parts(c, '-', month, day_or_month_number, year)) {
    out = single((*parts)[2], (*parts)[0], (*parts)[1]);
    return true;
  }
  if (auto parts = joined_parts(c, '-', year, month, last_day)) {
    out = single((*parts)[0], (*parts)[1], (*parts)[2]);
    return true;
  }
  return false;
}

// 2014 September 26, 2014 Sep 26th: the year first and the month's name, as some Asian and
// Nordic sites write dates in English.
bool year_month_name_day_at(Cursor& c, DateSpan& out) {
  std::size_t start = c.i;
  std::optional<int> y, m, d;
  if ((y = year(c)) && spaces(c) && (m = month(c)) && spaces(c) && (d = day(c))) {
    out = single(*y, *m, *d);
    return true;
  }
  c.i = start;
  return false;
}

// Whether the two numbers before the cursor's year, each followed by `separator`, have two
// digits each (`26.09.`), which a two-digit year asks for.
bool padded_before(const Cursor& c, char separator) {
  return c.i >= 6 && c.s[c.i - 1] == separator && c.s[c.i - 4] == separator &&
         is_digit(c.s[c.i - 2]) && is_digit(c.s[c.i - 3]) && is_digit(c.s[c.i - 5]) &&
         is_digit(c.s[c.i - 6]) && (c.i == 6 || !is_digit(c.s[c.i - 7]));
}

// Day, month and year joined by `separator`: 26.09.2014, 26.09.14, and the date after a range
// of days.
bool day_month_year_at(Cursor& c, DateSpan& out, char separator) {
  auto year_here = [separator](Cursor& at) {
    return numeric_year(at, padded_before(at, separator));
  };
  auto parts = joined_parts(c, separator, day_or_month_number, day_or_month_number, year_here);
  if (parts) out = single((*parts)[2], (*parts)[1], (*parts)[0]);
  return parts.has_value();
}

// 26.09.2014 [- 27.09.2014]; Croatian sites close the year with a full stop too (6.5.2020.),
// part of the date when no digit follows it.
bool dotted_date_at(Cursor& c, DateSpan& out) {
  if (!day_month_year_at(c, out, '.')) return false;
  date_full_stop(c);
  return true;
}

// 9. 12. 2021. (the Croatian, Czech, Slovak and Slovene way): day, month and year each closed
// by a full stop, a space after the day's and the month's. The year's full stop is optional.
bool spaced_dotted_date_at(Cursor& c, DateSpan& out) {
  std::size_t start = c.i;
  auto closed_number = [&c]() -> std::optional<int> {
    auto n = number(c, 1, 2);
    if (!n || c.peek() != '.' || c.peek(1) != ' ') return std::nullopt;
    c.i += 2;
    return n;
  };
  auto d = closed_number();
  auto m = d ? closed_number() : std::nullopt;
  auto y = m ? numeric_year(c, /*two_digits=*/false) : std::nullopt;
  if (y && !is_digit(c.peek())) {
    if (c.peek() == '.') ++c.i;
    out = single(*y, *m, *d);
    return true;
  }
  c.i = start;
  return false;
}

// 12/12/2019, 25/12/2019, 25/12/19 (day first), 12/25/2019, 9/26/14 (month first): only when
// the order is plain; 05/06/2019 could be either, and is taken only by the lenient grammar, to warn
// about it.
bool slashed_date_at(Cursor& c, DateSpan& out, Mode mode) {
  std::size_t start = c.i;
  auto a = number(c, 1, 2);
  if (a && c.peek() == '/') {
    ++c.i;
    auto b = number(c, 1, 2);
    if (b && c.peek() == '/') {
      ++c.i;
      auto y = numeric_year(c, /*two_digits=*/true);
      bool day_first = *a > 12 || *a == *b, month_first = *b > 12 && *a <= 12;
      if (y && (day_first || month_first || mode.lenient)) {
        out = month_first ? single(*y, *a, *b) : single(*y, *b, *a);
        return true;
      }
    }
  }
  c.i = start;
  return false;
}

// 22-11-2018: day first, the order of pages that join a numeric date with hyphens (the US
// writes slashes, ISO starts with the year); 11-22-2018, whose second number is no month, is
// month first.
bool hyphenated_date_at(Cursor& c, DateSpan& out) {
  std::size_t start = c.i;
  auto a = number(c, 1, 2);
  if (a && c.peek() == '-') {
    ++c.i;
    auto b = number(c, 1, 2);
    if (b && c.peek() == '-') {
      ++c.i;
      if (auto y = numeric_year(c, padded_before(c, '-')); y && !is_alpha(c.peek())) {
        out = *b > 12 && *a <= 12 ? single(*y, *a, *b) : single(*y, *b, *a);
        return true;
      }
    }
  }
  c.i = start;
  return false;
}

// The three numbers of a slashed date, in the order written.
std::optional<std::array<int, 3>> slashed_numbers(Cursor& c) {
  auto two_digit_year = [](Cursor& at) { return numeric_year(at, /*two_digits=*/true); };
  return joined_parts(c, '/', day_or_month_number, day_or_month_number, two_digit_year);
}

// 12/03/2018-14/03/2018: a range of two slashed dates, where one end settles the order that
// the other leaves open (14 is no month, so both are day first).
void slashed_range_form(Cursor c, Candidates& out, Mode allow) {
  auto first = slashed_numbers(c);
  if (!first || !connector(c, false)) return;
  auto second = slashed_numbers(c);
  if (!second) return;
  auto [a1, b1, y1] = *first;
  auto [a2, b2, y2] = *second;
  bool day_first = a1 > 12 || a2 > 12, month_first = b1 > 12 || b2 > 12;
  if (day_first == month_first) return;  // neither end settles it, or they disagree
  if (day_first)
    add(out, {y1, b1, a1, y2, b2, a2}, c, allow);
  else
    add(out, {y1, a1, b1, y2, a2, b2}, c, allow);
}

template <typename DateAt>
void numeric_form(Cursor c, DateAt date_at, Candidates& out, Mode allow) {
  DateSpan first;
  if (!date_at(c, first)) return;
  add(out, first, c, allow);
  DateSpan second;
  if (connector(c, false) && date_at(c, second)) {
    first.end_year = second.year, first.end_month = second.month, first.end_day = second.day;
    add(out, first, c, allow);
  }
}

// 17-18/04/2012, 17-18.04.2012, 26.-27.09.2014: a range of days written before one numeric
// date. The days come first, so the date after them is read day first. 23-24-09-2015: the same with
// hyphens; 14.-15. 10. 2021.: before a spaced dotted date.
void numeric_day_range_form(Cursor c, char separator, Candidates& out, Mode allow) {
  auto first_day = number(c, 1, 2);
  if (first_day && separator == '.' && c.peek() == '.') ++c.i;  // German `26.-27.09.2014`
  if (!first_day || !connector(c, false)) return;
  DateSpan range;
  if (!day_month_year_at(c, range, separator) &&
      !(separator == '.' && spaced_dotted_date_at(c, range)))
    return;
  range.day = *first_day;
  add(out, range, c, allow);
}

// 24-25-Sep-2020: a range of days before a month's name between hyphens, as archives that
// write 25-Sep-2020 write two days.
void month_name_between_hyphens_range_form(Cursor c, Candidates& out, Mode allow) {
  auto first_day = number(c, 1, 2);
  if (!first_day || !connector(c, false)) return;
  auto parts = joined_parts(c, '-', day_or_month_number, month, year);
  if (!parts) return;
  DateSpan range = single((*parts)[2], (*parts)[1], (*parts)[0]);
  range.day = *first_day;
  add(out, range, c, allow);
}

// 26.09.-2.10.2014, 30.09-01.10.2021, 30/05 - 01/06/2018: a range whose first day and month
// take the year written after the last.
void day_month_range_form(Cursor c, char separator, Candidates& out, Mode allow) {
  auto first_day = number(c, 1, 2);
  if (!first_day || c.peek() != separator) return;
  ++c.i;
  auto first_month = number(c, 1, 2);
  if (!first_month) return;
  if (separator == '.' && c.peek() == '.') ++c.i;
  DateSpan end;
  if (!connector(c, false) || !day_month_year_at(c, end, separator)) return;
  add(out, {0, *first_month, *first_day, end.year, end.month, end.day}, c, allow);
}

// `T09:00` or `T09:00:30`, the time ISO 8601 glues to a date; the cursor stays put on anything
// else.
void skip_iso_time(Cursor& c) {
  Cursor t = c;
  if (t.peek() != 'T') return;
  ++t.i;
  auto hour = number(t, 2, 2);
  if (!hour || *hour > 23 || t.peek() != ':') return;
  ++t.i;
  auto minute = number(t, 2, 2);
  if (!minute || *minute > 59) return;
  if (t.peek() == ':' && is_digit(t.peek(1)) && is_digit(t.peek(2))) t.i += 3;
  if (!is_alpha(t.peek()) && !is_digit(t.peek())) c = t;
}

// 2014-09-26/27 or 2014-09-26-27: an ISO date and the last day of a range in its month;
// 2011-11-30/12-01: the month and day of a range that ends in the next month;
// 2023-01-30/2023-02-02: an ISO 8601 interval of two whole dates, or of two times
// (2011-10-12T09:00/2011-10-13T17:00). Year-first dates with slashes or dots join their range
// with a hyphen or dash instead: 2023/11/14-16, 2023.11.30-12.01.
void iso_day_range_form(Cursor start, Candidates& out, Mode allow) {
  for (auto [separator, joins] :
       {std::pair{'-', std::string_view("/")}, std::pair{'-', std::string_view("-")},
        std::pair{'/', std::string_view("-")}, std::pair{'/', std::string_view("\xE2\x80\x93")},
        std::pair{'.', std::string_view("-")}, std::pair{'.', std::string_view("\xE2\x80\x93")}}) {
    Cursor c = start;
    auto parts = joined_parts(c, separator, year, day_or_month_number, day_or_month_number);
    const bool iso = separator == '-' && joins == "/";
    if (parts && iso) skip_iso_time(c);
    if (!parts || !c.starts_with(joins)) continue;
    c.i += joins.size();
    auto [y, m, d] = *parts;
    Cursor whole = c;
    if (auto end = joined_parts(whole, separator, year, day_or_month_number,
                                iso ? last_day_before_time : last_day)) {
      if (iso) skip_iso_time(whole);
      add(out, {y, m, d, (*end)[0], (*end)[1], (*end)[2]}, whole, allow);
      continue;
    }
    Cursor month_day = c;
    auto end_month = number(month_day, 1, 2);
    if (end_month && month_day.peek() == separator) {
      ++month_day.i;
      if (auto end_day = last_day(month_day)) {
        add(out, {y, m, d, y, *end_month, *end_day}, month_day, allow);
        continue;
      }
    }
    if (auto end_day = last_day(c)) add(out, {y, m, d, y, m, *end_day}, c, allow);
  }
}

// Days and months as `mode` reads them: the lenient grammar also takes a misspelled month
// name, and marks the spans it finds with one for the warning.
struct Parts {
  Mode mode;
  bool misspelled = false;

  std::optional<int> day_at(Cursor& c) const { return day(c, mode.lenient); }
  std::optional<int> month_at(Cursor& c) {
    if (auto m = month(c)) return m;
    if (!mode.lenient) return std::nullopt;
    auto m = misspelled_month(c);
    misspelled = misspelled || m.has_value();
    return m;
  }
  void take(Candidates& out, DateSpan d, const Cursor& c) const {
    d.misspelled_month = misspelled;
    add(out, d, c, mode);
  }
};

// What joins a range of days before their month: a connector, or a slash (`26/27 September`).
bool day_range_connector(Cursor& c) {
  if (c.peek() != '/') return connector(c, true);
  ++c.i;
  return true;
}

// 19-20 June 2018 | 7 and 8 June | 26 September 2014 | 30 May - 1 June 2017 | 26/27 Sep 2014
// | Monday 30 and Tuesday 31 October 2023 | Tuesday, 15 - Thursday, 17 March 2022
// | 14th-15th of October 2021
void day_first_form(Cursor c, Candidates& out, Mode allow) {
  Parts parts{allow};
  auto d1 = parts.day_at(c);
  if (!d1) return;
  date_full_stop(c);
  Cursor joined = c;
  if (day_range_connector(joined)) {
    skip_weekday(joined);
    auto d2 = parts.day_at(joined);
    if (d2) date_full_stop(joined);
    std::optional<int> m;
    if (d2 && spaces_before_month(joined) && (m = parts.month_at(joined))) {
      int y = optional_year(joined);
      parts.take(out, {y, *m, *d1, y, *m, *d2}, joined);
      return;
    }
  }
  std::optional<int> m1;
  if (!spaces_before_month(c) || !(m1 = parts.month_at(c))) return;
  int y1 = optional_year(c);
  parts.take(out, single(y1, *m1, *d1), c);
  if (!connector(c, false)) return;
  skip_weekday(c);
  auto d2 = parts.day_at(c);
  if (d2) date_full_stop(c);
  std::optional<int> m2;
  if (!d2 || !spaces_before_month(c) || !(m2 = parts.month_at(c))) return;
  int y2 = optional_year(c);
  parts.take(out, {y1, *m1, *d1, y2, *m2, *d2}, c);
}

// September 26, 2014 | September 26-27, 2014 | September 30 - October 2, 2014
// | September 26 and 27, 2014 (`and` only between days that share the year written last)
void month_first_form(Cursor c, Candidates& out, Mode allow) {
  Parts parts{allow};
  auto m1 = parts.month_at(c);
  std::optional<int> d1;
  if (!m1 || !spaces(c) || !(d1 = parts.day_at(c))) return;
  int y1 = optional_year(c);
  parts.take(out, single(y1, *m1, *d1), c);
  if (!connector(c, y1 == 0)) return;
  skip_weekday(c);
  Cursor cross = c;
  Parts crossed = parts;
  std::optional<int> m2 = crossed.month_at(cross);
  std::optional<int> d2;
  if (m2 && spaces(cross) && (d2 = crossed.day_at(cross))) {
    c = cross;
    parts = crossed;
  } else {
    m2 = m1;
    if (!(d2 = parts.day_at(c))) return;
  }
  int y2 = optional_year(c);
  parts.take(out, {y1, *m1, *d1, y2, *m2, *d2}, c);
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

long days_from_civil(int year, int month, int day) {
  // Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar.
  long y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string iso_date(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::vector<std::pair<DateSpan, std::size_t>> date_prefixes(std::string_view text,
                                                            bool allow_missing_year, bool lenient) {
  Candidates out;
  Cursor c{text, 0};
  skip_weekday(c);
  Mode mode{allow_missing_year, lenient};
  numeric_form(c, year_first_date_at, out, mode);
  numeric_form(c, month_name_between_hyphens_at, out, mode);
  numeric_form(c, year_month_name_day_at, out, mode);
  numeric_form(c, dotted_date_at, out, mode);
  numeric_form(c, hyphenated_date_at, out, mode);
  numeric_form(
      c, [mode](Cursor& at, DateSpan& d) { return slashed_date_at(at, d, mode); }, out, mode);
  slashed_range_form(c, out, mode);
  numeric_day_range_form(c, '/', out, mode);
  numeric_day_range_form(c, '.', out, mode);
  numeric_day_range_form(c, '-', out, mode);
  numeric_form(c, spaced_dotted_date_at, out, mode);
  numeric_form(c, spaced_year_first_dotted_date_at, out, mode);
  month_name_between_hyphens_range_form(c, out, mode);
  day_month_range_form(c, '.', out, mode);
  day_month_range_form(c, '/', out, mode);
  iso_day_range_form(c, out, mode);
  day_first_form(c, out, mode);
  month_first_form(c, out, mode);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

std::size_t parenthesised_weekday(std::string_view text) {
  Cursor c{text, 0};
  if (c.peek() != '(') return 0;
  ++c.i;
  if (!named(c, kWeekdays)) return 0;
  // `(Tuesday-Wednesday)` after a range of two days.
  if (std::size_t end = c.i; !(connector(c, false) && named(c, kWeekdays))) c.i = end;
  if (c.peek() != ')') return 0;
  return c.i + 1;
}

std::size_t time_of_day_length(std::string_view text) {
  Cursor c{text, 0};
  if (c.peek() == 'T' && is_digit(c.peek(1))) {
    ++c.i;  // ISO 8601 writes the time glued to the date: `2011-12-08T10:00`
  } else {
    if (c.peek() == ',') ++c.i;
    if (c.skip_spaces() == 0 && c.i == 0) return 0;
  }
  auto hour = number(c, 1, 2);
  if (!hour || *hour > 23 || (c.peek() != ':' && c.peek() != 'h') || !is_digit(c.peek(1))) return 0;
  ++c.i;
  auto minute = number(c, 2, 2);
  if (!minute || *minute > 59) return 0;
  if (c.peek() == ':' && is_digit(c.peek(1)) && is_digit(c.peek(2))) c.i += 3;  // seconds
  if (is_alpha(c.peek()) || is_digit(c.peek())) return 0;
  std::size_t end = c.i;
  // `10:00 am`, `10:00 a.m.`, `14:30 CET`, `14:30 (CEST)`: words that belong to the time.
  Cursor after = c;
  after.skip_spaces();
  for (std::string_view meridiem : {"a.m.", "p.m.", "am", "pm", "AM", "PM"})
    if (after.starts_with(meridiem) && !is_alpha(after.peek(meridiem.size()))) {
      after.i += meridiem.size();
      end = after.i;
      after.skip_spaces();
      break;
    }
  bool bracketed = after.peek() == '(';
  std::size_t zone_start = after.i + (bracketed ? 1 : 0), zone_end = zone_start;
  while (zone_end < text.size() && text[zone_end] >= 'A' && text[zone_end] <= 'Z') ++zone_end;
  bool zone_closed = !bracketed || (zone_end < text.size() && text[zone_end] == ')');
  if (zone_end - zone_start >= 2 && zone_end - zone_start <= 4 && zone_closed &&
      (zone_end == text.size() || !is_alpha(text[zone_end])))
    end = zone_end + (bracketed ? 1 : 0);
  return end;
}

std::size_t title_dash_length(std::string_view text) {
  // `|` and `/` are the bar and the slash some news pages put there (`3 March 2023 / Title`),
  // the middle dot and the bullet others do (`26 September 2014 · Title`).
  constexpr std::string_view kMiddleDot = "\xC2\xB7", kBullet = "\xE2\x80\xA2";
  for (std::string_view dash : {std::string_view("-"), kEnDash, kEmDash, std::string_view("|"),
                                std::string_view("/"), kMiddleDot, kBullet})
    if (text.starts_with(dash)) {
      bool ends =
          dash.size() == text.size() || text[dash.size()] == ' ' || text[dash.size()] == '\t';
      return ends ? dash.size() : 0;
    }
  return 0;
}

std::size_t month_year_prefix(std::string_view text) {
  Cursor c{text, 0};
  if (!month(c)) return 0;
  std::size_t after_month = c.i;
  c.skip_spaces();
  if (c.peek() == ',') ++c.i;
  c.skip_spaces();
  return c.i > after_month && year(c) ? c.i : 0;
}

// Moves past the first of `literals` that starts at the cursor; with `whole_word`, only where
// no letter follows it.
bool skip_any(Cursor& c, std::initializer_list<std::string_view> literals, bool whole_word) {
  for (std::string_view literal : literals)
    if (c.starts_with(literal) && !(whole_word && is_alpha(c.peek(literal.size())))) {
      c.i += literal.size();
      return true;
    }
  return false;
}

std::size_t date_words_prefix(std::string_view text) {
  // Numbers, month and weekday names, the words and signs that join dates: what a date
  // the grammar does not read is written with. It ends at a four-digit year; one that opens
  // with its year (`2023/11/14-16`) ends at its last number.
  Cursor c{text, 0};
  bool month_seen = false, number_seen = false;
  const bool year_first = year(c) && (c.peek() == '/' || c.peek() == '.' || c.peek() == '-');
  std::size_t last_number_end = 0;
  int numbers = year_first ? 1 : 0;
  c.i = 0;
  constexpr std::size_t kLongestDate = 64;
  while (c.i < text.size() && c.i < kLongestDate) {
    std::size_t start = c.i;
    if (year(c) && (month_seen || number_seen)) return c.i;
    c.i = start;
    if (day(c) || number(c, 1, 4)) {
      number_seen = true;
      last_number_end = c.i;
      numbers += start > 0 ? 1 : 0;
    } else if (month(c)) {
      month_seen = true;
    } else if (!named(c, kWeekdays) &&
               !skip_any(c, {"and", "to", "of", "until", "till"}, /*whole_word=*/true) &&
               !skip_any(c, {" ", "\t", ",", ".", "/", "-", "&", "'", kEnDash, kEmDash},
                         /*whole_word=*/false)) {
      return year_first && numbers >= 3 ? last_number_end : 0;
    }
  }
  return 0;
}

std::optional<DateSpan> parse_date_prefix(std::string_view text, std::size_t& consumed,
                                          bool allow_missing_year) {
  auto candidates = date_prefixes(text, allow_missing_year);
  if (candidates.empty()) return std::nullopt;
  consumed = candidates.front().second;
  return candidates.front().first;
}

}  // namespace kg::corpus_detail

namespace kg {
namespace {

using corpus_detail::date_prefixes;
using corpus_detail::DateSpan;
using corpus_detail::iso_date;

std::optional<DateSpan> whole_date(std::string_view text) {
  text = trim_spaces(text);
  for (const auto& [span, consumed] : date_prefixes(text, false))
    if (consumed == text.size()) return span;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  auto span = whole_date(text);
  if (!span || span->year != span->end_year || span->month != span->end_month ||
      span->day != span->end_day)
    return std::nullopt;
  return iso_date(span->year, span->month, span->day);
}

std::optional<DateRange> parse_date_range(std::string_view text) {
  auto span = whole_date(text);
  if (!span) return std::nullopt;
  return DateRange{iso_date(span->year, span->month, span->day),
                   iso_date(span->end_year, span->end_month, span->end_day)};
}

}  // namespace kg
