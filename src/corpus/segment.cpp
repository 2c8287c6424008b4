// Splitting a text document into dated items at its heading lines.
#include <algorithm>
#include <cstdlib>
#include <limits>

#include "dates.hpp"
#include "invalid_bytes.hpp"
#include "kg/corpus.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using corpus_detail::days_from_civil;
using corpus_detail::days_in_month;
using corpus_detail::iso_date;
using corpus_detail::report_invalid_bytes;

struct FoundHeading {
  std::size_t line_begin = 0;  // in the normalised text
  std::size_t line_end = 0;    // position of the '\n' ending the line, or the text's end
  int line = 0;
  Heading heading;
};

// How a heading's slashed date shows its order: `25/12/2019` day first, `12/25/2019` month
// first, `05/06/2019` neither.
enum class SlashOrder { none, day_first, month_first };

SlashOrder slash_order(std::string_view line) {
  std::size_t at = line.find_first_not_of(" \t");
  if (at == std::string_view::npos) return SlashOrder::none;
  line.remove_prefix(at);
  auto number = [&line]() {
    int value = 0, digits = 0;
    while (!line.empty() && line.front() >= '0' && line.front() <= '9' && digits < 3)
      value = value * 10 + (line.front() - '0'), line.remove_prefix(1), ++digits;
    return digits == 0 || digits > 2 ? -1 : value;
  };
  int first = number();
  if (first < 0 || line.empty() || line.front() != '/') return SlashOrder::none;
  line.remove_prefix(1);
  int second = number();
  if (second < 0 || line.empty() || line.front() != '/') return SlashOrder::none;
  if (first > 12 && second <= 12) return SlashOrder::day_first;
  if (second > 12 && first <= 12) return SlashOrder::month_first;
  return SlashOrder::none;
}

struct UnclearHeading {
  std::size_t begin, end;
  int line;
};
// The word of a heading that holds its slashed date: "03/12/2015" of "Thu, 03/12/2015 - Talks",
// for a warning that quotes the date and not the weekday before it.
std::string_view slashed_date_text(std::string_view line) {
  std::size_t slash = line.find('/');
  if (slash == std::string_view::npos) return line.substr(0, line.find_first_of(" \t:|"));
  std::size_t begin = line.find_last_of(" \t,", slash);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = line.find_first_of(" \t:|,])", slash);
  return line.substr(begin, end == std::string_view::npos ? line.size() - begin : end - begin);
}

// Why a slashed date of unclear order is read as it is, from the counts of the page's slashed
// dates whose order is clear.
std::string unclear_order_reason(int month_first, int day_first) {
  if (month_first > 0 && day_first > 0) return "the page's slashed dates show both orders";
  if (month_first + day_first > 0) return "as the page's other slashed dates are";
  return "no slashed date of the page shows the order";
}

// The warning for a slashed date of unclear order, read as `iso` for the reason `why`.
std::string unclear_order_warning(std::string_view date, const std::string& iso, bool month_first,
                                  std::string_view why) {
  return "\"" + std::string(date) + "\" could be day/month or month/day: read as " + iso + " (" +
         (month_first ? "month first, " : "day first, ") + std::string(why) +
         "); write 5 June 2019 or 2019-06-05 to be sure";
}

// Whether the line [begin, end) is a paragraph of its own: a blank line (or the text's edge)
// before and after it.
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end) {
  auto blank = [&](std::size_t from, std::size_t to) {
    return text.substr(from, to - from).find_first_not_of(" \t\r") == std::string_view::npos;
  };
  if (begin > 0) {  // text[begin - 1] ends the line before
    std::size_t before = begin >= 2 ? text.rfind('\n', begin - 2) : std::string_view::npos;
    if (!blank(before == std::string_view::npos ? 0 : before + 1, begin - 1)) return false;
  }
  if (end < text.size()) {  // text[end] ends this line
    std::size_t after = text.find('\n', end + 1);
    if (!blank(end + 1, after == std::string_view::npos ? text.size() : after)) return false;
  }
  return true;
}

