// Entity resolution: the mentions of every item become one entity per real thing, with a
// canonical name (../shared/gold/GUIDELINE.md), aliases and a stable id; then the graph.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/extract.hpp"
#include "kg/graph.hpp"
#include "kg/text.hpp"  // edit_distance, used with the name helpers

namespace kg {

struct Entity {
  std::string id;  // kg::make_node_id(kind, name), made unique
  NodeKind kind = NodeKind::person;
  std::string name;
  std::vector<std::string> aliases;  // other surface forms, sorted
};

struct Resolution {
  std::vector<Entity> entities;
  // entity_of[i][j]: the entity of mention j of extraction i (kNone for removed mentions).
  std::vector<std::vector<std::size_t>> entity_of;
  std::vector<std::string> notes;  // readings kept apart, and why
};

// Groups the mentions of the corpus into entities.
Resolution resolve(const std::vector<ItemExtraction>& extractions, const Lexicon& lexicon);

// The graph: one event per item, one node per entity with every mention as evidence, and
// the relations as edges with their evidence (sentence offsets in the source file).
KnowledgeGraph assemble_graph(const Corpus& corpus, const std::vector<ItemExtraction>& extractions,
                              const Resolution& resolution);

// Name comparison helpers (exposed for tests).
std::string fold_name(std::string_view name);  // lower case, accents and punctuation folded
// True when two long names differ by a small misspelling only: same words but one or two
// letters in words of at least five letters ("Fedetov"/"Fedotov", "Program"/"Programme").
bool near_same_name(std::string_view a, std::string_view b);
// True when `shorter` is `longer` with inner words left out, same first and last word
// ("Tunis Carthage airport" of "Tunis-Carthage International Airport").
bool shortened_name(std::string_view shorter, std::string_view longer);

}  // namespace kg
