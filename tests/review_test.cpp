// Checking tools: cell evidence, meeting levels, the review queue, spreadsheet-safe CSV.
#include <doctest/doctest.h>

#include <algorithm>

#include "kg/corrections.hpp"
#include "kg/render.hpp"
#include "kg/review.hpp"

namespace {

// Item 1 has two paragraphs (starting at 100 and 300). Invented people: Ada Quill and the
// Tidewater Board share a sentence; Ben Quill is in the other paragraph; Ada Q. is one name
// that might be Ada Quill's.
struct Fixture {
  kg::KnowledgeGraph graph;
  kg::NodeIndex event = 0, ada = 0, ben = 0, board = 0, office = 0, short_ada = 0;
};

kg::NodeIndex node(kg::KnowledgeGraph& g, kg::NodeKind kind, const std::string& name,
                   std::vector<kg::Evidence> mentions) {
  kg::NodeData data;
  data.kind = kind;
  data.name = name;
  data.id = kg::make_node_id(kind, name);
  data.mentions = std::move(mentions);
  data.items = {1};
  return g.add_node(std::move(data));
}

kg::Evidence at(std::size_t begin, const std::string& rule = "m.test") {
  return {1, begin, begin + 40, "sentence at " + std::to_string(begin), rule, "x"};
}

Fixture fixture() {
  Fixture f;
  f.graph.items = {{1, "2020-01-01", "2020-01-01", "Talks", {0, 100, 300}}};
  kg::NodeData event;
  event.kind = kg::NodeKind::event;
  event.id = "event:1";
  event.name = "Talks";
  event.n = 1;
  event.date = "2020-01-01";
  f.event = f.graph.add_node(event);
  f.ada = node(f.graph, kg::NodeKind::person, "Ada Quill", {at(120)});
  f.ben = node(f.graph, kg::NodeKind::person, "Ben Quill", {at(320)});
  f.short_ada = node(f.graph, kg::NodeKind::person, "A. Quill", {at(340)});
  f.board = node(f.graph, kg::NodeKind::organisation, "Tidewater Board", {at(120), at(160)});
  f.office =
      node(f.graph, kg::NodeKind::organisation, "Harbour Office", {at(120), at(320), at(340)});
  auto attend = [&](kg::NodeIndex who, std::vector<kg::Evidence> evidence) {
    f.graph.add_edge(who, f.event, {kg::EdgeKind::attended, {1}, std::move(evidence)});
  };
  // Two rules read one sentence: one entry with both rules.
  attend(f.ada, {at(120, "attended.a"), at(120, "attended.b")});
  attend(f.ben, {at(320, "attended.a")});
  attend(f.board, {at(160, "attended.a")});
  f.graph.add_edge(f.ada, f.office, {kg::EdgeKind::represents, {1}, {at(120, "represents.x")}});
  f.graph.add_edge(
      f.ben, f.office,
      {kg::EdgeKind::represents, {1}, {at(320, "represents.x"), at(330, "represents.y")}});
  return f;
}

}  // namespace

TEST_CASE("engagements.meet_within compares the sentences and paragraphs of mentions") {
  Fixture f = fixture();
  using L = kg::MeetingLevel;
  CHECK(kg::meet_within(f.graph, f.ada, f.board, f.event, L::item));
  CHECK(kg::meet_within(f.graph, f.ada, f.board, f.event, L::sentence));
  CHECK(kg::meet_within(f.graph, f.ben, f.board, f.event, L::item));
  CHECK_FALSE(kg::meet_within(f.graph, f.ben, f.board, f.event, L::paragraph));
  CHECK_FALSE(kg::meet_within(f.graph, f.ben, f.board, f.event, L::sentence));
  kg::EngagementOptions strict;
  strict.within = L::paragraph;
  CHECK(kg::shared_events(f.graph, f.ada, f.board, strict).size() == 1);
  CHECK(kg::shared_events(f.graph, f.ben, f.board, strict).empty());
  CHECK(kg::shared_events(f.graph, f.ben, f.board, {}).size() == 1);
  CHECK(kg::parse_meeting_level("paragraph") == L::paragraph);
  CHECK_FALSE(kg::parse_meeting_level("word").has_value());
  // A graph saved without paragraph starts: the whole item is one paragraph.
  f.graph.items[0].paragraphs.clear();
  CHECK(kg::meet_within(f.graph, f.ben, f.board, f.event, L::paragraph));
}

TEST_CASE("engagements.cell_evidence gives one entry per sentence with every rule") {
  Fixture f = fixture();
  kg::CellEvidence cell = kg::cell_evidence(f.graph, f.ada, f.board, {f.event});
  REQUIRE(cell.events.size() == 1);
  REQUIRE(cell.events[0].person.size() == 1);
  CHECK(cell.events[0].person[0].rules == std::vector<std::string>{"attended.a", "attended.b"});
  CHECK(cell.events[0].body.size() == 1);
  CHECK(cell.events[0].body[0].begin == 160);
}

TEST_CASE("render.csv_field keeps spreadsheet formulas as text") {
  CHECK(kg::render::csv_field("=SUM(A1:A9)") == "'=SUM(A1:A9)");
  CHECK(kg::render::csv_field("+1 call") == "'+1 call");
  CHECK(kg::render::csv_field("-x") == "'-x");
  CHECK(kg::render::csv_field("@cmd") == "'@cmd");
  CHECK(kg::render::csv_field("=a,b") == "\"'=a,b\"");
  CHECK(kg::render::csv_field("Ada Quill") == "Ada Quill");
}

TEST_CASE("review.review_graph suggests the corrections that would fix doubtful places") {
  Fixture f = fixture();
  kg::EngagementMatrix matrix;
  matrix.organisation = f.office;
  matrix.rows = {f.ada, f.ben};
  matrix.columns = {f.board};
  matrix.cells = {{{f.event}}, {{f.event}}};
  auto findings = kg::review_graph(f.graph, matrix);
  auto line = [&](const std::string& start) {
    return std::find_if(findings.begin(), findings.end(), [&](const kg::ReviewFinding& x) {
      return x.correction.rfind(start, 0) == 0;
    });
  };
  // Ada's row rests on one sentence; Ben's on two rules in two sentences.
  auto row = line("not represents \"Ada Quill\" \"Harbour Office\"  # 0.85");
  REQUIRE(row != findings.end());
  CHECK(row == findings.begin());
  CHECK(line("not represents \"Ben Quill\"") == findings.end());
  // A. Quill has no affiliation; named with the Harbour Office in one sentence.
  CHECK(line("represents \"A. Quill\" \"Harbour Office\"  # 0.70") != findings.end());
  CHECK(line("same \"Ada Quill\" \"A. Quill\"") != findings.end());
  CHECK(line("drop \"A. Quill\"") != findings.end());
  for (std::size_t i = 1; i < findings.size(); ++i)
    CHECK(findings[i - 1].doubt >= findings[i].doubt);
  // Every line is a correction, and `different` silences a pair.
  std::string all;
  for (const auto& x : findings) all += x.correction + "\n";
  CHECK(kg::parse_corrections(all, "review").size() == findings.size());
  kg::CorrectionReport report;
  kg::apply_corrections(f.graph, kg::parse_corrections("different \"Ada Quill\" \"A. Quill\"", "f"),
                        false, report);
  findings = kg::review_graph(f.graph, matrix);
  CHECK(line("same \"Ada Quill\" \"A. Quill\"") == findings.end());
}
