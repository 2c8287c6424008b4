// `kg review`: what in a graph deserves a human look, most doubtful first, each with the
// correction (kg/corrections.hpp) that would fix it, ready to paste into a corrections file.
#pragma once

#include <string>
#include <vector>

#include "kg/graph.hpp"
#include "kg/query.hpp"

namespace kg {

struct ReviewFinding {
  double doubt = 0;        // 0..1: how likely the graph is wrong here, and how much it matters
  std::string reason;      // e.g. "affiliation from one sentence [represents.apposition]"
  std::string correction;  // one line of a corrections file, with the reason as its note
  std::vector<int> items;  // where to read (kg item N)
};

// The findings, most doubtful first (then by correction text):
//  - a matrix row (a person of `matrix.organisation`) that hangs on one sentence, 0.85;
//  - an affiliation found in one sentence by one rule, 0.6 (0.7 when the person has no
//    other affiliation);
//  - a matrix column (a body) whose shared events all rest on one sentence, 0.75;
//  - a person with no affiliation, 0.5 (0.7 when named in a sentence with `organisation`);
//  - two names kept apart that might be one person, 0.65 (a `different` correction silences
//    the pair);
//  - an entity with a single mention, 0.3.
std::vector<ReviewFinding> review_graph(const KnowledgeGraph& graph,
                                        const EngagementMatrix& matrix);

}  // namespace kg
