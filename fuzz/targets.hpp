// The fuzz targets (issue 9): each takes any bytes and must return without a crash, a
// sanitizer report or a broken invariant. A broken invariant throws std::logic_error, which
// libFuzzer reports as a crash and the regression test (tests/fuzz_regressions_test.cpp) as a
// failure; kg::Error is the expected answer to bad input and is caught here.
#pragma once

#include <string_view>

namespace kg::fuzz {

// Encoding detection, then the text reader or the JSON Lines reader, as `kg` picks them.
void corpus_reader(std::string_view data);
// Plain text through the segmenter alone: dated headings, items, paragraphs, offsets.
void segmentation(std::string_view data);
// JSON Lines through its reader alone, as one file and line by line as a stream reads it.
void json_lines(std::string_view data);
// Text built into a graph with the project's rules, exported as JSON, loaded, exported again:
// the same bytes; the binary format loads to the same graph too.
void export_round_trip(std::string_view data);
// A saved graph; when it loads, it writes back to JSON that loads to the same bytes again.
void graph_json(std::string_view data);
// One rules file in an otherwise empty rules folder, through `kg rules check`'s loader.
void rules_loader(std::string_view data);
// A corrections file, parsed, then applied (leniently) to a small saved graph.
void corrections(std::string_view data);
// Each line as a heading, a heading-like problem, a date and a date range.
void headings(std::string_view data);

}  // namespace kg::fuzz
