// Lines that look like dated headings: parsed when the form is unambiguous, otherwise a
// diagnostic naming file and line, never a silent merge into the item before.
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "kg/corpus.hpp"

namespace {

std::vector<kg::Diagnostic> diagnostics_of(const std::string& text,
                                           std::vector<kg::Item>* items = nullptr) {
  std::vector<kg::Diagnostic> diagnostics;
  std::vector<kg::Item> found = kg::segment_text(text, "news.txt", 1, diagnostics);
  if (items != nullptr) *items = found;
  return diagnostics;
}

// `line` is no heading, and heading_problem says why.
void check_reported(std::string_view line, std::string_view why) {
  CAPTURE(line);
  CHECK_FALSE(kg::parse_heading(line));
  auto problem = kg::heading_problem(line);
  REQUIRE(problem);
  CHECK(problem->find(why) != std::string::npos);
}

}  // namespace

TEST_CASE("impossible dates at the start of a heading-like line are reported, not merged") {
  const std::vector<std::string> impossible = {
      "31 February 2018: Talks", "29 February 2019: Talks", "2018-13-01: Talks",
      "31.04.2018: Talks",       "5 - 3 June 2018: Talks",  "31 February 2018 - Talks"};
  for (const std::string& line : impossible) {
    check_reported(line, "is not a possible date");
    std::vector<kg::Item> items;
    auto diagnostics = diagnostics_of("1 June 2018: First\nBody.\n" + line + "\nMore.\n", &items);
    REQUIRE(items.size() == 1);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].file == "news.txt");
    CHECK(diagnostics[0].line == 3);
  }
  CHECK(kg::parse_heading("29 February 2020: Leap day"));  // possible, so a heading
}

TEST_CASE("days no month has, reversed ranges in one month and misspelled months are reported") {
  const std::vector<std::string> impossible = {"32 May 2018: Talks", "0 May 2018: Talks",
                                               "May 32, 2018: Talks", "5 - 3 June: Talks",
                                               "3 June - 1 June 2018: Talks"};
  for (const std::string& line : impossible) check_reported(line, "is not a possible date");
  check_reported("31 Febuary 2018: Talks", "its month is misspelled");
  check_reported("12 Septembre 2018 - Talks", "its month is misspelled");
  // A range into the next year still reads; a word that is no month is no heading at all.
  auto new_year = kg::parse_heading("30 December - 2 January 2019: Talks");
  REQUIRE(new_year);
  CHECK(new_year->date == "2018-12-30");
  CHECK(new_year->end_date == "2019-01-02");
  CHECK_FALSE(kg::heading_problem("20 Years 2018: Talks"));
  CHECK_FALSE(kg::heading_problem("12 Marks 2018: Talks"));
}

TEST_CASE("unambiguous forms are parsed: slashed dates, a weekday in parentheses") {
  auto weekday = kg::parse_heading("12 December 2019 (Thursday): Talks in Vienna");
  REQUIRE(weekday);
  CHECK(weekday->date == "2019-12-12");
  CHECK(weekday->title == "Talks in Vienna");
  auto day_first = kg::parse_heading("25/06/2019 - Visit");
  REQUIRE(day_first);
  CHECK(day_first->date == "2019-06-25");
  auto month_first = kg::parse_heading("06/25/2019: Visit");
  REQUIRE(month_first);
  CHECK(month_first->date == "2019-06-25");
  auto slashed = kg::parse_heading("12/12/2019 - Ministers meet in Lisbon");
  REQUIRE(slashed);
  CHECK(slashed->date == "2019-12-12");
  CHECK(slashed->title == "Ministers meet in Lisbon");
  // A date and separator with no title is not a heading, but it is said.
  std::vector<kg::Item> items;
  auto diagnostics = diagnostics_of("1 June 2018: First\nBody.\n12/12/2019 -\nMore.\n", &items);
  CHECK(items.size() == 1);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 3);
  CHECK(diagnostics[0].message.find("no title follows") != std::string::npos);
}

TEST_CASE("a slashed date of unclear order starts an item, read as the page's dates are") {
  CHECK_FALSE(kg::parse_heading("05/06/2019 - Visit"));
  auto problem = kg::heading_problem("05/06/2019 - Visit");
  REQUIRE(problem);
  CHECK(problem->find("day/month or month/day") != std::string::npos);

  // No other slashed date: day first, with a warning naming the line.
  std::vector<kg::Item> items;
  auto diagnostics =
      diagnostics_of("3 March 2019: First\nBody.\n05/06/2019 - Visit\nMore.\n", &items);
  REQUIRE(items.size() == 2);
  CHECK(items[1].date == "2019-06-05");
  CHECK(items[1].title == "Visit");
  CHECK(items[1].text.find("More.") != std::string::npos);
  CHECK(items[0].text.find("More.") == std::string::npos);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 3);
  CHECK(diagnostics[0].message.find("read as 2019-06-05 (day first") != std::string::npos);

  // The page writes month first elsewhere (12/25/2019): the unclear date is read so too.
  diagnostics = diagnostics_of("12/25/2019 - First\nBody.\n05/06/2020 - Visit\nMore.\n", &items);
  REQUIRE(items.size() == 2);
  CHECK(items[1].date == "2020-05-06");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("month first") != std::string::npos);

  // Day first elsewhere (25/12/2019) confirms the day-first reading; items keep text order.
  diagnostics = diagnostics_of("05/06/2020 - Visit\nMore.\n25/12/2019 - Later\nBody.\n", &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2020-06-05");
  CHECK(items[0].title == "Visit");
  CHECK(items[1].title == "Later");

  // The warning quotes the date, not the weekday written before it.
  diagnostics = diagnostics_of("Thu, 03/12/2015 - Talks\nBody.\n", &items);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.starts_with("\"03/12/2015\" could be day/month"));
}

TEST_CASE("a bar between date and title, as some news pages write it") {
  auto heading = kg::parse_heading("3 March 2023 | Ministers meet in Lisbon");
  REQUIRE(heading);
  CHECK(heading->date == "2023-03-03");
  CHECK(heading->title == "Ministers meet in Lisbon");
  // Glued to the date it is no separator.
  CHECK_FALSE(kg::parse_heading("3 March 2023|Ministers meet"));
}

