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

struct DelegationCountry {
  std::size_t country;  // the country's lexicon entity
  bool seated;          // written with "in" (its seat), not "to" (where it is accredited)
};

class MissionNames {
 public:
  explicit MissionNames(const Lexicon& lexicon);
  // The key of a folded name's words, or nothing when they name no country's mission.
  // EU delegations ("Delegation of the European Union to X") name no country: none.
  std::optional<MissionKey> key_of(const std::vector<std::string>& words) const;
  // The country an EU delegation's folded name ties it to: the first it is accredited to
  // ("Delegation of the European Union to Nigeria and ECOWAS": Nigeria), or the one it sits in
  // itself or by its capital ("EU Delegation in Libreville": Gabon). Nothing for other names.
  std::optional<DelegationCountry> eu_delegation_country(
      const std::vector<std::string>& words) const;

 private:
  // Folded country names, aliases and demonyms -> country entity (kNoCountry: ambiguous,
  // as "dominican" and "congolese" are).
  std::unordered_map<std::string, std::size_t> countries_;
  // Folded capitals' names and aliases -> their country's entity.
  std::unordered_map<std::string, std::size_t> capitals_;
  std::optional<std::size_t> country_of(const std::vector<std::string>& words, std::size_t begin,
                                        std::size_t end) const;
};

}  // namespace kg::resolve_detail
