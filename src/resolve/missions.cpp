#include "missions.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "kg/resolve.hpp"

namespace kg::resolve_detail {
namespace {

constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-2);

// The words of a kind of mission, and its key: a consulate general is the consulate.
struct MissionKind {
  std::array<std::string_view, 2> words;
  std::string_view kind;
};
constexpr MissionKind kKinds[] = {
    {{"high", "commission"}, "high commission"},
    {{"consulate", "general"}, "consulate"},
    {{"permanent", "mission"}, "permanent mission"},
    {{"permanent", "representation"}, "permanent representation"},
    {{"embassy", ""}, "embassy"},
    {{"consulate", ""}, "consulate"},
    {{"delegation", ""}, "delegation"},
};

// The kind of mission whose words start at `at`, and how many words it has.
std::pair<std::string_view, std::size_t> kind_at(const std::vector<std::string>& words,
                                                 std::size_t at) {
  for (const MissionKind& kind : kKinds) {
    std::size_t length = kind.words[1].empty() ? 1 : 2;
    if (at + length > words.size() || words[at] != kind.words[0]) continue;
    if (length == 2 && words[at + 1] != kind.words[1]) continue;
    return {kind.kind, length};
  }
  return {{}, 0};
}

bool is_preposition(std::string_view word) {
  return word == "in" || word == "to" || word == "at";
}

// Where a mission is: the words after its "in"/"to", without "the"; a mission "to the
// International Organizations in Vienna" is in Vienna, "to the European Union" to the EU.
std::string seat_of(const std::vector<std::string>& words, std::size_t begin) {
  for (std::size_t k = begin; k < words.size(); ++k)
    if (words[k] == "in") begin = k + 1;
  std::string seat;
  for (std::size_t k = begin; k < words.size(); ++k)
    if (words[k] != "the") seat += (seat.empty() ? "" : " ") + words[k];
  if (seat == "european union") return "eu";
  if (seat == "united nations") return "un";
  return seat;
}

}  // namespace

MissionNames::MissionNames(const Lexicon& lexicon) {
  const std::vector<KnownEntity>& entities = lexicon.entities();
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const KnownEntity& country = entities[i];
    if (country.demonym.empty() || country.kind != NodeKind::place) continue;
    std::vector<std::string> forms = country.aliases;
    forms.push_back(country.name);
    for (std::string& demonym : demonyms_of(country)) forms.push_back(std::move(demonym));
    for (const std::string& form : forms) {
      std::string folded = fold_name(form);
      if (folded.starts_with("the ")) folded.erase(0, 4);
      if (folded.empty()) continue;
      auto [it, fresh] = countries_.emplace(folded, i);
      if (!fresh && it->second != i) it->second = kAmbiguous;
    }
  }
  for (const KnownEntity& city : entities) {
    if (city.kind != NodeKind::place || city.type != "capital") continue;
    auto country = countries_.find(fold_name(city.country));
    if (country == countries_.end() || country->second == kAmbiguous) continue;
    capitals_.emplace(fold_name(city.name), country->second);
    for (const std::string& alias : city.aliases)
      capitals_.emplace(fold_name(alias), country->second);
  }
}

std::optional<DelegationCountry> MissionNames::eu_delegation_country(
    const std::vector<std::string>& words) const {
  static const std::vector<std::vector<std::string_view>> kHeads = {
      {"eu", "delegation"},
      {"european", "union", "delegation"},
      {"delegation", "of", "the", "eu"},
      {"delegation", "of", "the", "european", "union"}};
  std::size_t begin = !words.empty() && words[0] == "the" ? 1 : 0;
  for (const auto& head : kHeads) {
    std::size_t at = begin + head.size();
    if (at + 1 >= words.size() || !std::equal(head.begin(), head.end(), words.begin() + begin))
      continue;
    const std::size_t place = at + 1;
    if (words[at] == "in") {
      // A seat is the rest of the name: a country, or a capital ("in Libreville").
      if (std::optional<std::size_t> country = country_of(words, place, words.size()))
        return DelegationCountry{*country, true};
      std::string form = words[place];
      for (std::size_t k = place + 1; k < words.size(); ++k) form += " " + words[k];
      auto capital = capitals_.find(form);
      if (capital == capitals_.end()) return std::nullopt;
      return DelegationCountry{capital->second, true};
    }
    if (words[at] != "to") return std::nullopt;
    // An accreditation may go on to other places or bodies ("to Nigeria and ECOWAS", "to
    // Guyana, Suriname and ..."): the longest country its words open with, before any "and".
    std::size_t stop = place;
    while (stop < words.size() && words[stop] != "and") ++stop;
    for (std::size_t end = stop; end > place; --end)
      if (std::optional<std::size_t> country = country_of(words, place, end))
        return DelegationCountry{*country, false};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::size_t> MissionNames::country_of(const std::vector<std::string>& words,
                                                    std::size_t begin, std::size_t end) const {
  if (begin < end && words[begin] == "the") ++begin;
  if (begin >= end) return std::nullopt;
  std::string form = words[begin];
  for (std::size_t k = begin + 1; k < end; ++k) form += " " + words[k];
  auto found = countries_.find(form);
  if (found == countries_.end() || found->second == kAmbiguous) return std::nullopt;
  return found->second;
}

std::optional<MissionKey> MissionNames::key_of(const std::vector<std::string>& words) const {
  std::size_t begin = !words.empty() && words[0] == "the" ? 1 : 0;
  std::size_t at = begin;
  std::pair<std::string_view, std::size_t> kind;
  for (; at < words.size() && kind.second == 0; ++at) kind = kind_at(words, at);
  if (kind.second == 0) return std::nullopt;
  std::size_t kind_begin = at - 1, after = kind_begin + kind.second;
  // Before the kind: "Dutch", "Royal Norwegian", "Netherlands", "Portugal's".
  std::size_t prefix = begin < kind_begin && words[begin] == "royal" ? begin + 1 : begin;
  std::size_t prefix_end = kind_begin;
  if (prefix_end > prefix + 1 && words[prefix_end - 1] == "s") --prefix_end;
  std::optional<std::size_t> country;
  if (prefix < kind_begin) {
    country = country_of(words, prefix, prefix_end);
    if (!country) return std::nullopt;
  } else if (after < words.size() && words[after] == "of") {
    // After it: "of [the] Kingdom of the Netherlands [in Dakar]", the longest country.
    for (std::size_t end = words.size(); end > after + 1 && !country; --end)
      if (end == words.size() || is_preposition(words[end])) {
        country = country_of(words, after + 1, end);
        if (country) after = end;
      }
    if (!country) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (after < words.size() && !is_preposition(words[after])) return std::nullopt;
  std::string seat = after < words.size() ? seat_of(words, after + 1) : std::string();
  // A permanent representation is to the European Union, said or not.
  if (kind.first == "permanent representation" && seat == "eu") seat.clear();
  return MissionKey{std::string(kind.first), *country, std::move(seat)};
}

}  // namespace kg::resolve_detail