// The lines of a text, with where each begins and ends.
struct Line {
  std::size_t begin, end;
  std::string_view text;
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({begin, end, text.substr(begin, end - begin)});
    begin = end + 1;
  }
  return lines;
}

// Whether a line could be the title that a date alone on the line next to it belongs to: short,
// with a letter, not a date itself, not a sentence's end (a paragraph's last line).
bool title_like(std::string_view line) {
  line = trim_spaces(line);
  constexpr std::size_t kMaxTitleBytes = 300;
  if (line.empty() || line.size() > kMaxTitleBytes || line.ends_with('.')) return false;
  if (line.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ==
      std::string_view::npos)
    return false;
  return !parse_date_line(line, false);
}

// The line of the title that the date alone on line `i` has on `side` (-1 above, 1 below):
// the line right there, or past blank lines a paragraph of one line.
std::optional<std::size_t> title_line(const std::vector<Line>& lines, std::size_t i, int side) {
  auto inside = [&lines](std::ptrdiff_t k) {
    return k >= 0 && k < static_cast<std::ptrdiff_t>(lines.size());
  };
  auto blank = [&lines](std::ptrdiff_t k) { return trim_spaces(lines[k].text).empty(); };
  std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + side;
  if (!inside(k)) return std::nullopt;
  if (!blank(k)) return title_like(lines[k].text) ? std::optional<std::size_t>(k) : std::nullopt;
  while (inside(k) && blank(k)) k += side;
  if (!inside(k) || !title_like(lines[k].text)) return std::nullopt;
  // The edge line of a longer paragraph is the end of a text, not a title.
  if (inside(k + side) && !blank(k + side)) return std::nullopt;
  return static_cast<std::size_t>(k);
}

// A page that puts each date alone on its line, the title on the line above or below it
// (`26 September 2014` / `Title`): those pairs of lines are its headings. One side is the
// page's layout, the side where more of its dates have a title; a date with no title on either
// side starts no item, and is said.
std::vector<FoundHeading> date_line_headings(std::string_view text, const std::string& source_name,
                                             std::vector<Diagnostic>& diagnostics) {
  std::vector<Line> lines = lines_of(text);
  int day_first = 0, month_first = 0;
  std::vector<std::size_t> dated;  // indexes of lines that hold a date alone
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto date = parse_date_line(lines[i].text, false);
    if (!date) continue;
    dated.push_back(i);
    SlashOrder order = slash_order(date->date_text);
    day_first += order == SlashOrder::day_first;
    month_first += order == SlashOrder::month_first;
  }
  auto titled = [&lines](std::size_t i, int side) { return title_line(lines, i, side); };
  int below = 0, above = 0;
  for (std::size_t i : dated) below += titled(i, 1).has_value(), above += titled(i, -1).has_value();
  const int first_side = below >= above ? 1 : -1;
  const bool read_month_first = month_first > day_first;
  std::vector<FoundHeading> found;
  // A title belongs to one date: a line that an earlier heading took (`date` / `Title` / `date`,
  // the second date with no title of its own) is not taken again, or two items would overlap.
  std::optional<std::size_t> last_taken;
  auto free_title = [&](std::size_t i, int side) {
    auto at = titled(i, side);
    return at && last_taken && *at <= *last_taken ? std::nullopt : at;
  };
  for (std::size_t i : dated) {
    auto title_at = free_title(i, first_side);
    if (!title_at) title_at = free_title(i, -first_side);
    const int line_number = static_cast<int>(i) + 1;
    if (!title_at) {
      diagnostics.push_back({source_name, line_number,
                             "a date alone on its line with no title above or below it "
                             "starts no item; its lines join the item before"});
      continue;
    }
    DateLine date = *parse_date_line(lines[i].text, read_month_first);
    if (date.unclear_order)
      diagnostics.push_back(
          {source_name, line_number,
           unclear_order_warning(date.date_text, date.heading.date, read_month_first,
                                 "as the page's other slashed dates are, or day first when none "
                                 "shows it")});
    const Line& title = lines[*title_at];
    date.heading.title = std::string(trim_spaces(title.text));
    const Line& first = *title_at < i ? title : lines[i];
    const Line& last = *title_at < i ? lines[i] : title;
    last_taken = std::max(*title_at, i);
    found.push_back({first.begin, last.end, static_cast<int>(&first - lines.data()) + 1,
                     std::move(date.heading)});
  }
  if (!found.empty())
    diagnostics.push_back({source_name, found.front().line,
                           "no heading with \":\" or a dash after its date: the " +
                               std::to_string(found.size()) +
                               " dates that stand alone on their lines are read as headings, "
                               "each with the title on the line " +
                               (first_side > 0 ? "below" : "above") + " it"});
  return found;
}