TEST_CASE("a dateline with a place before the dash is body text, without a warning") {
  // The guideline: `12 May 2021, Vienna - ...` opens a paragraph; it is no heading.
  for (const char* line : {"12 May 2021, Vienna - The Office said", "Vienna, 12 May 2021 - text",
                           "2019 was a year of talks", "12 May 2021 was a Wednesday"}) {
    CAPTURE(line);
    CHECK_FALSE(kg::parse_heading(line));
    CHECK_FALSE(kg::heading_problem(line));
  }
}

TEST_CASE("a range that would run past the year 9999 is no heading: ISO dates have four digits") {
  check_reported("30 December 9999 - 2 January: Talks", "is not a possible date");
  CHECK(kg::parse_heading("30 December 9998 - 2 January: Talks"));
  // A year filled in from the neighbours may not run past it either.
  std::vector<kg::Item> items;
  auto diagnostics =
      diagnostics_of("5 June 9999: First\nBody.\n30 December - 2 January: Talks\nMore.\n", &items);
  for (const kg::Item& item : items) CHECK(item.end_date >= item.date);
  CHECK_FALSE(diagnostics.empty());
}

TEST_CASE("a slashed range of unclear order that is reversed either way is no range") {
  std::vector<kg::Item> items;
  diagnostics_of("1 June 2019: First\nBody.\n06/06/2019 - 5/06/2019 - Talks\nMore.\n", &items);
  for (const kg::Item& item : items) CHECK(item.end_date >= item.date);
  for (bool month_first : {false, true}) {
    auto heading = kg::parse_unclear_slashed_heading("06/06/2019 - 5/06/2019 - Talks", month_first);
    if (heading) CHECK(heading->end_date >= heading->date);
  }
  auto range = kg::parse_unclear_slashed_heading("05/06/2019 - 06/06/2019 - Talks", false);
  REQUIRE(range);
  CHECK(range->end_date == "2019-06-06");
}

TEST_CASE("a range of days before one numeric date: '17-18/04/2012', '17-18.04.2012'") {
  for (std::string_view line : {"17-18/04/2012 - Sahel talks", "17-18.04.2012: Sahel talks",
                                "17 to 18/04/2012 - Sahel talks"}) {
    CAPTURE(line);
    auto range = kg::parse_heading(line);
    REQUIRE(range);
    CHECK(range->date == "2012-04-17");
    CHECK(range->end_date == "2012-04-18");
    CHECK(range->title == "Sahel talks");
  }
  // The days come first, so the date after them is read day first, whatever its numbers.
  auto small_days = kg::parse_heading("05-06/04/2012 - Visit");
  REQUIRE(small_days);
  CHECK(small_days->date == "2012-04-05");
  CHECK(small_days->end_date == "2012-04-06");
  // A reversed range or a day the month lacks is said, not taken.
  check_reported("18-17/04/2012 - Visit", "not a possible date");
  check_reported("30-31/04/2012 - Visit", "not a possible date");
}

TEST_CASE("a numeric date joined by hyphens: '22-11-2018 - Title', day first") {
  auto plain = kg::parse_heading("22-11-2018 - Joint hearing on the Sahel");
  REQUIRE(plain);
  CHECK(plain->date == "2018-11-22");
  CHECK(plain->title == "Joint hearing on the Sahel");
  auto small = kg::parse_heading("05-06-2019: Visit");  // both could be months: day first
  REQUIRE(small);
  CHECK(small->date == "2019-06-05");
  auto us = kg::parse_heading("11-22-2018 - Visit");  // 22 is no month: month first
  REQUIRE(us);
  CHECK(us->date == "2018-11-22");
  auto range = kg::parse_heading("22-11-2018 - 23-11-2018: Talks");
  REQUIRE(range);
  CHECK(range->end_date == "2018-11-23");
  CHECK_FALSE(kg::parse_heading("22-13-2018 - Visit"));  // no month 13 either way
  // Ranges of days and ISO dates keep their reading.
  CHECK(kg::parse_heading("19-20 June 2018: Talks")->end_date == "2018-06-20");
  CHECK(kg::parse_heading("2019-03-14: Talks")->date == "2019-03-14");
}

TEST_CASE("year first with slashes or dots, and a month's name between hyphens") {
  auto slashed = kg::parse_heading("2019/03/14 - Talks in Vienna");
  REQUIRE(slashed);
  CHECK(slashed->date == "2019-03-14");
  CHECK(slashed->title == "Talks in Vienna");
  CHECK(kg::parse_heading("2019.3.4: Visit")->date == "2019-03-04");
  auto range = kg::parse_heading("2019/03/14 - 2019/03/15: Talks");
  REQUIRE(range);
  CHECK(range->end_date == "2019-03-15");
  CHECK_FALSE(kg::parse_heading("2019/13/01 - Visit"));  // no month 13
  CHECK_FALSE(kg::parse_heading("2019/03-14 - Visit"));  // one separator throughout
  auto named = kg::parse_heading("26-Sep-2014 - Launch of the project");
  REQUIRE(named);
  CHECK(named->date == "2014-09-26");
  CHECK(named->title == "Launch of the project");
  CHECK(kg::parse_heading("3-March-2021: Visit")->date == "2021-03-03");
  CHECK(kg::parse_heading("26-Sep-2014 - 28-Sep-2014: Training")->end_date == "2014-09-28");
  CHECK_FALSE(kg::parse_heading("31-Feb-2014 - Visit"));
  // A range of days before a month's name keeps its reading.
  CHECK(kg::parse_heading("26-28 Sep 2014: Training")->end_date == "2014-09-28");
}

