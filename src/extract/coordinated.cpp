// Coordinated names that share one head: "the Tunisian Ministries of Health, Interior and
// Transport" names three ministries. Patterns of the "organisation_list" extractor capture
// `prefix` (words before the head), `head` (a plural: Ministries), `link` (of/for) and
// `list`; each member of the list becomes a mention named "prefix + singular head + link +
// member", its span the member's words (the first one's span starts at the prefix).
#include <re2/re2.h>

#include "context.hpp"

namespace kg::extract_detail {
namespace {

std::string singular(std::string_view plural) {
  std::string word(plural);
  if (word.size() > 3 && word.compare(word.size() - 3, 3, "ies") == 0)
    return word.substr(0, word.size() - 3) + "y";
  if (word.size() > 1 && word.back() == 's') word.pop_back();
  return word;
}

std::string_view group_text(const Tagged& tagged, const Groups& match, const char* name) {
  auto g = match.find(name);
  if (g == match.end() || !g->second.matched) return {};
  return std::string_view(tagged.text()).substr(g->second.begin, g->second.end - g->second.begin);
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> list_members(std::string_view text,
                                                              std::size_t base,
                                                              std::string_view link) {
  static const re2::RE2 separator(R"(\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)");
  std::vector<std::pair<std::size_t, std::size_t>> found;
  std::size_t pos = 0;
  re2::StringPiece sep;
  auto add = [&](std::size_t b, std::size_t e) {
    std::string_view member = text.substr(b, e - b);
    for (std::string_view skip : {std::string_view("the "), link})
      if (!skip.empty() && member.substr(0, skip.size()) == skip &&
          member.size() > skip.size() + 1 && member[skip.size()] != ' ') {
        b += skip.size() + (skip.back() == ' ' ? 0 : 1);
        member = text.substr(b, e - b);
      }
    if (e > b) found.emplace_back(base + b, base + e);
  };
  while (pos < text.size() && separator.Match(re2::StringPiece(text.data(), text.size()), pos,
                                              text.size(), RE2::UNANCHORED, &sep, 1)) {
    std::size_t at = static_cast<std::size_t>(sep.data() - text.data());
    add(pos, at);
    pos = at + sep.size();
  }
  add(pos, text.size());
  return found;
}

void find_coordinated_organisations(ItemContext& context, std::size_t sentence) {
  const Span& span = context.out.sentences[sentence].span;
  for (const Pattern* pattern : context.rules.patterns_for("organisation_list")) {
    std::shared_ptr<const Tagged> held = tagged_sentence(context, sentence);
    const Tagged& tagged = *held;
    for (const Groups& match : find_matches(context.rules, *pattern, tagged)) {
      auto list = match.find("list");
      if (list == match.end() || !list->second.matched) continue;
      std::string_view prefix = group_text(tagged, match, "prefix");
      while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
      std::string head = singular(group_text(tagged, match, "head"));
      std::string_view link = group_text(tagged, match, "link");
      std::string stem =
          (prefix.empty() ? "" : std::string(prefix) + " ") + head + " " + std::string(link) + " ";
      auto parts = list_members(group_text(tagged, match, "list"), list->second.begin, link);
      if (parts.size() < 2) continue;
      for (std::size_t i = 0; i < parts.size(); ++i) {
        auto [b, e] = parts[i];
        if (tagged.inside_marker(b) || !tagged.markers_in(b, e).empty()) continue;
        std::string member(tagged.text().substr(b, e - b));
        // The first member's span starts at the prefix (or head): "Tunisian Ministries of
        // Health" is how the text names it.
        std::size_t from = b;
        if (i == 0) from = match.at(prefix.empty() ? "head" : "prefix").begin;
        Mention mention;
        mention.kind = NodeKind::organisation;
        mention.span = {span.in_title, tagged.to_source(from, false), tagged.to_source(e, true)};
        mention.surface = std::string(context.text(mention.span));
        mention.name = stem + member;
        mention.sentence = sentence;
        mention.rule = pattern->id;
        context.add(std::move(mention));
      }
    }
  }
}

}  // namespace kg::extract_detail
