// Heading lines: a date or date range first, then `:` or a spaced dash, then a title.
#include <array>

#include "dates.hpp"
#include "kg/corpus.hpp"

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

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view strip_title_junk(std::string_view title) {
  std::size_t cut = title.size();
  for (std::string_view junk : kTitleJunk) {
    std::size_t at = title.find(junk);
    if (at != std::string_view::npos && at > 0) cut = std::min(cut, at);
  }
  return trim(title.substr(0, cut));
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
  if (pos < line.size() && line[pos] == ':') return 1;
  if (spaces_before == 0) return 0;
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (line.substr(pos).starts_with(dash)) {
      std::size_t after = pos + dash.size();
      return after < line.size() && (line[after] == ' ' || line[after] == '\t') ? dash.size() : 0;
    }
  }
  return 0;
}

}  // namespace

std::optional<Heading> parse_heading(std::string_view line) {
  std::size_t lead = 0;
  while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
  std::string_view rest = line.substr(lead);
  while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
  if (rest.empty() || rest.size() > kMaxHeadingBytes) return std::nullopt;
  char first = rest.front();
  if (!((first >= '0' && first <= '9') || (first >= 'A' && first <= 'Z') ||
        (first >= 'a' && first <= 'z')))
    return std::nullopt;

  for (const auto& [span, consumed] : date_prefixes(rest, /*allow_missing_year=*/true)) {
    std::size_t pos = consumed;
    std::size_t spaces = 0;
    while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos, ++spaces;
    std::size_t separator = separator_length(rest, pos, spaces);
    if (separator == 0) continue;
    bool colon = rest[pos] == ':';
    pos += separator;
    while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos;
    // `1 June 2017 - 31 May 2018 was the year`: a dash followed by a date joins a range; a
    // title does not start there.
    if (!colon && !date_prefixes(rest.substr(pos), true).empty()) continue;
    std::string_view title = strip_title_junk(rest.substr(pos));
    if (!has_letter(title)) continue;

    Heading heading;
    heading.year = span.year, heading.month = span.month, heading.day = span.day;
    heading.end_year = span.end_year, heading.end_month = span.end_month;
    heading.end_day = span.end_day;
    if (span.year != 0) {
      heading.date = iso_date(span.year, span.month, span.day);
      heading.end_date = iso_date(span.end_year, span.end_month, span.end_day);
    }
    heading.title = std::string(title);
    heading.title_offset = lead + pos;
    return heading;
  }
  return std::nullopt;
}

}  // namespace kg