// A page of press releases, each a title and then a dateline (`Title` / `VIENNA, 26 September
// 2014 - The ...`, or `Title` / `Vienna, 26 September 2014` on a line of its own): the title's
// line is the heading, with the dateline's date, and the dateline stays in the item's text, or
// joins the heading when it holds nothing else. A dateline with no title above it starts no
// item, and is said.
std::vector<FoundHeading> dateline_headings(std::string_view text, const std::string& source_name,
                                            std::vector<Diagnostic>& diagnostics) {
  std::vector<Line> lines = lines_of(text);
  std::vector<FoundHeading> found;
  std::optional<std::size_t> last_dateline;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto dateline = parse_dateline(lines[i].text);
    if (!dateline) continue;
    const int line_number = static_cast<int>(i) + 1;
    auto title_at = title_line(lines, i, -1);
    const bool title_taken = title_at && last_dateline && *title_at <= *last_dateline;
    last_dateline = i;
    if (!title_at || title_taken || parse_dateline(lines[*title_at].text)) {
      if (i == 0 || trim_spaces(lines[i - 1].text).empty())
        diagnostics.push_back({source_name, line_number,
                               "a dateline with no title on the line above starts no item; "
                               "its lines join the item before"});
      continue;
    }
    const Line& title = lines[*title_at];
    Heading heading = std::move(dateline->heading);
    heading.title = std::string(trim_spaces(title.text));
    found.push_back({title.begin, dateline->alone ? lines[i].end : title.end,
                     static_cast<int>(*title_at) + 1, std::move(heading)});
  }
  if (!found.empty())
    diagnostics.push_back({source_name, found.front().line,
                           "no heading with a date: the " + std::to_string(found.size()) +
                               " titles followed by a dateline (\"VIENNA, 26 September 2014 - "
                               "...\") are read as headings, each with its dateline's date"});
  return found;
}

// The lines of the form `[26.09.2014] Title` that stand alone: the headings of a page that
// dates its items no other way. A slashed date of unclear order (`[05/06/2019]`) reads as the
// page's other bracketed dates show, day first when none does, with a warning.
struct BracketedLines {
  std::vector<UnclearHeading> lines;
  int day_first = 0, month_first = 0;

  void add(std::string_view line_text, UnclearHeading at) {
    SlashOrder order = slash_order(line_text.substr(line_text.find_first_of("[(") + 1));
    day_first += order == SlashOrder::day_first;
    month_first += order == SlashOrder::month_first;
    lines.push_back(at);
  }

