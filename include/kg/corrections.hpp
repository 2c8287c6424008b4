// A researcher's corrections, applied to the graph after resolution: the decisions that no
// rule should have to encode ("this official does not represent that body"), kept in a file
// beside the corpus so that the corrected graph is as reproducible as the raw one.
//
// One correction per line; names are quoted when they hold spaces and are looked up like
// every query name (kg/query.hpp: ids, names, aliases, surnames, acronyms); `# ...` after a
// correction is its note; blank lines and lines starting with `#` are skipped:
//
//   represents "Bob Van den Berghe" UNODC        # coordinator of the CCP
//   not represents "Karmenu Vella" "United Nations"
//   attended "Jane Roe" 12                       # item (event) number, or event:12
//   not attended "European Commission" 73
//   same "Bob Van" "Bob Van den Berghe"          # the second joins the first
//   different "J. Smith" "John Smith"            # split, or confirm they are two
//   rename "Bob Van" "Bob Van den Berghe"
//   kind "Container Control Programme" programme
//   drop "Image"
//
// A line that starts with `{` is one JSON entry: {"verb": "not represents", "args": ["A",
// "B"], "note": "..."}; a file that starts with `[` is a JSON array of such entries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/corpus.hpp"
#include "kg/graph.hpp"

namespace kg {

enum class CorrectionVerb { represents, attended, same, different, rename, kind, drop };

struct Correction {
  CorrectionVerb verb = CorrectionVerb::represents;
  bool negated = false;           // `not represents`, `not attended`
  std::vector<std::string> args;  // names, an event number, a kind, as written
  std::string note;
  std::string file;
  int line = 0;

  std::string source() const;  // "FILE:LINE"
  std::string text() const;    // the correction in line syntax, without its note
};

// Parses a corrections file's content; throws kg::Error naming the file and line of a
// malformed correction.
std::vector<Correction> parse_corrections(std::string_view content, const std::string& file_name);
std::vector<Correction> read_corrections_file(const std::string& path);

struct CorrectionReport {
  std::vector<Diagnostic> warnings;  // stale corrections under `lenient`; redundant ones
  std::vector<std::string> notes;    // side effects worth knowing (edges a kind change dropped)
};

// Applies the corrections in order, each to the graph the previous ones left. A correction
// that matches nothing (a name no entity answers to, an edge to remove that is not there)
// throws kg::Error naming its line; with `lenient` it becomes a warning and is skipped.
// Every edge a correction adds or moves carries an evidence entry whose rule is
// "correction FILE:LINE"; the graph lists every applied correction in `corrections`.
void apply_corrections(KnowledgeGraph& graph, const std::vector<Correction>& corrections,
                       bool lenient, CorrectionReport& report);
// Whether `evidence` is such an entry ("correction FILE:LINE") rather than a rule's.
bool from_correction(const Evidence& evidence);

// A name as a correction writes it: bare when it is one plain word, else in double quotes
// with `"` and `\` escaped. Review suggestions use it so that they paste as they print.
std::string quote_correction_arg(std::string_view name);

}  // namespace kg
