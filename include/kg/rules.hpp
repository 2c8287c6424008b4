// The extraction rules: data in rules/*.json, loaded with RapidJSON, patterns compiled with re2.
//
// Every JSON file under the rules folder (recursively, sorted by path) declares its "type":
//   "gazetteer"   named things of one kind, each with a canonical name and aliases;
//   "vocabulary"  lists of words used by the extractors (honorifics, titles, verbs ...);
//   "patterns"    re2 patterns, each with a dotted id, used by one extractor;
// The subfolder rules/groups/ holds the query groups (e.g. the `eu` group of bodies); they
// belong to the query stage (include/kg/query.hpp), and load_rules() leaves them alone.
// A user adds an entry or a pattern by editing these files and re-running: no recompiling.
//
// File layouts (one JSON object per file):
//   {"type": "gazetteer", "kind": "organisation", "source": "why/where from",
//    "entries": [{"name": "European External Action Service", "aliases": ["EEAS"],
//                 "parents": ["European Union"], "group": "eu"}, ...]}
//     kind: person | organisation | programme | place. An entry may carry its own "kind".
//     Extra string fields of an entry land in GazetteerEntry::attributes.
//   {"type": "vocabulary", "name": "honorifics", "words": ["Mr", "Ms", ...]}
//   {"type": "patterns", "extractor": "person",
//    "patterns": [{"id": "person.honorific_name", "regex": "...", ...}, ...]}
//     A regex may use ${vocabulary_name}, expanded to an alternation of its words.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace re2 {
class RE2;
}

namespace kg {

struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

struct GazetteerEntry {
  std::string id;                    // rule id: "gazetteer.<file stem>.<slug>"
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
};

struct Pattern {
  std::string id;         // dotted id, e.g. "person.honorific_name"
  std::string extractor;  // which extractor uses it, e.g. "person", "represents"
  std::string regex;      // re2 syntax, after ${vocabulary} expansion
  std::map<std::string, std::string> attributes;  // free extra fields of the rule
  std::shared_ptr<const re2::RE2> compiled;
  SourceLocation where;
};

struct Rules {
  std::string dir;
  std::vector<GazetteerEntry> gazetteer;
  std::map<std::string, Vocabulary> vocabularies;
  std::vector<Pattern> patterns;

  const Vocabulary* vocabulary(const std::string& name) const;
  std::vector<const Pattern*> patterns_for(const std::string& extractor) const;
};

struct RuleProblem {
  SourceLocation where;
  std::string rule_id;  // empty when the problem is not inside one rule
  std::string message;
};

// Loads and checks every rules file; throws kg::Error (file, line, column, rule id) on the
// first problem. Nothing is skipped silently.
Rules load_rules(const std::string& dir);

// Checks a rules folder and returns every problem found (for `kg rules check`).
std::vector<RuleProblem> check_rules(const std::string& dir);

}  // namespace kg