TEST_CASE("numeric dates with a two-digit year: '26/09/14 - Title', read as 1970-2069") {
  auto slashed = kg::parse_heading("26/09/14 - Visit of the Commissioner");
  REQUIRE(slashed);
  CHECK(slashed->date == "2014-09-26");
  CHECK(slashed->title == "Visit of the Commissioner");
  CHECK(kg::parse_heading("9/26/14 - Visit")->date == "2014-09-26");  // 26 is no month
  CHECK(kg::parse_heading("26.09.14: Visit")->date == "2014-09-26");
  CHECK(kg::parse_heading("26-09-14 - Visit")->date == "2014-09-26");
  CHECK(kg::parse_heading("31/12/98 - Visit")->date == "1998-12-31");
  CHECK(kg::parse_heading("26/09/14 - 27/09/14: Talks")->end_date == "2014-09-27");
  // Unclear order is reported, as with four digits.
  check_reported("05/06/14 - Visit", "day/month or month/day");
  // Numbered sections are no dates: a two-digit year needs a two-digit day and month there.
  CHECK_FALSE(kg::parse_heading("3.1.12 - Scope of the study"));
  CHECK_FALSE(kg::parse_heading("1-2-10 - Annex"));
  CHECK_FALSE(kg::parse_heading("26/09/1 - Visit"));
  CHECK_FALSE(kg::parse_heading("26/09/145 - Visit"));
  std::vector<kg::Item> items;
  CHECK(diagnostics_of("26/09/14 - One\nText one.\n\n27/09/14 - Two\nText two.\n", &items).empty());
  REQUIRE(items.size() == 2);
  CHECK(items[1].date == "2014-09-27");
}

