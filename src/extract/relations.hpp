// Relation patterns: matches on the fully tagged sentence, read back as marker lists.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"

namespace kg::extract_detail {

struct RelationMatch {
  const Pattern* pattern = nullptr;
  Groups groups;
  const Tagged* tagged = nullptr;
};

// Mentions of the given kinds whose markers lie in the named groups of a match; with
// `owners`, also the owners written inside those names (UNODC in "UNODC Sahel Programme").
std::vector<std::size_t> markers_of(const ItemContext& context, const RelationMatch& match,
                                    const std::vector<std::string>& groups,
                                    const std::vector<NodeKind>& kinds, bool owners = false);

// Runs every pattern of `extractor` on the sentence and calls `use` for each match.
template <typename Use>
void for_each_relation_match(ItemContext& context, std::size_t sentence,
                             const std::string& extractor, Use use) {
  Tagged tagged(context, sentence);
  for (const Pattern* pattern : context.rules.patterns_for(extractor))
    for (Groups& groups : find_matches(*pattern->compiled, tagged.text()))
      use(RelationMatch{pattern, groups, &tagged});
}

// The first organisation mention of the item that names `canonical`, or kNone.
std::size_t mention_named(const ItemContext& context, const std::string& canonical);

// Adds a relation unless the same one (kind, source, target) is there already, or it is an
// attended relation of a mention that ItemContext::not_attending holds.
void add_relation(ItemContext& context, EdgeKind kind, std::size_t source,
                  std::optional<std::size_t> target, std::size_t sentence, const std::string& rule);

}  // namespace kg::extract_detail
