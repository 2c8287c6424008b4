// A body named in full on a page and by its short form in later items of the page: the news
// page of the EU Delegation to Pakistan names it in full once, then says "the EU Delegation".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/extract.hpp"

namespace kg::extract_detail {

class PageBodies {
 public:
  explicit PageBodies(const Rules& rules) : rules_(rules) {}
  // First pass, in item order: the accredited bodies an item names in full. Not those of a
  // parent in the vocabulary `assembly_parents`: a parliament's delegation for relations with a
  // country is no body a page's "the EU Delegation" stands for.
  void remember(const Item& item, const ItemExtraction& pass, const Lexicon& lexicon);
  // First pass: the accredited bodies a page's header names (`header_pass` extracted from
  // the item's page_header), for every item of the page that no nearer item completes.
  void remember_header(const Item& item, const ItemExtraction& header_pass, const Lexicon& lexicon);
  // Second pass: a short form ("EU Delegation", a known body's form without a complement)
  // that the item itself does not complete takes the body the page's header names, in the
  // form of the nearest item that names it under another name ("... to the former Yugoslav
  // Republic of Macedonia" where the header says "North Macedonia"). A page with no such
  // header takes the full name that the nearest item before it, on the same page and at most
  // `kReach` items back, gives, when an item there gives one; failing such an item, the one
  // the nearest item after it gives within `kReach` items. An item that names other such
  // bodies only ("the UNODC Regional Office for West Africa") is passed over.
  // An item that names any such body in full is left alone.
  void complete(const Item& item, ItemExtraction& extraction, const Lexicon& lexicon) const;

  static constexpr int kReach = 5;

 private:
  struct Named {
    std::string source;
    int n = 0;
    std::vector<std::string> names;
  };
  std::vector<std::string> bodies_named(const ItemExtraction& pass, const Lexicon& lexicon) const;
  // What complete() takes the full name from, in the order it tries them: the earlier items
  // of the page within `kReach` that named such bodies, nearest first, the page's header, the
  // later items within `kReach`, nearest first.
  std::vector<const Named*> named_for(const Item& item) const;
  // The bodies the item's page header names, if it names any.
  const Named* header_for(const Item& item) const;

  const Rules& rules_;
  std::vector<Named> named_;                   // in item order
  std::map<std::string, Named> header_named_;  // by page (source)
};

}  // namespace kg::extract_detail
