#include <doctest/doctest.h>

#include <algorithm>

#include "kg/corrections.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"

namespace {

kg::NodeIndex add(kg::KnowledgeGraph& graph, kg::NodeKind kind, const std::string& name,
                  std::vector<std::string> aliases = {}, std::vector<kg::Evidence> mentions = {}) {
  kg::NodeData node;
  node.kind = kind;
  node.name = name;
  node.id = kg::make_node_id(kind, name);
  node.aliases = std::move(aliases);
  node.mentions = std::move(mentions);
  for (const auto& m : node.mentions) node.items.push_back(m.item);
  return graph.add_node(std::move(node));
}

kg::Evidence said(int item, std::size_t begin, const std::string& surface,
                  const std::string& rule = "person.test") {
  return {item, begin, begin + 50, "sentence " + std::to_string(begin), rule, surface};
}

kg::NodeIndex add_event(kg::KnowledgeGraph& graph, int n) {
  kg::NodeData event;
  event.kind = kg::NodeKind::event;
  event.id = "event:" + std::to_string(n);
  event.name = "Talks " + std::to_string(n);
  event.n = n;
  event.date = "2019-0" + std::to_string(n) + "-01";
  event.items = {n};
  graph.items.push_back({n, event.date, event.date, event.name});
  return graph.add_node(std::move(event));
}

void link(kg::KnowledgeGraph& graph, kg::NodeIndex from, kg::NodeIndex to, kg::EdgeKind kind,
          const kg::Evidence& evidence) {
  graph.add_edge(
      from, to,
      {kind,
       {evidence.item},
       {{evidence.item, evidence.begin, evidence.end, evidence.sentence, "rel.test", ""}}});
}

// Invented people: John Smith (also read as "J. Smith" in item 2), Jane Roe, Jan Roe.
kg::KnowledgeGraph fixture() {
  kg::KnowledgeGraph graph;
  graph.corpus = "fixture";
  auto e1 = add_event(graph, 1), e2 = add_event(graph, 2);
  auto smith = add(graph, kg::NodeKind::person, "John Smith", {"J. Smith"},
                   {said(1, 100, "Mr John Smith"), said(2, 500, "Mr J. Smith")});
  auto roe = add(graph, kg::NodeKind::person, "Jane Roe", {}, {said(1, 200, "Ms Jane Roe")});
  add(graph, kg::NodeKind::person, "Jan Roe", {}, {said(2, 600, "Jan Roe")});
  auto acme = add(graph, kg::NodeKind::organisation, "Acme Agency", {"AA"},
                  {said(1, 100, "Acme Agency", "org.test")});
  auto council = add(graph, kg::NodeKind::organisation, "Harbour Council", {},
                     {said(1, 200, "Harbour Council", "org.test")});
  link(graph, smith, e1, kg::EdgeKind::attended, said(1, 100, ""));
  link(graph, smith, e2, kg::EdgeKind::attended, said(2, 500, ""));
  link(graph, smith, acme, kg::EdgeKind::represents, said(1, 100, ""));
  link(graph, roe, council, kg::EdgeKind::represents, said(1, 200, ""));
  link(graph, roe, e1, kg::EdgeKind::attended, said(1, 200, ""));
  link(graph, council, e1, kg::EdgeKind::attended, said(1, 200, ""));
  return graph;
}

kg::CorrectionReport correct(kg::KnowledgeGraph& graph, const std::string& text,
                             bool lenient = false) {
  kg::CorrectionReport report;
  kg::apply_corrections(graph, kg::parse_corrections(text, "fix.corrections"), lenient, report);
  return report;
}

const kg::EdgeData* edge(const kg::KnowledgeGraph& graph, const std::string& from,
                         const std::string& to, kg::EdgeKind kind) {
  auto f = graph.find(from), t = graph.find(to);
  if (!f || !t) return nullptr;
  for (const kg::EdgeRef& e : graph.out_edges(*f))
    if (e.target == *t && e.data->kind == kind) return e.data;
  return nullptr;
}

bool has_rule(const kg::EdgeData* data, const std::string& rule) {
  return data != nullptr && std::any_of(data->evidence.begin(), data->evidence.end(),
                                        [&](const kg::Evidence& e) { return e.rule == rule; });
}

}  // namespace

TEST_CASE("corrections.parse reads verbs, quoted names, notes and JSON entries") {
  auto list = kg::parse_corrections(
      "# a comment\n"
      "\n"
      "represents \"Jane Roe\" AA   # seen in item 1\n"
      "not attended \"Acme \\\"Ports\\\" Agency\" 2\n"
      "{\"verb\": \"kind\", \"args\": [\"Harbour Council\", \"place\"], \"note\": \"a town\"}\n"
      "drop Jan\n",
      "f.txt");
  REQUIRE(list.size() == 4);
  CHECK(list[0].verb == kg::CorrectionVerb::represents);
  CHECK(list[0].args == std::vector<std::string>{"Jane Roe", "AA"});
  CHECK(list[0].note == "seen in item 1");
  CHECK(list[0].line == 3);
  CHECK(list[0].source() == "f.txt:3");
  CHECK(list[0].text() == "represents \"Jane Roe\" AA");
  CHECK(list[1].negated);
  CHECK(list[1].args[0] == "Acme \"Ports\" Agency");
  CHECK(list[1].text() == "not attended \"Acme \\\"Ports\\\" Agency\" 2");
  CHECK(list[2].verb == kg::CorrectionVerb::kind);
  CHECK(list[2].note == "a town");
  CHECK(list[2].line == 5);
  CHECK(list[3].verb == kg::CorrectionVerb::drop);
}

