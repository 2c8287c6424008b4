// The extraction rules: data in rules/*.json, loaded with RapidJSON, patterns compiled with re2.
//
// Every JSON file under the rules folder (recursively, sorted by path) declares its "type":
//   "gazetteer"   named things of one kind, each with a canonical name and aliases;
//   "vocabulary"  lists of words used by the extractors (honorifics, titles, verbs ...);
//   "patterns"    re2 patterns, each with a dotted id, used by one extractor;
// The subfolder rules/groups/ holds the groups of bodies (e.g. `eu`) that queries match
// against: read by kg/groups.hpp, checked by check_rules(), left alone by load_rules().
// A user adds an entry or a pattern by editing these files and re-running: no recompiling.
//
// File layouts (one JSON object per file):
//   {"type": "gazetteer", "kind": "organisation", "source": "why/where from",
//    "entries": [{"name": "European External Action Service", "aliases": ["EEAS"],
//                 "parents": ["European Union"], "group": "eu"}, ...]}
//     kind: person | organisation | programme | place. An entry may carry its own "kind".
//     Extra string fields of an entry land in GazetteerEntry::attributes.
//   {"type": "vocabulary", "name": "honorifics", "words": ["Mr", "Ms", ...]}
//   {"type": "vocabulary", "name": "NAME", "regex": "..."}   a reusable regex fragment
//   {"type": "patterns", "extractor": "person",
//    "patterns": [{"id": "person.honorific_name", "regex": "...", ...}, ...]}
//     A regex may use ${vocabulary_name}, expanded to an alternation of its words (longest
//     first, regex metacharacters escaped). Relation and mention patterns run on sentences
//     where the mentions found so far are replaced by markers; ${PERSON}, ${ORG},
//     ${PROGRAMME}, ${PLACE} and ${MENTION} match one such marker (see kg/extract.hpp).
//     Other fields of a pattern are its options, typed in PatternOptions: an unknown or
//     ill-typed one is a problem of the rule. "extractor" is one of extractor_names(); an
//     empty regex, or one that matches the empty text, is a problem.
// Every file's own keys are the ones shown (and "description"); another key is a problem,
// but for keys starting with "_" (notes). An empty word, alias or parent is a problem.
//
// Rule ids are unique across the folder: a pattern's "id"; a gazetteer entry's id is
// "gazetteer.<file stem>.<slug of name>". An entry with the same kind and name in two
// files is one entry (aliases merged); the same name with two kinds, or one alias given to
// two entries of one kind, is a problem. Files and folders whose names start with "." or
// "_" are ignored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/kinds.hpp"
#include "kg/pattern_regex.hpp"

namespace re2 {
class RE2;
}

