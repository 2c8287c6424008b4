// An acronym a page defines in one item ("the Country Partnership Programme (CPP)") and uses
// bare in its other items: those uses name what the page defined, not what the gazetteer
// ("CPP": the Counter Piracy Programme) or another page of the corpus gives the acronym.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kg/extract.hpp"

namespace kg::extract_detail {

class PageAcronyms {
 public:
  // First pass, in item order: the acronyms each item defines.
  void remember(const Item& item, const ItemExtraction& pass);
  // Second pass: a bare acronym the item does not define takes the meaning of the nearest item
  // of the same page, at most `kReach` items away (the earlier one when two are as near), that
  // defines it, when the lexicon knows that meaning as an entity of the mention's kind.
  void complete(const Item& item, ItemExtraction& extraction, const Lexicon& lexicon) const;

  static constexpr int kReach = 5;

 private:
  struct Defined {
    std::string source;
    int n = 0;
    std::vector<std::pair<std::string, std::string>> acronyms;  // acronym, long name
  };
  // The long name the nearest defining item gives `acronym`, or nullptr.
  const std::string* nearest_meaning(const Item& item, const std::string& acronym) const;
  std::vector<Defined> defined_;  // in item order
};

}  // namespace kg::extract_detail
