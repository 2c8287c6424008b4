// Extraction: mentions of people, organisations, programmes and places in each item, and the
// relations between them, each with the sentence and the rule that found it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/graph.hpp"
#include "kg/rules.hpp"

namespace kg {

// Offsets are byte offsets into the item's `title` (in_title) or `text` (otherwise).
struct Span {
  bool in_title = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Sentence {
  Span span;
};

struct Mention {
  NodeKind kind = NodeKind::person;
  std::string surface;    // the text as written, e.g. "Ms Albert", "UNODC's"
  std::string name;       // cleaned: no honorific, title or possessive, e.g. "Albert"
  std::string canonical;  // the gazetteer's canonical name when a gazetteer found it, else ""
  Span span;
  std::size_t sentence = 0;  // index into ItemExtraction::sentences
  std::string rule;          // dotted rule id
};

struct Relation {
  EdgeKind kind = EdgeKind::attended;
  std::size_t source = 0;             // index into ItemExtraction::mentions
  std::optional<std::size_t> target;  // mention index; none for `attended` (the item's event)
  std::size_t sentence = 0;
  std::string rule;
};

struct ItemExtraction {
  int item = 0;  // item n
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Relation> relations;
  // Acronyms defined in the text: `Full Name (ACR)` -> {"ACR", "Full Name"}.
  std::vector<std::pair<std::string, std::string>> acronyms;
};

}  // namespace kg