TEST_CASE("segment_text: every item of a page carries the page's header, its first three lines") {
  std::vector<kg::Item> items;
  diagnostics_of(
      "  Delegation of the European Union to Ghana  \n\nNews\nSecurity\nAn older line\n\n"
      "12 May 2015 - First\nBody.\n\n3 June 2015 - Second\nBody.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].page_header == "Delegation of the European Union to Ghana\nNews\nSecurity");
  CHECK(items[1].page_header == items[0].page_header);
  diagnostics_of("12 May 2015 - First\nBody.\n", &items);
  REQUIRE(items.size() == 1);
  CHECK(items[0].page_header.empty());
}

namespace {

// `line` is a heading from `date` to `end_date` titled "Title".
void check_heading(std::string_view line, std::string_view date, std::string_view end_date) {
  CAPTURE(line);
  auto heading = kg::parse_heading(line);
  REQUIRE(heading);
  CHECK(heading->date == date);
  CHECK(heading->end_date == end_date);
  CHECK(heading->title == "Title");
}

}  // namespace

TEST_CASE("a full stop after the day before a month's name: '26. September 2014 - Title'") {
  check_heading("26. September 2014 - Title", "2014-09-26", "2014-09-26");
  check_heading("26. Sept. 2014 - Title", "2014-09-26", "2014-09-26");
  check_heading("26.-27. September 2014: Title", "2014-09-26", "2014-09-27");
  check_heading("30. May - 1. June 2017 - Title", "2017-05-30", "2017-06-01");
  // Numbered sections keep their reading.
  CHECK_FALSE(kg::parse_heading("3. Scope - Title"));
  CHECK_FALSE(kg::heading_problem("3. Scope - Title"));
}

TEST_CASE("a two-digit year after a month's name, only where the date ends: '26 Sep 14 - Title'") {
  for (std::string_view line :
       {"26 Sep 14 - Title", "26 September 14 - Title", "Sep 26, 14 - Title", "Sep 26 '14 - Title",
        "26 Sep '14 - Title", "26 Sep 14: Title", "26 Sep 14 (Friday) - Title",
        "Friday, 26 September 14 \xE2\x80\x93 Title"})
    check_heading(line, "2014-09-26", "2014-09-26");
  check_heading("26 Sep 14 - 28 Sep 14: Title", "2014-09-26", "2014-09-28");
  check_heading("31 Dec 98 - Title", "1998-12-31", "1998-12-31");
  // An hour is no year: these are no headings, and say nothing.
  for (std::string_view line :
       {"5 June 14:00 - Meeting", "5 June 14.00 - Meeting", "June 5 14:00 - Meeting",
        "5 June 14 people - met", "5 June 14h - Meeting"}) {
    CAPTURE(line);
    CHECK_FALSE(kg::parse_heading(line));
    CHECK_FALSE(kg::heading_problem(line));
  }
  // The yearless heading with an hour in its title keeps its reading.
  auto hour = kg::parse_heading("5 June: 14:00 Meeting");
  REQUIRE(hour);
  CHECK(hour->year == 0);
  CHECK(hour->title == "14:00 Meeting");
}

TEST_CASE("year first: unpadded ISO, a month's name between hyphens or spaces") {
  check_heading("2014-9-26 - Title", "2014-09-26", "2014-09-26");
  check_heading("2014-09-6 - Title", "2014-09-06", "2014-09-06");
  check_heading("2014-9-6: Title", "2014-09-06", "2014-09-06");
  check_heading("Sep-26-2014 - Title", "2014-09-26", "2014-09-26");
  check_heading("2014-Sep-26 - Title", "2014-09-26", "2014-09-26");
  check_heading("2014 September 26 - Title", "2014-09-26", "2014-09-26");
  check_heading("2014 Sep 26th: Title", "2014-09-26", "2014-09-26");
  check_heading("2014 September 26 - 2014 September 28 - Title", "2014-09-26", "2014-09-28");
  check_reported("2014-9-31 - Title", "is not a possible date");
  CHECK_FALSE(kg::parse_heading("2014-15 - Annual report"));
  CHECK_FALSE(kg::parse_heading("2014-Sep - Title"));
}

TEST_CASE("ranges of days: '26/27 September', '26.-27.09.2014', '26.09.-2.10.2014'") {
  check_heading("26/27 September 2014 - Title", "2014-09-26", "2014-09-27");
  check_heading("26.-27.09.2014 - Title", "2014-09-26", "2014-09-27");
  check_heading("26.09.-2.10.2014 - Title", "2014-09-26", "2014-10-02");
  check_heading("30.12.-2.1.2015 - Title", "2014-12-30", "2015-01-02");  // into the next year
  check_heading("26.09.2014 - 02.10.2014 - Title", "2014-09-26", "2014-10-02");
  check_heading("2014-09-26/27 - Title", "2014-09-26", "2014-09-27");
  check_heading("2014-09-26-27 | Title", "2014-09-26", "2014-09-27");
  check_heading("26-27-Sep-2014 - Title", "2014-09-26", "2014-09-27");
  check_reported("2014-09-27-26 - Title", "is not a possible date");
  check_reported("27-26-Sep-2014 - Title", "is not a possible date");
  check_heading("26-27-09-2014 | Title", "2014-09-26", "2014-09-27");
  check_reported("27-26-09-2014 | Title", "is not a possible date");
}

TEST_CASE("spaced dotted dates: '26. 9. 2014.' and '26.-27. 9. 2014.'") {
  check_heading("26. 9. 2014. - Title", "2014-09-26", "2014-09-26");
  check_heading("6. 10. 2014 - Title", "2014-10-06", "2014-10-06");
  check_heading("26.-27. 9. 2014. - Title", "2014-09-26", "2014-09-27");
  check_heading("26. 9. 2014. - 2. 10. 2014. - Title", "2014-09-26", "2014-10-02");
  check_reported("31. 9. 2014. - Title", "is not a possible date");
  // A numbered section is no date: the year must have four digits.
  CHECK_FALSE(kg::parse_heading("3. 1. 12 - Scope"));
  // Reversed ranges and days their month lacks are said, not taken.
  check_reported("27/26 September 2014 - Title", "is not a possible date");
  check_reported("2014-09-27/26 - Title", "is not a possible date");
  check_reported("26.09.-31.09.2014 - Title", "is not a possible date");
  CHECK_FALSE(kg::parse_heading("14/16 people attended - Title"));
}

TEST_CASE(
    "dates closed by a stop: Hungarian '2024.09.26.', '2024. 09. 26.', Croatian '6.5.2020.'") {
  check_heading("2024.09.26. - Title", "2024-09-26", "2024-09-26");
  check_heading("2024. 09. 26. - Title", "2024-09-26", "2024-09-26");
  check_heading("2024. 9. 6 - Title", "2024-09-06", "2024-09-06");
  check_reported("2024.13.02. - Title", "is not a possible date");
  // The stop after the day is the date's, not a decimal: no digit may follow it.
  CHECK_FALSE(kg::parse_heading("2024.09.26.5 - Title"));
  // Croatian sites close a day-first dotted date the same way.
  check_heading("6.5.2020. - Title", "2020-05-06", "2020-05-06");
  check_heading("06.05.2020. - Title", "2020-05-06", "2020-05-06");
}

TEST_CASE("ranges with a weekday on each end, and a dotted range without the first year's dot") {
  check_heading("Tuesday, 15 - Thursday, 17 March 2022 - Title", "2022-03-15", "2022-03-17");
  check_heading("Monday 30 and Tuesday 31 October 2023 - Title", "2023-10-30", "2023-10-31");
  check_heading("Friday 30 October - Sunday 1 November 2020: Title", "2020-10-30", "2020-11-01");
  check_heading("30.09-01.10.2021 - Title", "2021-09-30", "2021-10-01");
  check_heading("30.12-2.1.2015 - Title", "2014-12-30", "2015-01-02");
  check_reported("Monday 30 and Tuesday 31 September 2023 - Title", "is not a possible date");
  CHECK_FALSE(kg::parse_heading("Tuesday, 15 people met - Title"));
}

TEST_CASE("an ISO range into the next month; a slashed range whose one end settles the order") {
  check_heading("2011-11-30/12-01 \xE2\x80\x94 Title", "2011-11-30", "2011-12-01");
  check_heading("2024-10-09/10 \xE2\x80\x94 Title", "2024-10-09", "2024-10-10");
  // 14 is no month: both ends are day first, though 12/03 alone could be either.
  check_heading(
      "12/03/2018\xE2\x80\x93"
      "14/03/2018 \xE2\x80\x93 Title",
      "2018-03-12", "2018-03-14");
  check_heading("03/12/2018 - 03/14/2018 - Title", "2018-03-12", "2018-03-14");
  check_reported("2011-11-30/10-01 - Title", "is not a possible date");
  // Year first with slashes or dots: the range joins with a hyphen or dash.
  check_heading("2023/11/14-16 - Title", "2023-11-14", "2023-11-16");
  check_heading("2023/11/30-12/02 - Title", "2023-11-30", "2023-12-02");
  check_heading(
      "2023.11.14\xE2\x80\x93"
      "16 - Title",
      "2023-11-14", "2023-11-16");
  // Neither end settles the order: no reading is taken as sure.
  CHECK_FALSE(kg::parse_heading("03/04/2018 - 05/04/2018 - Title"));
}

TEST_CASE("a date in a form kg does not read, before a title: no heading, but said") {
  check_reported("15, 16 and 17 March 2022 - Three days", "kg cannot read that date");
  check_reported("Mon 14, Wed 16 and Fri 18 March 2022: Title", "kg cannot read that date");
  check_reported("2023/11/14-16-18 - Title", "kg cannot read that date");
  CHECK_FALSE(kg::parse_heading("2019-2020 - The year in review"));
  // Lines the grammar reads and judges, datelines, numbers and times say nothing.
  for (std::string_view line :
       {"1 June 2017 - 31 May 2018 was the year of change.", "12 May 2021, Vienna - a dateline",
        "2014-15 - Annual report", "5 June 14:00 - Meeting", "24 hours, 7 days, 2023: a motto",
        "March 2022 saw the launch - Title"})
    CHECK_FALSE(kg::heading_problem(line));
}

TEST_CASE("a month and year with no day, or a date in brackets: no heading, but said") {
  for (std::string_view line :
       {"September 2014 - Title", "Sept. 2014: Title", "September, 2014 | Title"})
    check_reported(line, "the date has no day");
  check_reported("[26.09.2014] Title",
                 "a date in brackets starts no item (write \"26.09.2014 - Title\")");
  check_reported("(26.09.2014) Title",
                 "a date in brackets starts no item (write \"26.09.2014 - Title\")");
  // In a page: a warning naming file and line; the lines join the item before.
  for (std::string_view line : {"September 2014 - Title", "[26.09.2014] Title"}) {
    CAPTURE(line);
    std::vector<kg::Item> items;
    auto diagnostics =
        diagnostics_of("1 June 2014: First\nBody.\n" + std::string(line) + "\nMore.\n", &items);
    REQUIRE(items.size() == 1);
    CHECK(items[0].text.find("More.") != std::string::npos);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].file == "news.txt");
    CHECK(diagnostics[0].line == 3);
    CHECK(diagnostics[0].message.find("its lines join the item before") != std::string::npos);
  }
  // Body text that only mentions such dates says nothing.
  for (std::string_view line : {"September 2014 was a year of talks", "September 2014, Vienna - x",
                                "(2014) Title", "[26.09.2014]", "(Thursday) Talks"}) {
    CAPTURE(line);
    CHECK_FALSE(kg::parse_heading(line));
    CHECK_FALSE(kg::heading_problem(line));
  }
}