  // The headings, in place of the warnings that each line starts no item.
  std::vector<FoundHeading> headings(std::string_view text, const std::string& source_name,
                                     std::vector<Diagnostic>& diagnostics) const {
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
      return d.file == source_name && d.message.find("a date in brackets") != std::string::npos &&
             std::any_of(lines.begin(), lines.end(),
                         [&](const UnclearHeading& at) { return at.line == d.line; });
    });
    diagnostics.push_back({source_name, lines.front().line,
                           "no heading with \":\" or a dash after its date: the " +
                               std::to_string(lines.size()) +
                               " lines of the form \"[DATE] Title\" that stand alone are read "
                               "as headings"});
    const bool read_month_first = month_first > day_first;
    const std::string why = unclear_order_reason(month_first, day_first);
    std::vector<FoundHeading> found;
    for (const UnclearHeading& at : lines) {
      std::string_view line_text = text.substr(at.begin, at.end - at.begin);
      std::optional<Heading> heading = parse_bracketed_heading(line_text);
      if (!heading) {
        heading = parse_bracketed_heading(line_text, read_month_first);
        std::string_view date = line_text.substr(line_text.find_first_of("[(") + 1);
        diagnostics.push_back(
            {source_name, at.line,
             unclear_order_warning(slashed_date_text(date), heading->date, read_month_first, why)});
      }
      found.push_back({at.begin, at.end, at.line, std::move(*heading)});
    }
    return found;
  }
};

// `Title (26.09.2014)` lines that stand alone: the headings of a page that dates its items no
// other way. A slashed date of unclear order reads as the page's other such dates show, day
// first when none does, with a warning.
struct TrailingDateLines {
  std::vector<UnclearHeading> lines;
  int day_first = 0, month_first = 0;

  void add(const DateLine& date, UnclearHeading at) {
    SlashOrder order = slash_order(date.date_text);
    day_first += order == SlashOrder::day_first;
    month_first += order == SlashOrder::month_first;
    lines.push_back(at);
  }

  std::vector<FoundHeading> headings(std::string_view text, const std::string& source_name,
                                     std::vector<Diagnostic>& diagnostics) const {
    diagnostics.push_back({source_name, lines.front().line,
                           "no heading with a date first: the " + std::to_string(lines.size()) +
                               " lines of the form \"Title (DATE)\" or \"Title - DATE\" that "
                               "stand alone are read as headings"});
    const bool read_month_first = month_first > day_first;
    const std::string why = unclear_order_reason(month_first, day_first);
    std::vector<FoundHeading> found;
    for (const UnclearHeading& at : lines) {
      auto date =
          parse_trailing_date_heading(text.substr(at.begin, at.end - at.begin), read_month_first);
      if (date->unclear_order)
        diagnostics.push_back(
            {source_name, at.line,
             unclear_order_warning(date->date_text, date->heading.date, read_month_first, why)});
      found.push_back({at.begin, at.end, at.line, std::move(date->heading)});
    }
    return found;
  }
};

// The lines of the forms only a page with no usual headings has, each a paragraph of its own.
struct OtherForms {
  std::vector<FoundHeading> comma;   // `08.03.2024, Title`
  std::vector<FoundHeading> spaced;  // `26.09.2014 Title`
  BracketedLines bracketed;          // `[26.09.2014] Title`
  TrailingDateLines trailing;        // `Title (26.09.2014)`

  // Takes the line [begin, end) if it is of one of these forms; only a bracketed one when
  // heading_problem `said` something of the line.
  void add(std::string_view text, std::size_t begin, std::size_t end, int line, bool said) {
    std::string_view line_text = text.substr(begin, end - begin);
    if (!stands_alone(text, begin, end)) return;
    // heading_problem may have said this line starts no item, which a page dated only this way
    // takes back.
    if (parse_bracketed_heading(line_text, false)) bracketed.add(line_text, {begin, end, line});
    if (said) return;
    if (auto heading = parse_comma_heading(line_text)) {
      comma.push_back({begin, end, line, std::move(*heading)});
    } else if (auto spaced_heading = parse_spaced_heading(line_text)) {
      spaced.push_back({begin, end, line, std::move(*spaced_heading)});
    } else if (auto date = parse_trailing_date_heading(line_text, false)) {
      trailing.add(*date, {begin, end, line});
    }
  }