namespace kg {
namespace rules_detail {
class PatternFilter;
class WordSets;
}  // namespace rules_detail
class TextMemo;

struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

struct GazetteerEntry {
  std::string id;  // rule id: "gazetteer.<file stem>.<slug>"
  NodeKind kind = NodeKind::organisation;
  std::string name;                  // canonical name
  std::vector<std::string> aliases;  // other forms (acronyms, short forms)
  std::vector<std::string> parents;  // canonical names of parent bodies (unit -> agency)
  std::map<std::string, std::string> attributes;  // free extra fields (e.g. "group": "eu")
  SourceLocation where;
};

struct Vocabulary {
  std::string name;  // e.g. "honorifics", "titles", "participation_verbs"
  std::vector<std::string> words;
  SourceLocation where;
  // A named regex fragment instead of words: {"type": "vocabulary", "name": "NAME",
  // "regex": "..."}; ${NAME} inserts it as a non-capturing group (it may use ${...} too).
  std::string regex;
};

// The fields of a pattern beside "id", "regex" and "extractor", typed and checked when the
// rules load: an unknown key or a value of the wrong type is a RuleProblem at its line.
// Lists are JSON lists of strings (empty strings dropped); an empty list means none given.
struct PatternOptions {
  std::string description;            // for the rule's author
  std::vector<std::string> examples;  // texts the regex must match (`kg rules check`)
  bool ignore_case = false;           // "flags": "i"
  // Mention patterns (person, organisation, programme, place):
  std::optional<NodeKind> kind;  // what a match is, when not the extractor's own kind
  bool not_in_title = false;     // never applied to an item's title
  // person: how many capitalised words a name needs.
  std::size_t min_tokens = 1;
  // organisation: the words a name must start with; words that make a name specific;
  // whether a unit named with its owner ("Crime Section of UNODC") is specific.
  std::vector<std::string> name_starts_with;
  std::vector<std::string> specific_words;
  bool owned_unit = false;
  // organisation: a name that runs on into a capitalised word is cut short ("the Department
  // of the Maldives" of "the Department of the Maldives Police Service"): no name.
  bool whole_name = false;
  // organisation, programme: a match names one particular thing by its construction ("X (ACR)
  // project" defines a name), even when every word of it is a common one.
  bool named = false;
  // programme: the name opens with its owner's one-word name ("the INTERPOL Firearms
  // Programme"), which does not make the words after it a name ("the UNODC Regional
  // Programme" is none).
  bool owner_first = false;
  // organisation: a match whose "acronym" group holds the initials of its name, as in "the
  // Baltic Drug Policy Observatory (BDPO)", is one particular body whatever its words.
  bool named_by_acronym = false;
  // organisation: the match's name is a head noun ("the Delegation", "the Presidency") by which
  // the items of a page call the body its header names: the mention is that body, and there is
  // none when the header names no such body (see src/extract/page_header_body.hpp).
  bool page_body = false;
  // programme: a match whose name is exactly a body that a pattern found (no gazetteer entry)
  // makes it a programme: "the Coral Sea Network, the EU-funded project led by ..." is a
  // project, whatever its head word.
  bool retype = false;
  // place: endings of an adjective, not a place ("Brazilian", "European").
  std::vector<std::string> adjective_endings;
  // represents: the organisations a title stands for ("MEP" -> European Parliament), and the
  // one the title itself mentions when the item names none of them.
  std::vector<std::string> implies;
  // represents: "A and B spoke on behalf of X and Y": person goes with org, person2 with org2.
  bool respective = false;
  std::string implied_mention;
  // funds: sources of this gazetteer group are no funders (the co-signing agency).
  std::string sources_exclude_group;
  // funds: the target is the programme the match itself describes ("X, a joint project
  // co-funded by ..."): it keeps the money even where the sentence also names it as the
  // framework of another programme ("organised by Y under X, a project funded by ...").
  bool target_described = false;
  // funds: a match after a programme the sentence names before it says nothing: in "AIRCOP is
  // funded by the EU through its Cocaine Route Programme" the money is AIRCOP's, and the
  // programme it goes through is its parent, not a second target.
  bool no_programme_before = false;
  // funds: a match without a target group whose subject is an activity ("The course was funded
  // by A"), in a sentence that names no programme, funds the programme a sentence just before
  // names with an activity, and no other.
  bool activity_before = false;
  // represents: the match opens with a title that the person after it holds ("The Head of X,
  // Ms A"). Right after another person and a comma, the title is that person's apposition
  // ("Ms B, Chair of the Committee, Mr A"): the match says nothing then.
  bool title_before_person = false;
  // noise (photo credits): "author": "before" when the credit's author precedes the ©.
  bool author_before = false;
};

struct Pattern {
  std::string id;         // dotted id, e.g. "person.honorific_name"
  std::string extractor;  // which extractor uses it, e.g. "person", "represents"
  std::string regex;      // re2 syntax, after ${vocabulary} expansion
  PatternOptions options;
  // Null when the regex did not load (a problem of the rule); compiled at its first use.
  std::shared_ptr<const PatternRegex> compiled;
  SourceLocation where;

  // The compiled regex; throws kg::Error at the rule's place when re2 cannot compile it.
  const re2::RE2& re() const;
};

// A word or punctuation token of a text: byte offsets, and whether whitespace precedes it.
// Words are runs of letters and digits (apostrophes inside a word included: O'Brien); a
// possessive "'s" is a token of its own; every other character is a token by itself.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool glued = false;  // no whitespace between the previous token and this one
};
std::vector<Token> tokenize(std::string_view text);

// True when the word has at least two letters and no lower-case letter (UNODC, EU, MoFA is
// not): such gazetteer forms match case-sensitively.
bool is_acronym(std::string_view word);

// One gazetteer form found in a text: [begin, end) bytes, and the payload given to add().
struct GazetteerMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t payload = 0;
};

// A token trie over the forms of the gazetteers: built once, matched in one pass. Acronym
// tokens match exactly; other tokens ignore case, except that a form starting with a
// capital needs a capital in the text (so "union" is not "Union"). Spacing must agree
// (GLO.ACT is not "GLO. ACT"), the amount of whitespace need not.
class GazetteerIndex {
 public:
  GazetteerIndex();
  // Adds a form; a form added twice keeps its first payload and returns false.
  bool add(std::string_view form, std::size_t payload);
  // Longest matches, left to right, not overlapping.
  std::vector<GazetteerMatch> find_all(std::string_view text) const;
  // The payload of a form that equals `text` as a whole, if any.
  const std::size_t* find_exact(std::string_view text) const;
  std::size_t size() const { return forms_; }