TEST_CASE("body lines stay body lines, with no warning, beside the new forms") {
  for (std::string_view line :
       {"12 May 2021, Vienna - The UNODC met", "20th Anniversary - UNODC", "3.1.12 - Scope",
        "14 - 16 people attended", "14 - 16 May people attended", "1.2.3 - Annex",
        "2019 was a year of talks"}) {
    CAPTURE(line);
    CHECK_FALSE(kg::parse_heading(line));
    CHECK_FALSE(kg::heading_problem(line));
  }
  std::vector<kg::Item> items;
  auto diagnostics = diagnostics_of(
      "Site - News\n\n26. September 2014 - First\nThe UNODC met the EU in Brussels.\n"
      "5 June 14:00 - Meeting\n12 May 2021, Vienna - The UNODC said.\n\n"
      "15 October 2014 - Other item\nThe UNODC met DG HOME.\n",
      &items);
  CHECK(diagnostics.empty());
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].text.find("14:00 - Meeting") != std::string::npos);
}

TEST_CASE("segment_text: a page dated only as 'DATE, Title' has those lines as its headings") {
  std::vector<kg::Item> items;
  auto said = diagnostics_of(
      "Mission news\n\n14.05.2022, Judges of three countries train in Lomé\n\n"
      "The course ran for a week.\n\n12-13.03.2021, Customs officers meet in Accra\n\n"
      "Officers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2022-05-14");
  CHECK(items[0].title == "Judges of three countries train in Lomé");
  CHECK(items[1].end_date == "2021-03-13");
  REQUIRE(said.size() == 1);
  CHECK(said[0].line == 3);
  CHECK(said[0].message.find("DATE, Title") != std::string::npos);
  // Where the page has headings of the usual forms, such a line is a dateline of the text.
  diagnostics_of("14 May 2022 - Judges train\n\n12 May 2022, Lomé\n\nText.\n", &items);
  CHECK(items.size() == 1);
  // A dateline that runs into its text, a sentence, or a single line is no heading.
  CHECK_FALSE(kg::parse_comma_heading("12 May 2021, Vienna - The meeting opened"));
  CHECK_FALSE(kg::parse_comma_heading("12 May 2021, the court sat."));
  diagnostics_of("Page\n\n14.05.2022, Judges train\n\nText.\n", &items);
  CHECK(items.empty());
  diagnostics_of("Page\n\n14.05.2022, Judges train\nText.\n\n15.05.2022, More\nText.\n", &items);
  CHECK(items.empty());
}

TEST_CASE("segment_text: a page dated only as '[DATE] Title' has those lines as its headings") {
  std::vector<kg::Item> items;
  auto said = diagnostics_of(
      "Regional news\n\n[10/12/2014] Rangers receive detection kits\n\nThe kits arrived.\n\n"
      "(13-14/11/2014) Prosecutors meet in Nairobi\n\nThey met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-12-10");
  CHECK(items[0].title == "Rangers receive detection kits");
  CHECK(items[1].date == "2014-11-13");
  CHECK(items[1].end_date == "2014-11-14");
  CHECK(items[1].title == "Prosecutors meet in Nairobi");
  // One note for the page, none of the warnings that such a line starts no item, and the
  // warning that 10/12/2014 was read day first, as the page's other slashed date shows.
  REQUIRE(said.size() == 2);
  CHECK(said[0].line == 3);
  CHECK(said[0].message.find("[DATE] Title") != std::string::npos);
  CHECK(said[1].line == 3);
  CHECK(said[1].message.find("\"10/12/2014\" could be day/month or month/day") !=
        std::string::npos);
  // A separator after the bracket is read too.
  auto separated = kg::parse_bracketed_heading("[26.09.2014] - Talks in Vienna");
  REQUIRE(separated);
  CHECK(separated->title == "Talks in Vienna");
  // Where the page has headings of the usual forms, such a line joins the item before, said.
  said = diagnostics_of("1 June 2014: First\n\nBody.\n\n[26.09.2014] Second\n\nMore.\n", &items);
  CHECK(items.size() == 1);
  REQUIRE(said.size() == 1);
  CHECK(said[0].message.find("a date in brackets starts no item") != std::string::npos);
  // No year, no title, or a lower-case word after the bracket: no heading.
  CHECK_FALSE(kg::parse_bracketed_heading("[26 September] Talks"));
  CHECK_FALSE(kg::parse_bracketed_heading("[26.09.2014]"));
  CHECK_FALSE(kg::parse_bracketed_heading("(26.09.2014) was the day"));
}

