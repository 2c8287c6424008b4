// The date grammar shared by parse_date, parse_date_range and parse_heading.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::corpus_detail {

// A day or a range of days as written; a year of 0 was not written.
struct DateSpan {
  int year = 0, month = 0, day = 0;
  int end_year = 0, end_month = 0, end_day = 0;
  bool misspelled_month = false;  // lenient grammar only: `31 Febuary 2018`
};

// Every date or range that starts `text`, longest first: a heading falls back to a shorter
// one when the longer is not followed by a separator (`3 March 2017 - 5 things`).
// `lenient` also gives impossible dates (`31 February 2018`, `2018-13-01`, `5 - 3 June`) and
// slashed dates of unclear order (`05/06/2019`), for warnings; of these only the unclear
// slashed dates start items (read in the order the page shows, segment.cpp), with a warning.
std::vector<std::pair<DateSpan, std::size_t>> date_prefixes(std::string_view text,
                                                            bool allow_missing_year,
                                                            bool lenient = false);
// The bytes of the dash, bar or slash that starts `text` and may part a heading's date from
// its title (`-`, an en or em dash, `|`, `/`), when a blank or the end of the text follows;
// else 0.
std::size_t title_dash_length(std::string_view text);
// The bytes of a weekday in parentheses that starts `text` (`(Thursday)`), or 0.
std::size_t parenthesised_weekday(std::string_view text);
// The bytes of a time of day that follows a heading's date (` 14:30`, `, 10:00 a.m.`,
// ` 09h30`, ` 14:30 CET`, ISO's `T10:00` glued to the date), spaces and an optional comma
// before it included; else 0.
std::size_t time_of_day_length(std::string_view text);
// The bytes of a month's name and a four-digit year that start `text` (`September 2014`,
// `Sept. 2014`, `September, 2014`): a date with no day, or 0.
std::size_t month_year_prefix(std::string_view text);
// The bytes of a run of date words that starts `text` and ends in a four-digit year, with a
// day or month before it (`Tuesday, 15 - Thursday, 17 March 2022`): what looks like a date,
// read or not; 0 when `text` starts otherwise.
std::size_t date_words_prefix(std::string_view text);
// Parses the longest date or date range at the start of `text` (an optional weekday first):
// `19-20 June 2018`, `16 - 17 May 2018`, `30 May - 1 June 2017`, `7 and 8 June`,
// `26.09.2014`, `2014-09-26`, `September 26-27, 2014`, `Friday, September 26, 2014`,
// `Sept. 26, 2014`, `26. Sept. 2014`, `26 Sep 14`, `Sep 26 '14`, `2014-9-26`, `Sep-26-2014`,
// `2014 September 26`, `26/27 September 2014`, `26.09.-2.10.2014`, `2014-09-26/27`. Sets `consumed`
// to the bytes used. Without `allow_missing_year` a date with no year is rejected. Days are checked
// against their month; the end may not precede the start.
std::optional<DateSpan> parse_date_prefix(std::string_view text, std::size_t& consumed,
                                          bool allow_missing_year);

// The last year an ISO date (four digits) can hold.
constexpr int kLastYear = 9999;

int days_in_month(int year, int month);
// Days since 1970-01-01 (proleptic Gregorian).
long days_from_civil(int year, int month, int day);
std::string iso_date(int year, int month, int day);

}  // namespace kg::corpus_detail