  // The headings of a page with no usual ones: the lines of the first form it has at least two
  // of, each a paragraph of its own, as a heading is and a dateline opening its paragraph's
  // text is not. Empty when there are none.
  std::vector<FoundHeading> headings(std::string_view text, const std::string& source_name,
                                     std::vector<Diagnostic>& diagnostics) {
    if (bracketed.lines.size() >= 2) return bracketed.headings(text, source_name, diagnostics);
    for (auto [lines, form] : {std::pair{&comma, "DATE, Title"}, {&spaced, "DATE Title"}}) {
      if (lines->size() < 2) continue;
      diagnostics.push_back({source_name, lines->front().line,
                             "no heading with \":\" or a dash after its date: the " +
                                 std::to_string(lines->size()) + " lines of the form \"" + form +
                                 "\" that stand alone are read as headings"});
      return std::move(*lines);
    }
    if (trailing.lines.size() >= 2) return trailing.headings(text, source_name, diagnostics);
    return {};
  }
};

std::vector<FoundHeading> find_headings(const std::string& text, const std::string& source_name,
                                        std::vector<Diagnostic>& diagnostics) {
  std::vector<FoundHeading> found;
  std::vector<UnclearHeading> unclear;
  OtherForms other_forms;
  int day_first = 0, month_first = 0;
  int line = 1;
  for (std::size_t begin = 0; begin <= text.size(); ++line) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string_view line_text = std::string_view(text).substr(begin, end - begin);
    if (auto heading = parse_heading(line_text)) {
      found.push_back({begin, end, line, std::move(*heading)});
      SlashOrder order = slash_order(line_text);
      day_first += order == SlashOrder::day_first;
      month_first += order == SlashOrder::month_first;
    } else if (parse_unclear_slashed_heading(line_text, false)) {
      unclear.push_back({begin, end, line});
    } else {
      auto problem = heading_problem(line_text);
      if (problem) diagnostics.push_back({source_name, line, *problem});
      other_forms.add(text, begin, end, line, problem.has_value());
    }
    begin = end + 1;
  }
  if (found.empty() && unclear.empty()) {
    found = other_forms.headings(text, source_name, diagnostics);
    if (!found.empty()) return found;
    found = date_line_headings(text, source_name, diagnostics);
    return found.empty() ? dateline_headings(text, source_name, diagnostics) : found;
  }
  if (unclear.empty()) return found;
  // `07/11/2023` reads as the page's other slashed dates do; day first (the European order of
  // the institutions this genre reports on) when none shows it. A page that shows both
  // orders leaves it unclear: those headings still start items, with a warning.
  const bool read_month_first = month_first > day_first;
  const std::string why = unclear_order_reason(month_first, day_first);
  for (const UnclearHeading& u : unclear) {
    std::string_view line_text = std::string_view(text).substr(u.begin, u.end - u.begin);
    Heading heading = *parse_unclear_slashed_heading(line_text, read_month_first);
    diagnostics.push_back(
        {source_name, u.line,
         unclear_order_warning(slashed_date_text(line_text), heading.date, read_month_first, why)});
    found.push_back({u.begin, u.end, u.line, std::move(heading)});
  }
  std::sort(found.begin(), found.end(), [](const FoundHeading& a, const FoundHeading& b) {
    return a.line_begin < b.line_begin;
  });
  return found;
}

long distance_in_days(const Heading& a, int year, const Heading& b) {
  return std::labs(days_from_civil(year, a.month, a.day) - days_from_civil(b.year, b.month, b.day));
}

