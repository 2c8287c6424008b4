// Helpers shared by the extraction tests: one item or a small corpus run through the
// project's rules folder, and look-ups of mentions and relations by name.
#pragma once

#include <string>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/extract.hpp"
#include "kg/rules.hpp"

namespace kg_test {

inline const kg::Rules& project_rules() {
  static const kg::Rules rules = kg::load_rules(std::string(KG_SOURCE_DIR) + "/rules");
  return rules;
}

inline kg::Item make_item(const std::string& text, const std::string& title = "Invented news",
                          int n = 1) {
  kg::Item item;
  item.n = n;
  item.date = "2030-01-01";
  item.end_date = item.date;
  item.title = title;
  item.text = text;
  return item;
}

inline kg::ItemExtraction run(const std::string& text, const std::string& title = "Invented news") {
  kg::Lexicon lexicon(project_rules());
  return kg::extract_item(make_item(text, title), project_rules(), lexicon);
}

// Several items, each a text, through the two corpus passes.
inline std::vector<kg::ItemExtraction> run_corpus(const std::vector<std::string>& texts) {
  kg::Corpus corpus;
  int n = 0;
  for (const std::string& text : texts)
    corpus.items.push_back(make_item(text, "Invented news", ++n));
  kg::Lexicon lexicon(project_rules());
  return kg::extract_corpus(corpus, project_rules(), lexicon);
}

// One item through both corpus passes (`run` alone is the first): the first learns the names
// that the second reads, as an owner's short name.
inline kg::ItemExtraction run_both_passes(const std::string& text) {
  return run_corpus({text}).front();
}

// A page as a user copies it (header lines, then dated items), segmented and run through
// the two corpus passes.
inline std::vector<kg::ItemExtraction> run_page(const std::string& page) {
  std::vector<kg::Diagnostic> diagnostics;
  kg::Corpus corpus;
  corpus.items = kg::segment_text(page, "page.txt", 1, diagnostics);
  kg::Lexicon lexicon(project_rules());
  return kg::extract_corpus(corpus, project_rules(), lexicon);
}

inline bool names(const kg::Mention& m, const std::string& name) {
  return m.name == name || m.canonical == name || m.surface == name;
}

inline const kg::Mention* find(const kg::ItemExtraction& x, const std::string& name) {
  for (const auto& m : x.mentions)
    if (!m.removed && names(m, name)) return &m;
  return nullptr;
}

inline bool has_relation(const kg::ItemExtraction& x, kg::EdgeKind kind, const std::string& source,
                         const std::string& target = "") {
  for (const auto& r : x.relations) {
    if (r.kind != kind || !names(x.mentions[r.source], source)) continue;
    if (target.empty() && !r.target) return true;
    if (r.target && names(x.mentions[*r.target], target)) return true;
  }
  return false;
}

inline bool attends(const kg::ItemExtraction& x, const std::string& who) {
  return has_relation(x, kg::EdgeKind::attended, who);
}

}  // namespace kg_test
