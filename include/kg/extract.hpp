// Extraction: mentions of people, organisations, programmes and places in each item, and the
// relations between them, each with the sentence and the rule that found it.
//
// Patterns run on a sentence in which the mentions found so far are replaced by markers
// "[[K<i>]]" (K: P person, O organisation, G programme, L place; i: index into
// ItemExtraction::mentions), so that a rule can say `${PERSON}, ... of ${ORG}` (see
// kg/rules.hpp for the ${...} macros). Named groups of a mention pattern:
//   name, name2, name3  the new mention(s) (default: the whole match);
//   owner               a marker inside or beside the name: the owning organisation, kept as
//                       a mention of its own (UNODC in "UNODC's Terrorism Prevention Branch");
//   acronym             an acronym the name defines ("Full Name (ACR)").
// Relation patterns capture markers: represents (person, org | role), attended (who | list),
// funds (source | sources, target | targets); see rules/patterns/*.json.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/kinds.hpp"
#include "kg/rules.hpp"

namespace kg {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Offsets are byte offsets into the item's `title` (in_title) or `text` (otherwise).
struct Span {
  bool in_title = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Sentence {
  Span span;
  bool caption = false;  // a photo caption: its people are mentioned, not attending
};

struct Mention {
  NodeKind kind = NodeKind::person;
  std::string surface;    // the text as written, e.g. "Ms Albert", "UNODC's"
  std::string name;       // cleaned: no honorific, title or possessive, e.g. "Albert"
  std::string canonical;  // the lexicon's canonical name when the lexicon found it, else ""
  Span span;
  std::size_t sentence = 0;    // index into ItemExtraction::sentences
  std::string rule;            // dotted rule id
  std::size_t entity = kNone;  // index into Lexicon::entities() when the lexicon found it
  std::size_t owner = kNone;   // mention of the owning organisation, when the text names it
  bool removed = false;        // swallowed by a longer mention found later
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

// A named thing the extractors know by name: a gazetteer entry, or a name learned from a
// first pass over the corpus (a person found by a pattern, an acronym defined in the text).
struct KnownEntity {
  NodeKind kind = NodeKind::organisation;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> parents;
  std::string rule;  // the gazetteer entry's id, or "learned.<rule that found it>"
  bool learned = false;
  std::string group;  // the gazetteer entry's "group" (eu, un ...), "" when it has none
  // The gazetteer entry's "country": a national body's or a city's; "" when it has none.
  std::string country;
  // A country's "demonym": its nationality adjectives, "; "-separated ("Dutch"); "" for others.
  std::string demonym;
  // The gazetteer entry's "type": "agency" for a body of the Union with its own staff and
  // mandate (Europol, the EPPO), "" for others.
  std::string type;
};

// The nationality adjectives of an entity's "demonym", one each ("Dutch"); none for others.
std::vector<std::string> demonyms_of(const KnownEntity& entity);

// One thing a pass over the corpus taught the lexicon, in Lexicon::lessons().
struct Lesson {
  enum class What { entity, parent, alias };
  What what = What::entity;
  KnownEntity entity;      // entity: the new entity (its index: the lexicon's size before)
  std::size_t target = 0;  // parent, alias: the entity taught about
  std::string form;        // parent, alias: the parent's name, the alias
};

// Every known name, indexed once for the whole build.
class Lexicon {
 public:
  // `keep_lessons`: whether lessons() records what the corpus taught. Only a sharded build
  // needs them (the merge replays them); a whole build would hold a second copy of every
  // learned name until it ends (a tenth of its peak memory at 34 MB of new people).
  explicit Lexicon(const Rules& rules, bool keep_lessons = true);
  const std::vector<KnownEntity>& entities() const { return entities_; }
  const GazetteerIndex& index() const { return index_; }
  // The entity a form names, if any (exact form, case rules of GazetteerIndex).
  std::optional<std::size_t> find(std::string_view form) const;
  // Adds a learned entity; returns its index (or the known one if the name is taken).
  std::size_t learn(KnownEntity entity);
  // Adds a learned alias; false when the form names something else already.
  bool learn_alias(std::size_t entity, const std::string& form);
  // Whether `word` is a country's nationality adjective ("Polish", "Tunisian").
  bool is_demonym(const std::string& word) const { return demonyms_.contains(word); }
  // Whether a person was learned: until then, looking for learned people finds nobody.
  bool knows_learned_people() const { return learned_people_ > 0; }
  // What learn() and learn_alias() changed, in order: replayed on a lexicon of the same rules
  // (replay()), they give this lexicon again. The merge of a sharded build rebuilds so the
  // lexicon that the shards' extraction used.
  const std::vector<Lesson>& lessons() const { return lessons_; }
  // Applies a lesson; throws kg::Error when it does not fit this lexicon (an entity it
  // does not have, a new entity whose index differs).
  void replay(const Lesson& lesson);

 private:
  std::vector<KnownEntity> entities_;
  std::unordered_set<std::string> demonyms_;
  GazetteerIndex index_;
  std::size_t learned_people_ = 0;
  bool keep_lessons_ = true;
  std::vector<Lesson> lessons_;
  void record(Lesson lesson) {
    if (keep_lessons_) lessons_.push_back(std::move(lesson));
  }
};

// Sentences of a text (abbreviation-aware; photo credits cut out, captions marked).
// `noise` receives the spans of photo credits, which hold no mentions.
std::vector<Sentence> split_sentences(std::string_view text, bool in_title, const Rules& rules,
                                      std::vector<Span>& noise);

// What an extraction of an item finds: `names` stops after the mentions and acronyms (all
// that a first pass over the corpus learns from), `all` adds the relations.
enum class ExtractionScope { names, all };

// Mentions and relations of one item, with the lexicon's names.
ItemExtraction extract_item(const Item& item, const Rules& rules, const Lexicon& lexicon,
                            ExtractionScope scope = ExtractionScope::all);

// A corpus as a sequence of items that can be gone through more than once: calls its
// argument with every item, in corpus order (numbered 1, 2, ...). `count` and `bytes` (of
// titles and texts) feed the progress line.
struct ExtractionInput {
  std::function<void(const std::function<void(Item&&)>&)> items;
  std::size_t count = 0;
  std::uint64_t bytes = 0;
};
// The items of a corpus held in memory, copied one at a time.
ExtractionInput input_of(const Corpus& corpus);

// extract_corpus over items read from `input` twice, a batch at a time: a corpus read from
// its files is never held whole. `take` receives each item of the second pass with its
// extraction, in corpus order.
void extract_items(const ExtractionInput& input, const Rules& rules, Lexicon& lexicon,
                   unsigned jobs, ExtractionScope first_pass,
                   const std::function<bool(int)>& second_pass,
                   const std::function<void(const Item&, ItemExtraction&&)>& take);

// Two passes over the corpus: the first learns names (people found by patterns, acronyms,
// units), the second extracts with them. `lexicon` ends up holding what was learned. Items
// are extracted on up to `jobs` threads (0: all cores); the result is the same for any number.
// The first pass finds only names unless `first_pass` says `all` (the same result, slower).
// The second pass extracts the items whose n `second_pass` keeps (all when it is empty; a
// shard of a sharded build keeps its own), and the result holds those, in corpus order.
std::vector<ItemExtraction> extract_corpus(const Corpus& corpus, const Rules& rules,
                                           Lexicon& lexicon, unsigned jobs = 1,
                                           ExtractionScope first_pass = ExtractionScope::names,
                                           const std::function<bool(int)>& second_pass = {});

// The text of a span of an item (title or body).
std::string_view span_text(const Item& item, const Span& span);

}  // namespace kg
