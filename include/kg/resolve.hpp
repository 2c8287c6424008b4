// Entity resolution: the mentions of every item become one entity per real thing, with a
// canonical name (../shared/gold/GUIDELINE.md), aliases and a stable id; then the graph.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/extract.hpp"
#include "kg/graph.hpp"
#include "kg/kept_extraction.hpp"
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
  // entity_of[i][j]: the entity of mention j of kept extraction i (kg/kept_extraction.hpp:
  // without the mentions a later pass removed).
  std::vector<std::vector<std::size_t>> entity_of;
  std::vector<std::string> notes;  // readings kept apart, and why
};

// Groups the mentions of the corpus into entities.
Resolution resolve(const std::vector<KeptExtraction>& extractions, const Lexicon& lexicon);
// The same for extractions as extract_item gives them (kept first).
Resolution resolve(const std::vector<ItemExtraction>& extractions, const Lexicon& lexicon);

// What the graph needs of an extracted item besides its extraction: the item's info and, for
// each sentence that evidence quotes, its offsets in the source file and its text. The
// item's text is no longer needed: a streamed build drops it, a sharded build carries this
// to the merge.
struct SentenceSource {
  std::size_t begin = 0;
  std::size_t end = 0;
  SharedText text;  // quoted by the evidence of every mention and relation found in it
};
struct ExtractedItem {
  ItemInfo info;
  std::vector<SentenceSource> sentences;  // Mention::sentence and Relation::sentence index it
};
// Takes it from an item and its extraction: the extraction's mentions and relations are
// renumbered to the sentences kept, and its sentences (spans into the item's text) dropped.
ExtractedItem extracted_item(const Item& item, ItemExtraction& extraction);

// The graph: one event per item, one node per entity with every mention as evidence, and
// the relations as edges with their evidence (sentence offsets in the source file).
// `items[i]` is the item of `extractions[i]`, in corpus order. Takes them, and frees each
// item's extraction as soon as its edges are in the graph (a large build holds the
// extractions and the graph at once only briefly).
KnowledgeGraph assemble_graph(const std::string& corpus_name, std::vector<ExtractedItem> items,
                              std::vector<KeptExtraction> extractions, Resolution resolution);
// The same for extractions as extract_item gives them (kept first, as resolve keeps them).
KnowledgeGraph assemble_graph(const std::string& corpus_name, std::vector<ExtractedItem> items,
                              std::vector<ItemExtraction> extractions, Resolution resolution);
// The same for a corpus and the extraction of every item of it.
KnowledgeGraph assemble_graph(const Corpus& corpus, std::vector<ItemExtraction> extractions,
                              const Resolution& resolution);

// Name comparison helpers (exposed for tests).
std::string fold_name(std::string_view name);  // lower case, accents and punctuation folded
std::vector<std::string> name_words(std::string_view folded);  // split at spaces
// Words shorter than this are never repaired: "Berg" and "Borg" are two people.
inline constexpr std::size_t kTypoWordLength = 5;
// Nor are words longer than this (bytes): no real name has one, and their repair keys would
// cost the square of their length.
inline constexpr std::size_t kLongestTypoWord = 64;
// True when two names are one typo apart: the same words but one, of at least five letters,
// with one letter inserted, deleted or replaced ("Fedetov"/"Fedotov"), or spelt
// "programme"/"program". Anything more is two names: at scale, invented names two letters
// apart ("Tomivel Gorvelmi"/"Tamiver Lovelmi") are different people.
bool near_same_name(std::string_view a, std::string_view b);
bool near_same_words(const std::vector<std::string>& x, const std::vector<std::string>& y);
// True when `shorter` is `longer` with inner words left out, same first and last word
// ("Tunis Carthage airport" of "Tunis-Carthage International Airport").
bool shortened_name(std::string_view shorter, std::string_view longer);
// Where the patronymic starts in a folded person's name ("nurul huda binti ismail": 2, at
// "binti"), when `min_given` given names at least come before it; 0 when it has none. Such a
// person is called by the given names alone later ("Ms Nurul Huda", "Mr Nazrin" for Nazrin bin
// Abdul Latif).
std::size_t patronymic_at(const std::vector<std::string>& words, std::size_t min_given = 2);
// The keys of a word under which its one-typo variants meet: two words that near_same_words
// would accept share at least one key (the word itself, each one-letter deletion, and the
// "program" of "programme"). Lets resolution compare only names that share a key.
void typo_keys(std::string_view word, const std::function<void(std::string_view)>& emit);

}  // namespace kg