TEST_CASE("corrections.parse reads a JSON array and gives each entry its line") {
  auto list = kg::parse_corrections(
      "[\n  {\"verb\": \"same\", \"args\": [\"A\", \"B\"]},\n\n  {\"verb\": \"not represents\", "
      "\"args\": [\"C\", \"D\"], \"note\": \"x\"}\n]\n",
      "f.json");
  REQUIRE(list.size() == 2);
  CHECK(list[0].line == 2);
  CHECK(list[1].line == 4);
  CHECK(list[1].negated);
}

TEST_CASE("corrections.parse rejects malformed lines, naming the line") {
  struct Case {
    const char* text;
    const char* problem;
  };
  for (const Case& c : {Case{"\nrepresent A B\n", "unknown correction \"represent\""},
                        Case{"\nrepresents A\n", "takes 2 name(s), found 1"},
                        Case{"\nnot same A B\n", "\"not\" goes with represents and attended"},
                        Case{"\nrename \"A B\n", "unterminated quoted name"},
                        Case{"\nkind A colour\n", "unknown kind \"colour\""},
                        Case{"\n{\"verb\": \"drop\"\n", "invalid JSON"}}) {
    CAPTURE(c.text);
    try {
      kg::parse_corrections(c.text, "f.txt");
      FAIL("no error");
    } catch (const kg::Error& e) {
      CHECK(e.line() == 2);
      CHECK(e.file() == "f.txt");
      CHECK(e.problem().find(c.problem) != std::string::npos);
    }
  }
}

TEST_CASE("corrections.parse reads JSON through kg::json::parse: depth limit and location") {
  std::string deep = "\n[" + std::string(200, '[') + std::string(200, ']') + "]\n";
  try {
    kg::parse_corrections(deep, "deep.json");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(e.problem() == "invalid JSON: nested deeper than 100 levels");
    CHECK(e.line() == 2);
    CHECK(e.column() > 1);
  }
}

TEST_CASE("corrections.quote_correction_arg round-trips through the parser") {
  for (std::string name : {"UNODC", "Jane Roe", "a \"quoted\" \\ name", "#hash"}) {
    auto list = kg::parse_corrections("drop " + kg::quote_correction_arg(name), "f");
    REQUIRE(list.size() == 1);
    CHECK(list[0].args[0] == name);
  }
}

TEST_CASE("corrections.edges: added and removed, with provenance, by any query name") {
  kg::KnowledgeGraph graph = fixture();
  correct(graph,
          "represents \"Jane Roe\" \"Acme Agency\"  # Roe works for Acme\n"
          "not represents Smith AA\n"
          "attended AA 2\n"
          "not attended \"Harbour Council\" event:1\n");
  const kg::EdgeData* added =
      edge(graph, "person:jane-roe", "organisation:acme-agency", kg::EdgeKind::represents);
  REQUIRE(added != nullptr);
  CHECK(has_rule(added, "correction fix.corrections:1"));
  CHECK(added->evidence.back().sentence ==
        "represents \"Jane Roe\" \"Acme Agency\"  # Roe works for Acme");
  CHECK(edge(graph, "person:john-smith", "organisation:acme-agency", kg::EdgeKind::represents) ==
        nullptr);
  const kg::EdgeData* attended =
      edge(graph, "organisation:acme-agency", "event:2", kg::EdgeKind::attended);
  REQUIRE(attended != nullptr);
  CHECK(attended->items == std::vector<int>{2});
  CHECK(has_rule(attended, "correction fix.corrections:3"));
  CHECK(edge(graph, "organisation:harbour-council", "event:1", kg::EdgeKind::attended) == nullptr);
  REQUIRE(graph.corrections.size() == 4);
  CHECK(graph.corrections[0].source == "fix.corrections:1");
  CHECK(graph.corrections[0].note == "Roe works for Acme");
}

TEST_CASE("corrections.stale: a correction that matches nothing fails with its line") {
  kg::KnowledgeGraph graph = fixture();
  struct Case {
    std::string text;
    std::string problem;
  };
  for (const Case& c : {Case{"not represents \"Jane Roe\" AA", "the graph has no edge"},
                        Case{"drop \"Nobody Here\"", "no entity named \"Nobody Here\""},
                        Case{"attended Roe 9", "the corpus has no item 9"},
                        Case{"represents \"Harbour Council\" AA", "cannot represent"}}) {
    CAPTURE(c.text);
    try {
      correct(graph, "# first line\n" + c.text + "\n");
      FAIL("no error");
    } catch (const kg::Error& e) {
      CHECK(e.file() == "fix.corrections");
      CHECK(e.line() == 2);
      CHECK(e.problem().find(c.problem) != std::string::npos);
    }
  }
  // --lenient: the stale line warns and the others still apply.
  kg::CorrectionReport report =
      correct(graph, "not represents \"Jane Roe\" AA\ndrop \"Jan Roe\"\n", true);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].line == 1);
  CHECK_FALSE(graph.find("person:jan-roe").has_value());
}