TEST_CASE("headings: a slash after the date, ISO times and intervals, weekday ranges, 'of'") {
  struct Case {
    std::string line, date, end_date;
  };
  const std::vector<Case> cases = {
      {"10 December 2015 / Talks in Vienna", "2015-12-10", "2015-12-10"},
      {"2011-12-08T10:00 - Talks in Vienna", "2011-12-08", "2011-12-08"},
      {"2011-12-08T10:00:30 - Talks in Vienna", "2011-12-08", "2011-12-08"},
      {"2011-10-12T09:00/2011-10-13T17:00 - Talks in Vienna", "2011-10-12", "2011-10-13"},
      {"14th-15th of October 2021 - Talks in Vienna", "2021-10-14", "2021-10-15"},
      {"14-15 October 2025 (Tuesday-Wednesday) - Talks in Vienna", "2025-10-14", "2025-10-15"},
      {"14-15 October 2025 (Tue-Wed) - Talks in Vienna", "2025-10-14", "2025-10-15"}};
  for (const Case& c : cases) {
    CAPTURE(c.line);
    auto heading = kg::parse_heading(c.line);
    REQUIRE(heading);
    CHECK(heading->date == c.date);
    CHECK(heading->end_date == c.end_date);
    CHECK(heading->title == "Talks in Vienna");
  }
  // A slash that joins two dates is no separator; neither is one with no space before it.
  CHECK_FALSE(kg::parse_heading("30 May / 1 June 2017"));
  CHECK_FALSE(kg::parse_heading("10 December 2015/ Talks"));
  // A time that is no time stays unread.
  CHECK_FALSE(kg::parse_heading("2011-12-08T25:00 - Talks"));
}

TEST_CASE("segment_text: a date alone on its line, the title on the line below or above it") {
  std::vector<kg::Item> items;
  // The title below the date, a page header above the first.
  auto said = diagnostics_of(
      "Agency news\n\n14 May 2022\nJudges of three countries train in Lome\n\n"
      "The course ran for a week.\n\nPosted on 12.03.2021\nCustoms officers meet in Accra\n\n"
      "Officers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2022-05-14");
  CHECK(items[0].title == "Judges of three countries train in Lome");
  CHECK(items[0].text == "The course ran for a week.");
  CHECK(items[0].page_header == "Agency news");
  CHECK(items[1].date == "2021-03-12");
  CHECK(items[1].title == "Customs officers meet in Accra");
  REQUIRE(said.size() == 1);
  CHECK(said[0].line == 3);
  CHECK(said[0].message.find("line below it") != std::string::npos);
  // The title above the date: the title's line starts the item, and the item before ends there.
  said = diagnostics_of(
      "Agency news\n\nJudges train in Lome\nFriday, September 26, 2014\n\nThe course ran.\n\n"
      "Customs officers meet\nSep 3, 2014\n\nOfficers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].title == "Judges train in Lome");
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].text == "The course ran.");
  CHECK(items[0].line == 3);
  CHECK(items[1].title == "Customs officers meet");
  CHECK(items[1].date == "2014-09-03");
  REQUIRE(said.size() == 1);
  CHECK(said[0].message.find("line above it") != std::string::npos);
}