// `7 and 8 June` between `13 June 2017` and `6 June 2017`: the year of the neighbouring items
// that puts the date nearest to them.
bool fill_year(std::vector<FoundHeading>& found, std::size_t index) {
  const Heading* neighbours[2] = {nullptr, nullptr};
  for (std::size_t j = index; j-- > 0;)
    if (found[j].heading.year != 0) {
      neighbours[0] = &found[j].heading;
      break;
    }
  for (std::size_t j = index + 1; j < found.size(); ++j)
    if (found[j].heading.year != 0) {
      neighbours[1] = &found[j].heading;
      break;
    }
  Heading& h = found[index].heading;
  int best_year = 0;
  long best_cost = std::numeric_limits<long>::max();
  for (const Heading* candidate : neighbours) {
    if (candidate == nullptr) continue;
    int year = candidate->year;
    if (h.day > days_in_month(year, h.month)) continue;
    if (h.end_month < h.month && year + 1 > corpus_detail::kLastYear) continue;
    long cost = 0;
    for (const Heading* other : neighbours)
      if (other != nullptr) cost += distance_in_days(h, year, *other);
    if (cost < best_cost) best_year = year, best_cost = cost;
  }
  if (best_year == 0) return false;
  bool crosses = h.end_month < h.month;
  h.year = best_year;
  h.end_year = best_year + (crosses ? 1 : 0);
  h.date = iso_date(h.year, h.month, h.day);
  h.end_date = iso_date(h.end_year, h.end_month, h.end_day);
  return true;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// The first lines of what stands above a document's first item, joined by newlines: a news
// page names its site there. Only a few, so that a long introduction is not taken for it.
std::string page_header(std::string_view above) {
  constexpr int kHeaderLines = 3;
  std::string out;
  int lines = 0;
  while (!above.empty() && lines < kHeaderLines) {
    std::size_t end = above.find('\n');
    std::string_view line = above.substr(0, end);
    above = end == std::string_view::npos ? std::string_view() : above.substr(end + 1);
    line = trim_spaces(line);
    if (line.empty()) continue;
    if (!out.empty()) out += '\n';
    out += line;
    ++lines;
  }
  return out;
}

}  // namespace

std::vector<Item> segment_text(std::string_view source_text, const std::string& source_name,
                               int first_n, std::vector<Diagnostic>& diagnostics) {
  NormalisedText normalised = normalise_text(source_text);
  report_invalid_bytes(normalised.invalid_bytes, source_text, source_name, diagnostics);
  const std::string& text = normalised.text;
  std::vector<FoundHeading> found = find_headings(text, source_name, diagnostics);

  for (std::size_t k = 0; k < found.size(); ++k) {
    if (found[k].heading.year == 0 && !fill_year(found, k))
      diagnostics.push_back(
          {source_name, found[k].line, "heading has no year and no neighbouring item gives one"});
  }

  std::vector<Item> items;
  items.reserve(found.size());
  const std::string header =
      found.empty() ? std::string()
                    : page_header(std::string_view(text).substr(0, found[0].line_begin));
  for (std::size_t k = 0; k < found.size(); ++k) {
    const FoundHeading& f = found[k];
    std::size_t next = k + 1 < found.size() ? found[k + 1].line_begin : text.size();
    std::size_t body = std::min(f.line_end + 1, next);
    std::size_t body_end = next;
    while (body < body_end && is_blank(text[body])) ++body;
    while (body_end > body && is_blank(text[body_end - 1])) --body_end;

    Item item;
    item.n = first_n + static_cast<int>(k);
    item.date = f.heading.date;
    item.end_date = f.heading.end_date;
    item.title = f.heading.title;
    item.text = text.substr(body, body_end - body);
    item.source = source_name;
    item.line = f.line;
    item.begin = normalised.source_offset(f.line_begin);
    item.end = normalised.source_offset(body_end > body ? body_end : f.line_end);
    // An empty body starts where its item ends, not at the next heading.
    item.body_begin = body_end > body ? normalised.source_offset(body) : item.end;
    item.offset_anchors = normalised.slice_anchors(body, body_end);
    item.page_header = header;
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace kg