TEST_CASE("corrections.redundant: an edge the extraction found already only gains provenance") {
  kg::KnowledgeGraph graph = fixture();
  auto report = correct(graph, "represents \"John Smith\" \"Acme Agency\"\n");
  CHECK(report.warnings.size() == 1);
  const kg::EdgeData* data =
      edge(graph, "person:john-smith", "organisation:acme-agency", kg::EdgeKind::represents);
  REQUIRE(data != nullptr);
  CHECK(data->evidence.size() == 2);
  CHECK(has_rule(data, "correction fix.corrections:1"));
  // One test tells the correction's entry from the rule's (review and split rely on it).
  CHECK_FALSE(kg::from_correction(data->evidence.front()));
  CHECK(kg::from_correction(data->evidence.back()));
}

TEST_CASE("corrections.same merges the second into the first, moving its edges") {
  kg::KnowledgeGraph graph = fixture();
  std::size_t nodes = graph.node_count();
  correct(graph, "same \"Jane Roe\" \"Jan Roe\"\n");
  CHECK(graph.node_count() == nodes - 1);
  CHECK_FALSE(graph.find("person:jan-roe").has_value());
  const kg::NodeData& roe = graph.node(*graph.find("person:jane-roe"));
  CHECK(std::find(roe.aliases.begin(), roe.aliases.end(), "Jan Roe") != roe.aliases.end());
  CHECK(roe.items == std::vector<int>{1, 2});
  CHECK(roe.mentions.size() == 2);
  // Kinds must agree.
  CHECK_THROWS_AS(correct(graph, "same \"Jane Roe\" \"Acme Agency\"\n"), kg::Error);
}

TEST_CASE("corrections.different splits the mentions and edges that read as the second name") {
  kg::KnowledgeGraph graph = fixture();
  correct(graph, "different \"John Smith\" \"J. Smith\"\n");
  auto split = graph.find("person:j-smith");
  REQUIRE(split.has_value());
  const kg::NodeData& j = graph.node(*split);
  REQUIRE(j.mentions.size() == 1);
  CHECK(j.mentions[0].surface == "Mr J. Smith");
  CHECK(j.items == std::vector<int>{2});
  const kg::NodeData& john = graph.node(*graph.find("person:john-smith"));
  CHECK(john.aliases.empty());
  CHECK(john.items == std::vector<int>{1});
  // Item 2's attendance came from J. Smith's sentence: it leaves with him.
  CHECK(edge(graph, "person:john-smith", "event:2", kg::EdgeKind::attended) == nullptr);
  CHECK(has_rule(edge(graph, "person:j-smith", "event:2", kg::EdgeKind::attended),
                 "correction fix.corrections:1"));
  CHECK(edge(graph, "person:john-smith", "organisation:acme-agency", kg::EdgeKind::represents) !=
        nullptr);
  // Two separate nodes: `different` only confirms, and is recorded.
  std::size_t nodes = graph.node_count();
  correct(graph, "different \"Jane Roe\" \"Jan Roe\"\n");
  CHECK(graph.node_count() == nodes);
  CHECK(graph.corrections.back().nodes ==
        std::vector<std::string>{"person:jane-roe", "person:jan-roe"});
}

TEST_CASE("corrections.rename, kind and drop change nodes and keep ids consistent") {
  kg::KnowledgeGraph graph = fixture();
  kg::CorrectionReport report = correct(graph,
                                        "rename AA \"Acme Port Agency\"\n"
                                        "kind \"Jane Roe\" organisation\n"
                                        "drop \"Jan Roe\"\n");
  auto acme = graph.find("organisation:acme-port-agency");
  REQUIRE(acme.has_value());
  const auto& aliases = graph.node(*acme).aliases;
  CHECK(std::find(aliases.begin(), aliases.end(), "Acme Agency") != aliases.end());
  CHECK(edge(graph, "person:john-smith", "organisation:acme-port-agency",
             kg::EdgeKind::represents) != nullptr);
  auto roe = graph.find("organisation:jane-roe");
  REQUIRE(roe.has_value());
  // An organisation cannot represent: that edge went, attending stayed.
  CHECK(graph.out_edges(*roe).size() == 1);
  REQUIRE(report.notes.size() == 1);
  CHECK(report.notes[0].find("removed 1 edge") != std::string::npos);
  CHECK_FALSE(graph.find("person:jan-roe").has_value());
  // A new name that is another node's: merge instead.
  kg::KnowledgeGraph fresh = fixture();
  CHECK_THROWS_WITH_AS(correct(fresh, "rename \"John Smith\" \"Jane Roe\"\n"),
                       doctest::Contains("merge the two with `same`"), kg::Error);
}
