// Exporters: escaping, golden files of a tiny graph and of a hostile one, the neo4j-csv
// folder, the engagement view. Golden files are rewritten by KG_UPDATE_GOLDEN=1.
#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "../src/export/escape.hpp"
#include "../src/export/html_data.hpp"
#include "golden.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/json_writer.hpp"

namespace {

namespace fs = std::filesystem;
using kg::EdgeKind;
using kg::NodeKind;
using kg::test::check_golden;
using kg::test::read_file;

const fs::path kGolden = fs::path(KG_TEST_DATA) / "export" / "golden";

kg::NodeIndex add(kg::KnowledgeGraph& graph, NodeKind kind, const std::string& id,
                  const std::string& name, std::vector<std::string> aliases = {},
                  std::vector<int> items = {1}) {
  kg::NodeData node;
  node.id = id;
  node.kind = kind;
  node.name = name;
  node.aliases = std::move(aliases);
  node.items = std::move(items);
  return graph.add_node(std::move(node));
}

kg::NodeIndex add_event(kg::KnowledgeGraph& graph, int n, const std::string& date,
                        const std::string& end_date, const std::string& title) {
  kg::NodeData node;
  node.id = "event:" + std::to_string(n);
  node.kind = NodeKind::event;
  node.name = title;
  node.n = n;
  node.date = date;
  node.end_date = end_date;
  node.items = {n};
  graph.items.push_back({n, date, end_date, title});
  return graph.add_node(std::move(node));
}

void link(kg::KnowledgeGraph& graph, kg::NodeIndex source, kg::NodeIndex target, EdgeKind kind,
          int item, const std::string& sentence, const std::string& rule) {
  kg::EdgeData edge;
  edge.kind = kind;
  edge.items = {item};
  edge.evidence.push_back({item, 10, 20, sentence, rule, ""});
  graph.add_edge(source, target, std::move(edge));
}

// Two events, one of each entity kind, one edge of each kind.
kg::KnowledgeGraph tiny_graph() {
  kg::KnowledgeGraph graph;
  graph.corpus = "tiny";
  auto e1 = add_event(graph, 1, "2018-06-19", "2018-06-20", "Exchanges on migration");
  auto e2 = add_event(graph, 2, "2019-01-10", "2019-01-10", "Visit to Brussels");
  auto albert = add(graph, NodeKind::person, "person:silke-albert", "Silke Albert",
                    {"Ms Albert", "Ms Silke Albert"}, {1, 2});
  auto unodc = add(graph, NodeKind::organisation, "organisation:unodc", "UNODC",
                   {"United Nations Office on Drugs and Crime"}, {1, 2});
  auto eu = add(graph, NodeKind::organisation, "organisation:european-union", "European Union",
                {"EU"}, {2});
  auto glo = add(graph, NodeKind::programme, "programme:glo-act", "GLO.ACT", {}, {2});
  auto brussels = add(graph, NodeKind::place, "place:brussels", "Brussels", {}, {2});
  (void)brussels;
  link(graph, albert, e1, EdgeKind::attended, 1, "Ms Albert attended.", "attended.subject_verb");
  link(graph, albert, e2, EdgeKind::attended, 2, "Ms Albert came.", "attended.subject_verb");
  link(graph, unodc, e2, EdgeKind::attended, 2, "UNODC came.", "attended.subject_verb");
  link(graph, albert, unodc, EdgeKind::represents, 1, "Ms Albert of UNODC.",
       "represents.title_of_org");
  link(graph, albert, unodc, EdgeKind::represents, 2, "UNODC's Ms Albert.",
       "represents.possessive");
  link(graph, eu, glo, EdgeKind::funds, 2, "GLO.ACT, funded by the EU.", "funds.funded_by");
  return graph;
}

// Names no exporter may garble or let escape: quotes, backslashes, an injection, markup,
// line breaks, control characters, emoji, right-to-left text, a broken UTF-8 byte.
const std::vector<std::string> kHostileNames = {
    "O'Brien \"the boss\" \\ back\\slash",
    "'}) DETACH DELETE n //",
    "\"}) MATCH (n) DETACH DELETE n; //",
    "<script>alert(1)</script> & </graphml> ]]> &amp;",
    "line one\nline two\r\nthree\tfour",
    "bell\x07 escape\x1b unit\x1f separator\x7f",
    "\\u0027 is not a quote, nor is \\' or `tick` or ``double``",
    "Parrot \xF0\x9F\xA6\x9C family \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",
    "\xD9\x85\xD9\x83\xD8\xAA\xD8\xA8 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9\x85 "
    "\xE2\x80\x8F\xE2\x80\xAEreversed\xE2\x80\xAC",
    "csv, \"quoted\"; semi;colon",
    "separator\xE2\x80\xA8line and\xE2\x80\xA9paragraph",
};

kg::KnowledgeGraph hostile_graph() {
  kg::KnowledgeGraph graph;
  graph.corpus = "hostile";
  auto event = add_event(graph, 1, "2020-02-02", "2020-02-03", kHostileNames[1]);
  auto org = add(graph, NodeKind::organisation, "organisation:o'brien\"<&>", kHostileNames[3],
                 {kHostileNames[9], kHostileNames[6]});
  for (std::size_t i = 0; i < kHostileNames.size(); ++i) {
    auto person = add(graph, NodeKind::person, "person:hostile-" + std::to_string(i),
                      kHostileNames[i], {kHostileNames[(i + 1) % kHostileNames.size()]});
    link(graph, person, event, EdgeKind::attended, 1, kHostileNames[i], "attended.hostile");
    if (i % 3 == 0)
      link(graph, person, org, EdgeKind::represents, 1, kHostileNames[(i + 4) % 11],
           "represents.hostile");
  }
  auto programme = add(graph, NodeKind::programme, "programme:`tick`", kHostileNames[7]);
  link(graph, org, programme, EdgeKind::funds, 1, kHostileNames[8], "funds.hostile");
  return graph;
}

template <typename Write>
std::string written(Write&& write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

void check_all_formats(const kg::KnowledgeGraph& graph, const std::string& stem) {
  kg::ExportGraph view = kg::export_view(graph);
  check_golden(kGolden / (stem + ".graphml"),
               written([&](std::ostream& out) { kg::write_graphml(view, out); }));
  check_golden(kGolden / (stem + ".gexf"),
               written([&](std::ostream& out) { kg::write_gexf(view, out); }));
  check_golden(kGolden / (stem + ".cypher"),
               written([&](std::ostream& out) { kg::write_cypher(view, out, {2}); }));
  check_golden(kGolden / (stem + ".dot"),
               written([&](std::ostream& out) { kg::write_dot(view, out); }));
  check_golden(kGolden / (stem + ".node-link.json"),
               written([&](std::ostream& out) { kg::write_node_link_json(view, out); }));
  std::map<std::string, std::ostringstream> files;
  kg::Neo4jCsvFiles csv = kg::write_neo4j_csv(
      view, [&](const std::string& name) -> std::ostream& { return files[name]; });
  for (const auto& [name, text] : files)
    check_golden(kGolden / (stem + "-neo4j-csv") / name, text.str());
  CHECK(csv.files.size() + 1 == files.size());
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kg-export-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

}  // namespace

TEST_CASE("export formats have names and extensions") {
  for (kg::ExportFormat format : kg::all_export_formats())
    CHECK(kg::parse_export_format(kg::to_string(format)) == format);
  CHECK(kg::parse_export_format("neo4j-csv") == kg::ExportFormat::neo4j_csv);
  CHECK_FALSE(kg::parse_export_format("xml").has_value());
  CHECK(kg::file_extension(kg::ExportFormat::graphml) == "graphml");
  CHECK(kg::file_extension(kg::ExportFormat::neo4j_csv).empty());
}

TEST_CASE("XML escaping removes what XML 1.0 forbids and keeps line breaks") {
  using kg::escape::xml;
  CHECK(xml("a<b>&\"'", false) == "a&lt;b&gt;&amp;\"'");
  CHECK(xml("a<b>&\"'", true) == "a&lt;b&gt;&amp;&quot;'");
  CHECK(xml("a\x01\x08\x0b\x0c\x1f"
            "b",
            false) == "ab");
  CHECK(xml("one\ntwo\r\nthree\tfour", false) == "one\ntwo&#13;\nthree\tfour");
  CHECK(xml("one\ntwo\tthree", true) == "one&#10;two&#9;three");
  CHECK(xml("\xEF\xBF\xBE\xEF\xBF\xBF", false).empty());                        // U+FFFE, U+FFFF
  CHECK(xml("\xF0\x9F\xA6\x9C", false) == "\xF0\x9F\xA6\x9C");                  // emoji kept
  CHECK(xml("bad \xC3 byte", false) == "bad \xEF\xBF\xBD byte");                // invalid -> U+FFFD
  CHECK(xml("\xED\xA0\x80", false) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(xml("\xC0\xAF", false) == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
}

TEST_CASE("Cypher literals cannot be ended by the text they hold") {
  using kg::escape::cypher_string;
  CHECK(cypher_string("O'Brien") == "'O\\'Brien'");
  CHECK(cypher_string("'}) DETACH DELETE n //") == "'\\'}) DETACH DELETE n //'");
  CHECK(cypher_string("a\\b") == "'a\\\\b'");
  // A literal backslash before u would be decoded by Cypher: it is doubled.
  CHECK(cypher_string("\\u0027") == "'\\\\u0027'");
  // A doubled quote is no escape in Cypher, so a backslash precedes each quote.
  CHECK(cypher_string("''") == "'\\'\\''");
  CHECK(cypher_string("\"") == "'\\\"'");
  CHECK(cypher_string("a\nb\r\tc\x01\x7f") == "'a\\nb\\r\\tc\\u0001\\u007F'");
  CHECK(cypher_string("\xE2\x80\xA8") == "'\\u2028'");
  CHECK(cypher_string("\xF0\x9F\xA6\x9C") == "'\xF0\x9F\xA6\x9C'");
  CHECK(cypher_string("\b\f\x1b") == "'\\b\\f\\u001B'");
}

TEST_CASE("Cypher literals escape as JSON strings do, but for ', \\b, \\f and U+2028/9") {
  // One table of escapes (kg/json_writer.hpp) serves both formats.
  for (int c = 0; c < 0x80; ++c) {
    if (c == '\'' || c == '\b' || c == '\f') continue;
    const std::string text(1, static_cast<char>(c));
    std::string json = kg::json::quoted(text);
    INFO("character " << c);
    CHECK(kg::escape::cypher_string(text) == "'" + json.substr(1, json.size() - 2) + "'");
  }
  CHECK(kg::json::quoted("\b\f'") == "\"\\u0008\\u000C'\"");
  CHECK(kg::json::quoted("\xE2\x80\xA9") == "\"\xE2\x80\xA9\"");
  CHECK(kg::escape::cypher_string("\xE2\x80\xA9") == "'\\u2029'");
}

TEST_CASE("Cypher names are backticked outside [A-Za-z0-9_]") {
  using kg::escape::cypher_name;
  CHECK(cypher_name("Person") == "Person");
  CHECK(cypher_name("end_date") == "end_date");
  CHECK(cypher_name("my label") == "`my label`");
  CHECK(cypher_name("a`b") == "`a``b`");
  CHECK(cypher_name("1st") == "`1st`");
  CHECK(cypher_name("") == "``");
}

TEST_CASE("CSV and DOT strings") {
  using namespace kg::escape;
  CHECK(csv_field("a,\"b\"\\") == "\"a,\"\"b\"\"\\\"");
  CHECK(csv_field(std::string("a\0b", 3)) == "\"ab\"");
  CHECK(dot_string("a\"b\\N\nc\x01") == "\"a\\\"b\\\\N\\nc\"");
}

TEST_CASE("export view of the tiny graph") {
  kg::ExportGraph view = kg::export_view(tiny_graph());
  REQUIRE(view.nodes.size() == 7);
  REQUIRE(view.edges.size() == 5);
  CHECK(view.nodes[0].id == "event:1");
  CHECK(view.nodes[0].spans.size() == 1);
  CHECK(view.nodes[0].spans[0].end == "2018-06-20");
  // Represents has two supporting items: weight 2, no time span.
  const kg::ExportEdge* represents = nullptr;
  for (const auto& edge : view.edges)
    if (edge.kind == "represents") represents = &edge;
  REQUIRE(represents != nullptr);
  CHECK(represents->weight == 2);
  CHECK(represents->spans.empty());
}

TEST_CASE("golden files of the tiny graph") {
  check_all_formats(tiny_graph(), "tiny");
}

TEST_CASE("golden files of the hostile graph") {
  check_all_formats(hostile_graph(), "hostile");
}

TEST_CASE("the hostile graph fixture of the CLI checks is the hand-built one") {
  check_golden(fs::path(KG_TEST_DATA) / "hostile" / "graph.json",
               written([&](std::ostream& out) { kg::write_graph_json(hostile_graph(), out); }));
}

TEST_CASE("GEXF: an event lasts until the start of the day after its last day; lists are typed") {
  kg::KnowledgeGraph graph;
  add_event(graph, 1, "2020-12-31", "", "New Year's Eve meeting");
  add_event(graph, 2, "2020-02-28", "2020-02-29", "Leap-day workshop");
  add(graph, NodeKind::person, "person:ada-brandt", "Ada Brandt", {"Brandt"});
  std::string gexf =
      written([&](std::ostream& out) { kg::write_gexf(kg::export_view(graph), out); });
  CHECK(gexf.find("start=\"2020-12-31\" end=\"2021-01-01\"") != std::string::npos);
  CHECK(gexf.find("start=\"2020-02-28\" end=\"2020-03-01\"") != std::string::npos);
  CHECK(gexf.find("<attribute id=\"aliases\" title=\"aliases\" type=\"liststring\"/>") !=
        std::string::npos);
  CHECK(gexf.find("<attribute id=\"items\" title=\"items\" type=\"liststring\"/>") !=
        std::string::npos);
  CHECK(gexf.find("value=\"[&quot;Brandt&quot;]\"") != std::string::npos);
}

TEST_CASE("XML exports of the hostile graph hold no forbidden character") {
  kg::ExportGraph view = kg::export_view(hostile_graph());
  for (const std::string& text : {written([&](std::ostream& out) { kg::write_graphml(view, out); }),
                                  written([&](std::ostream& out) { kg::write_gexf(view, out); })}) {
    auto forbidden = std::find_if(text.begin(), text.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t';
    });
    CHECK(forbidden == text.end());
    CHECK(text.find("<script>") == std::string::npos);
    CHECK(text.find("]]>") == std::string::npos);
  }
}

TEST_CASE("Cypher batches and MERGE") {
  kg::ExportGraph view = kg::export_view(tiny_graph());
  std::string script = written([&](std::ostream& out) { kg::write_cypher(view, out, {2}); });
  CHECK(script.find("CREATE CONSTRAINT kg_Person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id "
                    "IS UNIQUE;") != std::string::npos);
  CHECK(script.find("CREATE (") == std::string::npos);  // MERGE only: a rerun adds nothing
  CHECK(script.find("MATCH (a:Person {id: row.source})") != std::string::npos);
  CHECK(script.find("MERGE (a)-[r:ATTENDED]->(b)") != std::string::npos);
  // Constraints come before any data.
  CHECK(script.rfind("CREATE CONSTRAINT") < script.find("UNWIND"));
}

TEST_CASE("a corpus name cannot break out of a Cypher comment") {
  kg::KnowledgeGraph graph;
  graph.corpus = "x\nMATCH (n) DETACH DELETE n;\r\xE2\x80\xA8//";
  std::string script =
      written([&](std::ostream& out) { kg::write_cypher(kg::export_view(graph), out); });
  std::istringstream lines(script);
  for (std::string line; std::getline(lines, line);)
    CHECK((line.empty() || line.rfind("//", 0) == 0));
  // Java-style Unicode escapes, which some Cypher parsers read even in comments, are
  // neutralised: every backslash doubled.
  graph.corpus = "x\\u000aMATCH (n) DETACH DELETE n; \\\\u000d";
  script = written([&](std::ostream& out) { kg::write_cypher(kg::export_view(graph), out); });
  CHECK(script.find("x\\\\u000aMATCH (n) DETACH DELETE n; \\\\\\\\u000d") != std::string::npos);
}

TEST_CASE("neo4j-csv writes a complete folder and replaces only its own") {
  TempDir temp;
  kg::ExportGraph view = kg::export_view(tiny_graph());
  fs::path folder = temp.path / "csv";
  kg::Neo4jCsvFiles files = kg::write_neo4j_csv_folder(view, folder.string());
  CHECK(fs::exists(folder / "import.sh"));
  CHECK(fs::exists(folder / "nodes-person.csv"));
  CHECK(fs::exists(folder / "relationships-funds.csv"));
  CHECK(files.command.find("--nodes=" + (folder / "nodes-event.csv").string()) !=
        std::string::npos);
  CHECK(files.command.find("neo4j-admin database import full") == 0);
  // A folder name with spaces and quotes stays one shell word.
  kg::Neo4jCsvFiles quoted = kg::write_neo4j_csv_folder(view, (temp.path / "it's here").string());
  CHECK(quoted.command.find("'--nodes=" + temp.path.string() + "/it'\\''s here/nodes-event.csv'") !=
        std::string::npos);
  fs::remove_all(temp.path / "it's here");
  // A second export replaces the first, and leaves nothing beside it.
  kg::write_neo4j_csv_folder(view, folder.string() + "/");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(temp.path)) ++entries;
  CHECK(entries == 1);
  // A folder that is not an export is never replaced.
  fs::create_directories(temp.path / "mine");
  std::ofstream(temp.path / "mine" / "thesis.tex") << "precious";
  CHECK_THROWS_AS(kg::write_neo4j_csv_folder(view, (temp.path / "mine").string()), kg::Error);
  CHECK(fs::exists(temp.path / "mine" / "thesis.tex"));
  CHECK_THROWS_AS(kg::write_neo4j_csv_folder(view, (temp.path / "no" / "such").string()),
                  kg::Error);
}

TEST_CASE("the engagement view: officials and bodies, weighted by shared events") {
  kg::KnowledgeGraph graph = tiny_graph();
  auto albert = *graph.find("person:silke-albert");
  auto eu = *graph.find("organisation:european-union");
  auto e1 = *graph.find("event:1");
  auto e2 = *graph.find("event:2");
  kg::EngagementMatrix matrix;
  matrix.organisation = *graph.find("organisation:unodc");
  matrix.rows = {albert};
  matrix.columns = {eu};
  matrix.cells = {{{e1, e2}}};
  kg::ExportGraph view = kg::engagement_view(graph, matrix);
  CHECK_FALSE(view.directed);
  REQUIRE(view.nodes.size() == 2);
  CHECK(view.nodes[0].id == "organisation:european-union");
  REQUIRE(view.edges.size() == 1);
  const kg::ExportEdge& edge = view.edges[0];
  CHECK(edge.kind == "met");
  CHECK(edge.weight == 2);
  CHECK(edge.spans.size() == 2);
  CHECK(view.nodes[edge.source].id == "person:silke-albert");
  check_golden(kGolden / "engagements.gexf",
               written([&](std::ostream& out) { kg::write_gexf(view, out); }));
  check_golden(kGolden / "engagements.graphml",
               written([&](std::ostream& out) { kg::write_graphml(view, out); }));
  check_golden(kGolden / "engagements.cypher",
               written([&](std::ostream& out) { kg::write_cypher(view, out); }));
  check_golden(kGolden / "engagements.dot",
               written([&](std::ostream& out) { kg::write_dot(view, out); }));
}

// ---------------------------------------------------------------------------------------
// The HTML page

namespace {

// The JSON text inside the page's <script id="kg-data"> element.
std::string page_data(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"kg-data\">";
  std::size_t begin = page.find(open);
  REQUIRE(begin != std::string::npos);
  begin += open.size();
  std::size_t end = page.find("</script>", begin);
  REQUIRE(end != std::string::npos);
  return page.substr(begin, end - begin);
}

std::string page_of(const kg::KnowledgeGraph& graph, const kg::HtmlMatrix& matrix = {}) {
  return written([&](std::ostream& out) { kg::write_html(graph, matrix, out); });
}

}  // namespace

TEST_CASE("the page's data of the tiny graph") {
  kg::KnowledgeGraph graph = tiny_graph();
  kg::EngagementMatrix matrix;
  matrix.organisation = *graph.find("organisation:unodc");
  matrix.rows = {*graph.find("person:silke-albert")};
  matrix.columns = {*graph.find("organisation:european-union")};
  matrix.cells = {{{*graph.find("event:2")}}};
  check_golden(kGolden / "tiny.page-data.json", written([&](std::ostream& out) {
                 kg::html::write_page_data(graph, &matrix, "UNODC people", "", out);
               }));
}

TEST_CASE("the page holds its data, style and script, and no marker is left") {
  std::string page = page_of(tiny_graph());
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("@KG_") == std::string::npos);
  CHECK(page.find("<title>tiny - kg</title>") != std::string::npos);
  CHECK(page.find("window.kgView") != std::string::npos);
  rapidjson::Document data;
  data.Parse(page_data(page).c_str());
  REQUIRE_FALSE(data.HasParseError());
  CHECK(data["nodes"].Size() == 7);
  CHECK(data["edges"].Size() == 5);
  CHECK(data["matrix"].IsNull());
  CHECK(page == page_of(tiny_graph()));  // deterministic
}

TEST_CASE("no name can end the page's data or script, and every name reads back") {
  kg::KnowledgeGraph graph = hostile_graph();
  graph.corpus = "</title><script>alert(1)</script>";
  std::string page = page_of(graph);
  // The page's own two script elements, and the title escaped.
  std::size_t closings = 0;
  for (std::size_t at = page.find("</script"); at != std::string::npos;
       at = page.find("</script", at + 1))
    ++closings;
  CHECK(closings == 2);
  CHECK(page.find("<title>&lt;/title&gt;&lt;script&gt;") != std::string::npos);
  std::string json = page_data(page);
  CHECK(json.find('<') == std::string::npos);
  rapidjson::Document data;
  data.Parse(json.c_str());
  REQUIRE_FALSE(data.HasParseError());
  std::vector<std::string> names;
  for (const auto& node : data["nodes"].GetArray()) names.emplace_back(node["name"].GetString());
  for (kg::NodeIndex index : graph.nodes_sorted()) {
    const std::string& name = graph.node(index).name;
    CHECK(std::find(names.begin(), names.end(), name) != names.end());
  }
}

TEST_CASE("the page's engagement matrix, or the note that says why there is none") {
  kg::KnowledgeGraph graph = tiny_graph();
  kg::ExportOptions options;
  options.format = kg::ExportFormat::html;
  options.rules_dir = std::string(KG_SOURCE_DIR) + "/rules";
  kg::HtmlMatrix matrix = kg::html_matrix(graph, options);
  REQUIRE(matrix.matrix.has_value());
  CHECK(matrix.title == "UNODC people \u00d7 eu bodies");
  CHECK(matrix.note.empty());

  options.organisation = "Nobody Office";
  matrix = kg::html_matrix(graph, options);
  CHECK_FALSE(matrix.matrix.has_value());
  CHECK(matrix.note.find("no entity named \"Nobody Office\"") != std::string::npos);

  options.organisation = "UNODC";
  options.rules_dir.clear();
  CHECK_FALSE(kg::html_matrix(graph, options).matrix.has_value());
}