TEST_CASE("segment_text: dates alone on their lines, read with care") {
  std::vector<kg::Item> items;
  // Slashed dates of unclear order read as the page's others are, with a warning each.
  auto said = diagnostics_of(
      "News\n\n25/12/2019\nA visit\n\nText.\n\n05/06/2019\nA meeting\n\nText.\n", &items);
  REQUIRE(items.size() == 2);
  CHECK(items[1].date == "2019-06-05");
  CHECK(said.size() == 2);
  // Blank lines between a date and its title: the title is a paragraph of one line.
  diagnostics_of(
      "News\n\nA visit to Lome\n\n14 May 2022\n\nThe team met.\n\nA meeting in Accra\n\n"
      "12 May 2022\n\nOfficers met.\nThey agreed.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].title == "A visit to Lome");
  CHECK(items[1].title == "A meeting in Accra");
  CHECK(items[1].text == "Officers met.\nThey agreed.");
  // A date with no title next to it starts no item, and is said: a paragraph of two lines, or
  // one that ends a sentence, is no title.
  said = diagnostics_of("News\n\n14 May 2022\nA visit\n\nText.\n\n15 May 2022\n\nText\nmore text\n",
                        &items);
  REQUIRE(items.size() == 1);
  CHECK(items[0].text.find("15 May 2022") != std::string::npos);
  REQUIRE(said.size() == 2);
  CHECK(said[0].line == 8);
  CHECK(said[0].message.find("no title") != std::string::npos);
  // A date followed by more words is a dateline, and a page with usual headings keeps its own.
  CHECK_FALSE(kg::parse_date_line("26 September 2014, Vienna", false));
  CHECK(kg::parse_date_line("Published: 2014-09-26", false));
  diagnostics_of("14 May 2022 - Judges train\n\n12 May 2022\nA line of text\n\nText.\n", &items);
  CHECK(items.size() == 1);
  // A title belongs to one date: the second date, whose line below ends a sentence, does not
  // take the title above it that the first date already has (the items would overlap).
  said = diagnostics_of(
      "14 May 2022\nA visit to Lome\n15 May 2022\nThe team met.\n\n16 May 2022\nA meeting\n\n"
      "Officers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].title == "A visit to Lome");
  CHECK(items[0].text == "15 May 2022\nThe team met.");
  CHECK(items[1].title == "A meeting");
  REQUIRE(said.size() == 2);
  CHECK(said[0].line == 3);
  CHECK(said[0].message.find("no title") != std::string::npos);
}

TEST_CASE("a range of weekdays before a range of days") {
  auto heading = kg::parse_heading("Tuesday-Thursday, November 5-7, 2019: Officers meet");
  REQUIRE(heading);
  CHECK(heading->date == "2019-11-05");
  CHECK(heading->end_date == "2019-11-07");
  CHECK(heading->title == "Officers meet");
  heading = kg::parse_heading("Monday to Wednesday, 3-5 June 2019 - Judges train");
  REQUIRE(heading);
  CHECK(heading->end_date == "2019-06-05");
  // One weekday still reads as before; a weekday range with no date after it is no heading.
  CHECK(kg::parse_heading("Friday, September 26, 2014: Talks"));
  CHECK_FALSE(kg::parse_heading("Tuesday-Thursday: Talks"));
}

TEST_CASE("segment_text: a page dated only as 'DATE Title', a space between them") {
  std::vector<kg::Item> items;
  auto said = diagnostics_of(
      "Agency news\n\n26.09.2014 Judges of three countries train in Lome\n\nThe course ran.\n\n"
      "September 12, 2014 Customs officers meet in Accra\n\nOfficers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].title == "Judges of three countries train in Lome");
  CHECK(items[1].date == "2014-09-12");
  REQUIRE(said.size() == 1);
  CHECK(said[0].message.find("DATE Title") != std::string::npos);
  // A sentence, a date with no year, a dateline and a single line are no such headings; a
  // page with headings of the usual forms keeps its own.
  CHECK_FALSE(kg::parse_spaced_heading("26.09.2014 The court sat in Lome."));
  CHECK_FALSE(kg::parse_spaced_heading("5 June Ministers met in Lome"));
  CHECK_FALSE(kg::parse_spaced_heading("12 May 2021 Vienna - The meeting opened"));
  CHECK_FALSE(kg::parse_spaced_heading("26.09.2014 the court sat"));
  diagnostics_of("Page\n\n26.09.2014 Judges train\n\nText.\n", &items);
  CHECK(items.empty());
  diagnostics_of("14 May 2022 - Judges train\n\n26.09.2014 Officers meet\n\nText.\n", &items);
  CHECK(items.size() == 1);
}

TEST_CASE("segment_text: press releases dated only by the dateline under their titles") {
  std::vector<kg::Item> items;
  auto said = diagnostics_of(
      "Agency news\n\nJudges of three countries train in Lome\n\nLOME, 26 September 2014 - The "
      "course ran for a week.\n\nMore text.\n\nCustoms officers meet\n\nAccra (12.03.2021) – "
      "Officers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].title == "Judges of three countries train in Lome");
  // The dateline is the text's, as it is on pages with headings.
  CHECK(items[0].text.starts_with("LOME, 26 September 2014 - The course"));
  CHECK(items[0].text.ends_with("More text."));
  CHECK(items[0].page_header == "Agency news");
  CHECK(items[1].date == "2021-03-12");
  CHECK(items[1].title == "Customs officers meet");
  REQUIRE(said.size() == 1);
  CHECK(said[0].line == 3);
  CHECK(said[0].message.find("dateline") != std::string::npos);
  // A place and a date alone under the title join the heading; the date may come first, and
  // the place may have its country and lower-case words.
  said = diagnostics_of(
      "Judges train\nDushanbe, Tajikistan, 26 September 2014\n\nThe course ran.\n\n"
      "Officers meet\n\n3 March 2015, Port of Spain: Officers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].text == "The course ran.");
  CHECK(items[1].date == "2015-03-03");
  CHECK(items[1].text == "3 March 2015, Port of Spain: Officers met.");
  // Two datelines under one title: the second starts no item, and is said.
  said = diagnostics_of(
      "Judges train\n\nLome, 26 September 2014 - The course ran.\n\nAccra, 27 September 2014 - "
      "It went on.\n",
      &items);
  REQUIRE(items.size() == 1);
  CHECK(items[0].text.ends_with("It went on."));
  REQUIRE(said.size() == 2);
  CHECK(said[0].line == 5);
  // No dateline: a sentence, a date with no year, a place in lower case; a page with headings
  // of the usual forms keeps its own.
  CHECK_FALSE(kg::parse_dateline("In Vienna, 26 September 2014 was a day."));
  CHECK_FALSE(kg::parse_dateline("Vienna, 26 September - The course"));
  CHECK_FALSE(kg::parse_dateline("vienna, 26 September 2014 - The course"));
  CHECK_FALSE(kg::parse_dateline("Vienna, 26 September 2014 was the day"));
  CHECK(kg::parse_dateline("BRUSSELS/VIENNA, 26 September 2014 - The course"));
  diagnostics_of(
      "14 May 2022 - Judges train\n\nText.\n\nOfficers meet\n\nLome, 26 September "
      "2014 - Officers met.\n",
      &items);
  CHECK(items.size() == 1);
}

TEST_CASE("segment_text: 'Posted by NAME on DATE' under a title") {
  std::vector<kg::Item> items;
  diagnostics_of(
      "Judges train\nPosted by UNODC Lome on 26 September 2014\n\nThe course ran.\n\n"
      "Officers meet\nPosted by Admin on 3 March 2015\n\nOfficers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].title == "Judges train");
  CHECK(items[1].date == "2015-03-03");
  CHECK_FALSE(kg::parse_date_line("Posted by UNODC Lome", false));
}

TEST_CASE(
    "a date kg reads, then more of a date it does not, before a title: no heading, but said") {
  for (std::string line :
       {"2023-01-30 / 2023-02-02: Egmont meets", "30.01.2023/02.02.2023 - Egmont meets",
        "2023-01-30 until 2023-02-02: Egmont meets", "12 May 2021 at 10:00 - Egmont meets"}) {
    CAPTURE(line);
    std::vector<kg::Item> items;
    auto said = diagnostics_of("1 June 2018: First\nBody.\n\n" + line + "\n\nMore.\n", &items);
    REQUIRE(items.size() == 1);
    REQUIRE(said.size() == 1);
    CHECK(said[0].line == 4);
    CHECK(said[0].message.find("kg cannot read that date") != std::string::npos);
  }
  // A dateline's place has no digit; a full ISO interval is read.
  CHECK_FALSE(kg::heading_problem("12 May 2021, Vienna - The meeting opened"));
  auto range = kg::parse_heading("2023-01-30/2023-02-02: Egmont meets");
  REQUIRE(range);
  CHECK(range->end_date == "2023-02-02");
}

TEST_CASE("a time of day between a heading's date and its separator is no part of the title") {
  struct Case {
    std::string line, date;
  };
  const std::vector<Case> timed = {
      {"26/09/2014 14:30 - Talks in Vienna", "2014-09-26"},
      {"26.09.2014, 09:05 | Talks in Vienna", "2014-09-26"},
      {"Sept 26, 2014, 10:00 a.m. - Talks in Vienna", "2014-09-26"},
      {"26 September 2014 14:30 CET - Talks in Vienna", "2014-09-26"},
      {"26 September 2014 14:30 (CEST) - Talks in Vienna", "2014-09-26"},
      {"2014-09-26 09h30 - Talks in Vienna", "2014-09-26"},
      {"26 September 2014 10:00:00 PM: Talks in Vienna", "2014-09-26"}};
  for (const Case& c : timed) {
    CAPTURE(c.line);
    auto heading = kg::parse_heading(c.line);
    REQUIRE(heading);
    CHECK(heading->date == c.date);
    CHECK(heading->title == "Talks in Vienna");
  }
  // Not a time: an hour past 23, minutes past 59, or digits that run on.
  CHECK_FALSE(kg::parse_heading("26/09/2014 25:30 - Talks"));
  CHECK_FALSE(kg::parse_heading("26/09/2014 14:75 - Talks"));
  CHECK_FALSE(kg::parse_heading("26/09/2014 14:305 - Talks"));
  // Nor after a date with no year, where a line of a day's programme is likelier.
  CHECK_FALSE(kg::parse_heading("5 June 14:00 - Meeting"));
  // A title may still start with a time when the separator comes first.
  auto early = kg::parse_heading("26/09/2014 - 14:30 Talks");
  REQUIRE(early);
  CHECK(early->title == "14:30 Talks");
}

TEST_CASE("headings: 'Posted on' or 'Published:' before the date, '::', a middle dot, a bullet") {
  const std::vector<std::string> lines = {
      "Posted on 26/09/2014 | Talks in Vienna",
      "Published: 26 September 2014 \xE2\x80\x94 Talks in Vienna",
      "Posted: Sep 26, 2014 - Talks in Vienna",
      "Friday, 26 September 2014 :: Talks in Vienna",
      "26 September 2014 \xC2\xB7 Talks in Vienna",
      "26/09/2014 \xE2\x80\xA2 Talks in Vienna"};
  for (const std::string& line : lines) {
    CAPTURE(line);
    auto heading = kg::parse_heading(line);
    REQUIRE(heading);
    CHECK(heading->date == "2014-09-26");
    CHECK(heading->title == "Talks in Vienna");
    CHECK(line.substr(heading->title_offset) == "Talks in Vienna");
  }
  // A label before a date in a text is no heading; under a title it dates the title's item.
  CHECK_FALSE(kg::parse_heading("Date: 14 May 2019 - Venue: Vienna"));
  auto date = kg::parse_date_line("Date of publication: 26.09.2014", false);
  REQUIRE(date);
  CHECK(date->heading.date == "2014-09-26");
}

TEST_CASE("segment_text: a page dated only as 'Title (DATE)' or 'Title - DATE'") {
  std::vector<kg::Item> items;
  auto said = diagnostics_of(
      "Agency news\n\nJudges of three countries train in Lome (26 September 2014)\n\nThe course "
      "ran.\n\nCustoms officers - a week in Accra (14-15 May 2014)\n\nOfficers met.\n",
      &items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].date == "2014-09-26");
  CHECK(items[0].title == "Judges of three countries train in Lome");
  CHECK(items[0].text == "The course ran.");
  CHECK(items[1].date == "2014-05-14");
  CHECK(items[1].end_date == "2014-05-15");
  CHECK(items[1].title == "Customs officers - a week in Accra");
  REQUIRE(said.size() == 1);
  CHECK(said[0].line == 3);
  CHECK(said[0].message.find("Title (DATE)") != std::string::npos);
  // After a dash, a bar or in square brackets; a slashed date of unclear order reads as the
  // page's others show, with a warning.
  said = diagnostics_of(
      "News\n\nTalks in Vienna \xE2\x80\x94 25/12/2019\n\nText.\n\nA visit | 05/06/2019\n\n"
      "Text.\n\nA course [12.03.2021]\n\nText.\n",
      &items);
  REQUIRE(items.size() == 3);
  CHECK(items[0].title == "Talks in Vienna");
  CHECK(items[1].date == "2019-06-05");
  CHECK(items[1].title == "A visit");
  CHECK(items[2].date == "2021-03-12");
  REQUIRE(said.size() == 2);
  CHECK(said[1].message.find("\"05/06/2019\" could be day/month") != std::string::npos);
  // A sentence, a range alone and a date with no year are no such headings; a single line
  // starts no item, and a page with headings of the usual forms keeps its own.
  CHECK_FALSE(kg::parse_trailing_date_heading("The court sat in Lome (26 September 2014).", false));
  CHECK_FALSE(kg::parse_trailing_date_heading("30 May - 1 June 2017", false));
  CHECK_FALSE(kg::parse_trailing_date_heading("Talks in Vienna (26 September)", false));
  diagnostics_of("Page\n\nJudges train (26.09.2014)\n\nText.\n", &items);
  CHECK(items.empty());
  diagnostics_of(
      "14 May 2022 - Judges train\n\nOfficers meet (26.09.2014)\n\nText.\n\nA visit "
      "(27.09.2014)\n\nText.\n",
      &items);
  CHECK(items.size() == 1);
}

TEST_CASE("a title may open with the day and month it is about: '26.06.2017 - 26 June in Beirut'") {
  auto heading = kg::parse_heading("26.06.2017 - 26 June in Beirut: a day of debate");
  REQUIRE(heading);
  CHECK(heading->date == "2017-06-26");
  CHECK(heading->title == "26 June in Beirut: a day of debate");
  // Such a line starts its own item, however the page's other headings are written.
  std::vector<kg::Item> items;
  diagnostics_of(
      "03.07.2017 - First\n\nText one.\n\n26.06.2017 - 26 June in Beirut: a day\n\n"
      "Text two.\n",
      &items);
  CHECK(items.size() == 2);
  // A date with its year after the dash still joins a range, and no title starts there.
  CHECK_FALSE(kg::parse_heading("1 June 2017 - 31 May 2018 was the year of change."));
}

TEST_CASE("a range of slashed days and months whose year is written after the last") {
  check_heading("30/05 - 01/06/2018: Title", "2018-05-30", "2018-06-01");
  check_heading("28/12-03/01/2019 - Title", "2018-12-28", "2019-01-03");
  check_heading("14/03 – 16/03/2021 - Title", "2021-03-14", "2021-03-16");
  CHECK_FALSE(kg::parse_heading("30/05 - Title"));
}
