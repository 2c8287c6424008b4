#include "page_header_body.hpp"

#include <algorithm>
#include <vector>

#include "kg/text.hpp"
#include "name_filters.hpp"

namespace kg::extract_detail {
namespace {

// "Latvian Presidency of the Council of the European Union 2015" -> without " 2015".
std::string_view without_year_at_end(std::string_view segment) {
  if (segment.size() > 5) {
    std::string_view year = segment.substr(segment.size() - 4);
    bool digits =
        std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && segment[segment.size() - 5] == ' ')
      return trim_spaces(segment.substr(0, segment.size() - 5));
  }
  return segment;
}

// The header's lines cut at the separators sites put between a site's name and a section.
std::vector<std::string_view> header_segments(std::string_view header) {
  std::vector<std::string_view> segments;
  std::size_t begin = 0;
  while (begin <= header.size()) {
    std::size_t end = std::min(header.find('\n', begin), header.size());
    std::string_view line = header.substr(begin, end - begin);
    while (true) {
      std::size_t cut = std::string_view::npos;
      std::size_t width = 0;
      for (std::string_view separator : {" - ", " | ", " \xE2\x80\x93 "}) {
        std::size_t at = line.find(separator);
        if (at < cut) {
          cut = at;
          width = separator.size();
        }
      }
      segments.push_back(without_year_at_end(trim_spaces(line.substr(0, cut))));
      if (cut == std::string_view::npos) break;
      line = line.substr(cut + width);
    }
    begin = end + 1;
  }
  return segments;
}

}  // namespace

std::string body_of_page_header(const ItemContext& context, std::string_view head) {
  std::vector<std::string> bodies;
  for (std::string_view segment : header_segments(context.item.page_header)) {
    std::vector<std::string> words = split_words(segment);
    if (words.size() < 2 || std::find(words.begin(), words.end(), head) == words.end()) continue;
    std::string body;
    if (std::optional<std::size_t> known = context.lexicon.find(segment)) {
      const KnownEntity& entity = context.lexicon.entities()[*known];
      // Not a generic entry the form falls under ("EU Delegations" for "EU Delegation to X").
      std::vector<std::string> named = split_words(entity.name);
      if (entity.kind == NodeKind::organisation &&
          std::find(named.begin(), named.end(), head) != named.end())
        body = entity.name;
    } else if (words.front() == head && (words[1] == "of" || words[1] == "to") &&
               segment.find(',') == std::string_view::npos) {
      // A long name with a list in it ("... to Jamaica, Belize, The Bahamas ...") is written
      // shorter in the items: taken as it stands it would be a body of its own.
      body = std::string(segment);
    }
    if (!body.empty() && std::find(bodies.begin(), bodies.end(), body) == bodies.end())
      bodies.push_back(std::move(body));
  }
  return bodies.size() == 1 ? bodies.front() : std::string();
}

}  // namespace kg::extract_detail
