// Diplomatic missions named many ways: "the Dutch Embassy", "the Netherlands Embassy" and
// "the Embassy of the Kingdom of the Netherlands" are one embassy. A mission's key is its
// kind, its country and its seat, read from a country's names, aliases and demonyms.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/extract.hpp"

namespace kg::resolve_detail {

struct MissionKey {
  std::string kind;     // "embassy", "high commission", "consulate", "permanent mission" ...
  std::size_t country;  // the country's lexicon entity
  std::string seat;     // folded city or body after "in"/"to" ("dakar"); "" when unsaid
};

class MissionNames {
 public:
  explicit MissionNames(const Lexicon& lexicon);
  // The key of a folded name's words, or nothing when they name no country's mission.
  // EU delegations ("Delegation of the European Union to X") name no country: none.
  std::optional<MissionKey> key_of(const std::vector<std::string>& words) const;

 private:
  // Folded country names, aliases and demonyms -> country entity (kNoCountry: ambiguous,
  // as "dominican" and "congolese" are).
  std::unordered_map<std::string, std::size_t> countries_;
  std::optional<std::size_t> country_of(const std::vector<std::string>& words, std::size_t begin,
                                        std::size_t end) const;
};

}  // namespace kg::resolve_detail