 private:
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const {
      return std::hash<std::string_view>{}(key);
    }
  };
  struct Node {
    // Hashed, looked up by string_view: no allocation per token.
    std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> next;
    std::size_t payload = 0;
    bool terminal = false;
  };
  std::size_t step(std::size_t node, std::string_view text, const Token& token, bool first) const;
  // Whether the root may have `key`: a bit per hash of the root's keys, small enough to stay
  // in cache. Most tokens of a text start no form, and the root's large table, asked for each
  // of them, cost a build more in cache misses than all later steps.
  bool root_may_have(std::string_view key) const;
  std::vector<Node> nodes_;
  std::vector<std::uint64_t> root_filter_;
  std::size_t forms_ = 0;
};

struct Rules {
  std::string dir;
  // Of the path and bytes of every rules file read: two folders with one fingerprint extract
  // alike (the shards of one sharded build must share it).
  std::string fingerprint;
  std::vector<GazetteerEntry> gazetteer;
  std::map<std::string, Vocabulary> vocabularies;
  std::vector<Pattern> patterns;
  // Every name and alias of `gazetteer`, payload = index into `gazetteer`. Built by load_rules.
  std::shared_ptr<const GazetteerIndex> index;
  // A prefilter per extractor over its patterns (the literal strings each needs). Built by
  // load_rules.
  std::shared_ptr<const rules_detail::PatternFilter> pattern_filter;
  // The words of every vocabulary, hashed. Built by load_rules.
  std::shared_ptr<const rules_detail::WordSets> word_sets;
  // The matches of a pattern in a text, kept for texts matched again (kg/text_memo.hpp;
  // keyed by the pattern's compiled regex). Made by load_rules; null: nothing is kept.
  std::shared_ptr<TextMemo> match_memo;

  const Vocabulary* vocabulary(const std::string& name) const;
  // The words of a vocabulary; empty when the folder has none of that name.
  const std::vector<std::string>& words(const std::string& name) const;
  // Whether `word` is one of the words of the vocabulary `name` (exact; false when the folder
  // has no vocabulary of that name).
  bool has_word(std::string_view name, std::string_view word) const;
  // Whether `word` is one of the words of any of the vocabularies `names`: has_word for each,
  // the word looked up once (most words are in no vocabulary: then no name is looked up).
  bool has_word_in_any(std::initializer_list<std::string_view> names, std::string_view word) const;
  bool has_word_in_any(const std::vector<std::string>& names, std::string_view word) const;
  std::vector<const Pattern*> patterns_for(const std::string& extractor) const;
  // Those of them that match somewhere in `text`: one scan of the text for the literal strings
  // each needs picks the few worth trying (src/rules/pattern_filter.hpp).
  std::vector<const Pattern*> patterns_matching(const std::string& extractor,
                                                std::string_view text) const;
  // The same with fold_digits(text) made already (kg/text_memo.hpp).
  std::vector<const Pattern*> patterns_matching(const std::string& extractor, std::string_view text,
                                                std::string_view digits_folded) const;
};

struct RuleProblem {
  SourceLocation where;
  std::string rule_id;  // empty when the problem is not inside one rule
  std::string message;
  bool warning = false;  // reported by `kg rules check`, not fatal to load_rules()
  // Found by proving each pattern on its own (its program, its examples), which only
  // `kg rules check` does: a build compiles a pattern when it first runs it.
  bool proof = false;
};

// "FILE:LINE:COLUMN: [rule id] message" (parts left out when unknown).
std::string to_string(const RuleProblem& problem);

// Loads and checks every rules file; throws kg::Error (file, line, column, rule id) on the
// first problem. Nothing is skipped silently. Patterns compile on up to `jobs` threads (0: all
// cores); the rules do not depend on it.
Rules load_rules(const std::string& dir, unsigned jobs = 0);

// Throws kg::Error when `rules` hold no patterns: a build with them finds no one, and a
// wrong --rules folder must not pass for a right one.
void require_patterns(const Rules& rules);

// Checks a rules folder and returns every problem found (for `kg rules check`), the group
// files of groups/ included (rule id "group.NAME"); a folder without patterns is one.
std::vector<RuleProblem> check_rules(const std::string& dir);

// The extractors a patterns file may name in "extractor", sorted: "person", "represents", ...
// Each runs the patterns of its name; a name outside the list is a problem of the rules.
const std::vector<std::string_view>& extractor_names();
bool is_extractor(std::string_view name);

// Regex text matching one marker of the given mention kind (see kg/extract.hpp), and the
// alternation of a word list as a regex: longest words first, metacharacters escaped.
std::string marker_regex(char kind_letter);
std::string words_alternation(const std::vector<std::string>& words);

}  // namespace kg
