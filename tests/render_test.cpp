// The printers of kg/render.hpp against golden files (tests/data/render/), one per answer
// type and format, on the hand-made graph tests/data/query/small.json.
#include <filesystem>
#include <sstream>
#include <utility>

#include <doctest/doctest.h>

#include "golden.hpp"
#include "kg/json.hpp"
#include "kg/render.hpp"

namespace kg {
namespace {

namespace fs = std::filesystem;
const fs::path kData = fs::path(KG_TEST_DATA);

KnowledgeGraph small_graph() {
  const fs::path path = kData / "query" / "small.json";
  return read_graph_json(test::read_file(path), path.string());
}

template <typename Print>
std::string printed(Print&& print) {
  std::ostringstream out;
  print(out);
  return out.str();
}

// One golden file per format: NAME.txt, NAME.json, NAME.csv.
template <typename Print>
void check_every_format(const std::string& name, Print&& print) {
  const std::pair<render::Format, const char*> formats[] = {{render::Format::table, ".txt"},
                                                            {render::Format::json, ".json"},
                                                            {render::Format::csv, ".csv"}};
  for (const auto& [format, extension] : formats) {
    std::string text = printed([&](std::ostream& out) { print(out, format); });
    CHECK(!text.empty());
    test::check_golden(kData / "render" / (name + extension), text);
  }
}

TEST_CASE("render: stats in every format") {
  KnowledgeGraph graph = small_graph();
  GraphStats stats = graph_stats(graph, 3);
  check_every_format("stats", [&](std::ostream& out, render::Format format) {
    render::print_stats(out, graph, stats, format);
  });
}

TEST_CASE("render: ranking in every format") {
  KnowledgeGraph graph = small_graph();
  render::Ranking ranking{"betweenness", rank_nodes(graph, RankBy::betweenness)};
  check_every_format("rank", [&](std::ostream& out, render::Format format) {
    render::print_ranking(out, graph, ranking, format);
  });
}

TEST_CASE("render: neighbours in every format") {
  KnowledgeGraph graph = small_graph();
  NodeIndex centre = resolve_name(graph, "UNODC");
  render::Neighbourhood hood{centre, 2, neighbours(graph, centre, 2, {})};
  check_every_format("neighbours", [&](std::ostream& out, render::Format format) {
    render::print_neighbours(out, graph, hood, format);
  });
}

TEST_CASE("render: an entity card in every format") {
  KnowledgeGraph graph = small_graph();
  EntityCard card = entity_card(graph, resolve_name(graph, "Silke Albert"));
  check_every_format("card", [&](std::ostream& out, render::Format format) {
    render::print_card(out, graph, card, format);
  });
}

TEST_CASE("render: paths with evidence in every format") {
  KnowledgeGraph graph = small_graph();
  render::PathAnswer answer;
  answer.from = resolve_name(graph, "Dakowah");
  answer.to = resolve_name(graph, "Silke Albert");
  PathOptions options;
  options.k = 3;
  answer.result = find_paths(graph, answer.from, answer.to, options);
  answer.evidence = true;
  check_every_format("paths", [&](std::ostream& out, render::Format format) {
    render::print_paths(out, graph, answer, format);
  });
}

TEST_CASE("render: no path says so, and whether options narrowed the search") {
  KnowledgeGraph graph = small_graph();
  render::PathAnswer answer{
      resolve_name(graph, "Dakowah"), resolve_name(graph, "Brussels"), {}, false, true};
  std::string text = printed(
      [&](std::ostream& out) { render::print_paths(out, graph, answer, render::Format::table); });
  CHECK(text == "no path between Yatta Dakowah (person) and Brussels (place) with these options\n");
}

TEST_CASE("render: engagements in every format") {
  KnowledgeGraph graph = small_graph();
  BodyGroup group = load_body_group("", (kData / "query" / "group.json").string());
  NodeIndex unodc = resolve_name(graph, "UNODC");
  render::Engagements answer{compute_engagements(graph, unodc, group, {"2017-01-01", "", false}),
                             group.name, "2017-01-01", ""};
  CHECK(!answer.matrix.rows.empty());
  check_every_format("engagements", [&](std::ostream& out, render::Format format) {
    render::print_engagements(out, graph, answer, format);
  });

  // Narrower than the table: one block of columns each, the person column repeated.
  answer.width = 25;
  std::string narrow = printed([&](std::ostream& out) {
    render::print_engagements(out, graph, answer, render::Format::table);
  });
  CHECK(narrow.find("person         events  EEAS\nYatta Dakowah       2     1\n"
                    "Silke Albert        1     .\n\nperson         events  HWPD\n") !=
        std::string::npos);
}

TEST_CASE("render: one engagement cell with its evidence in every format") {
  KnowledgeGraph graph = small_graph();
  BodyGroup group = load_body_group("", (kData / "query" / "group.json").string());
  EngagementMatrix matrix =
      compute_engagements(graph, resolve_name(graph, "UNODC"), group, {"2017-01-01", "", false});
  REQUIRE(!matrix.rows.empty());
  REQUIRE(!matrix.columns.empty());
  REQUIRE(!matrix.cells[0][0].empty());
  CellEvidence cell = cell_evidence(graph, matrix.rows[0], matrix.columns[0], matrix.cells[0][0]);
  check_every_format("cell", [&](std::ostream& out, render::Format format) {
    render::print_cell(out, graph, cell, format);
  });
}

TEST_CASE("render: review findings in every format") {
  KnowledgeGraph graph = small_graph();
  BodyGroup group = load_body_group("", (kData / "query" / "group.json").string());
  EngagementMatrix matrix =
      compute_engagements(graph, resolve_name(graph, "UNODC"), group, {"", "", false});
  std::vector<ReviewFinding> findings = review_graph(graph, matrix);
  REQUIRE(findings.size() >= 3);
  check_every_format("review", [&](std::ostream& out, render::Format format) {
    render::print_review(out, findings, 0, format);
  });
}

TEST_CASE("render: explanation and build summary") {
  KnowledgeGraph graph = small_graph();
  test::check_golden(kData / "render" / "explain.txt", printed([&](std::ostream& out) {
                       render::print_explanation(out, graph, resolve_name(graph, "Silke Albert"));
                     }));
  test::check_golden(kData / "render" / "build.txt",
                     printed([&](std::ostream& out) { render::print_build_summary(out, graph); }));
}

// Where `surface` stands in `text` (its first use at or after `from`), as a mention of `name`.
ItemMention mention_of(const KnowledgeGraph& graph, const std::string& text, bool in_title,
                       const std::string& surface, const std::string& name, std::size_t from = 0) {
  std::size_t at = text.find(surface, from);
  REQUIRE(at != std::string::npos);
  return {in_title, at, at + surface.size(), resolve_name(graph, name)};
}

TEST_CASE("render: an item with its mentions marked, plain and in colour") {
  KnowledgeGraph graph = small_graph();
  Item item;
  item.n = 2;
  item.date = "2017-06-10";
  item.end_date = "2017-06-11";
  item.title = "José Álvarez in Brussels";
  item.text = "Ms Anna Albert of UNODC met Mr Álvarez there.\nUNODC thanked Europol.\n\n";
  item.source = "invented.txt";
  item.line = 7;
  const std::string& text = item.text;
  std::vector<ItemMention> mentions = {
      mention_of(graph, item.title, true, "José Álvarez", "José Álvarez"),
      mention_of(graph, item.title, true, "Brussels", "Brussels"),
      mention_of(graph, text, false, "Anna Albert", "Anna Albert"),
      mention_of(graph, text, false, "UNODC", "UNODC"),
      mention_of(graph, text, false, "Álvarez", "José Álvarez"),
      mention_of(graph, text, false, "UNODC", "UNODC", text.find('\n')),
      mention_of(graph, text, false, "Europol", "Europol")};
  std::string plain =
      printed([&](std::ostream& out) { render::print_item(out, graph, item, mentions, false); });
  CHECK(plain.find("[[Álvarez|person]] there.\n[[UNODC|organisation]]") != std::string::npos);
  test::check_golden(kData / "render" / "item.txt", plain);
  std::string colour =
      printed([&](std::ostream& out) { render::print_item(out, graph, item, mentions, true); });
  CHECK(colour.find("[[") == std::string::npos);
  test::check_golden(kData / "render" / "item-colour.txt", colour);
}

TEST_CASE("render: the summary of a shard file") {
  Shard shard;
  shard.spec = {1, 3};
  shard.corpus = "invented";
  shard.corpus_items = 5;
  shard.lessons.resize(4);
  shard.items.resize(2);
  shard.extractions.resize(2);
  shard.extractions[0].mentions.resize(3);
  shard.extractions[0].relations.resize(2);
  shard.extractions[1].mentions.resize(6);
  std::string text = printed([&](std::ostream& out) { render::print_shard_summary(out, shard); });
  CHECK(text.rfind("shard 1/3 of invented: 2 of 5 items, 9 mentions, 2 relations", 0) == 0);
  test::check_golden(kData / "render" / "shard.txt", text);
}

TEST_CASE("render: eval scores with and without corrections, as text and as one JSON document") {
  ScoreTable items{"items", 2, 1, 1, {{"item", "3"}}, {{"item", "4"}}};
  ScoreTable fixed{"items", 3, 0, 0, {}, {}};
  render::EvalAnswer answer{EvalReport{3, 3, 2, 1, {items}}, EvalReport{3, 3, 3, 0, {fixed}},
                            "fixes \"v2\".corrections"};
  test::check_golden(kData / "render" / "eval-corrected.txt", printed([&](std::ostream& out) {
                       render::print_eval(out, answer, 5, false);
                     }));
  const std::string json =
      printed([&](std::ostream& out) { render::print_eval(out, answer, 5, true); });
  test::check_golden(kData / "render" / "eval-corrected.json", json);
  auto document = json::parse(json, "eval");
  CHECK(document["with_corrections"]["tables"]["items"]["precision"].GetDouble() == 1.0);
  CHECK(std::string(document["corrections"].GetString()) == "fixes \"v2\".corrections");
}

TEST_CASE("render: table columns count characters, not bytes") {
  render::Table table({"name", "n"});
  table.align_right(1);
  table.add_row({"Śmigła", "1"});
  table.add_row({"Ab", "12"});
  std::string text = printed([&](std::ostream& out) { table.print(out); });
  CHECK(text == "name     n\nŚmigła   1\nAb      12\n");
  CHECK(render::display_width("Śmigła Żukowski") == 15);
  CHECK(render::shorten("Śmigła Żukowski", 8) == "Śmigł...");  // cut between characters
  CHECK(render::shorten("Śmigła", 6) == "Śmigła");
}

TEST_CASE("render: CSV quotes only where needed") {
  CHECK(render::csv_field("plain") == "plain");
  CHECK(render::csv_field("a,b") == "\"a,b\"");
  CHECK(render::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

}  // namespace
}  // namespace kg

namespace kg {

TEST_CASE("render: kg view prints the page, and why it did not open it") {
  std::ostringstream out, notes;
  render::print_view(out, notes, {"/tmp/kg-view-1.html", "/usr/bin/xdg-open"});
  CHECK(out.str() == "/tmp/kg-view-1.html\n");
  CHECK(notes.str().empty());
  render::print_view(out, notes, {"/tmp/kg-view-2.html", ""});
  CHECK(out.str() == "/tmp/kg-view-1.html\n/tmp/kg-view-2.html\n");
  CHECK(notes.str().find("no display") != std::string::npos);
}

}  // namespace kg

TEST_CASE("render: the progress line: counts, pass, MB/s and time left") {
  kg::ProgressState extraction;
  extraction.task = "extracting";
  extraction.unit = "items";
  extraction.passes = 2;
  extraction.total = 40000;  // 20,000 items, twice
  extraction.done = 25000;   // the second pass, 5,000 items in
  extraction.bytes_total = 80'000'000;
  extraction.bytes_done = 50'000'000;
  extraction.seconds = 25;  // 2 MB/s: 30 MB left take 15 s
  CHECK(kg::render::format_progress(extraction) ==
        "extracting: pass 2 of 2, 5,000/20,000 items, 2.0 MB/s, 0:15 left");
  extraction.done = 40000;  // the last item of the last pass stays in that pass
  extraction.bytes_done = 80'000'000;
  extraction.seconds = 40;
  CHECK(kg::render::format_progress(extraction) ==
        "extracting: pass 2 of 2, 20,000/20,000 items, 2.0 MB/s, 0:00 left");

  kg::ProgressState ranking;
  ranking.task = "betweenness";
  ranking.unit = "nodes";
  ranking.total = 9000;
  ranking.done = 1000;
  ranking.seconds = 500;  // 2 nodes a second: 8,000 left take 4,000 s
  CHECK(kg::render::format_progress(ranking) == "betweenness: 1,000/9,000 nodes, 1:06:40 left");
  ranking.seconds = 0;
  CHECK(kg::render::format_progress(ranking) == "betweenness: 1,000/9,000 nodes");
}

TEST_CASE("render: the progress line of stages without counts: bytes, or how long so far") {
  kg::ProgressState reading;
  reading.task = "reading";
  reading.detail = "news.txt";
  reading.bytes_total = 90'000'000;
  reading.bytes_done = 30'000'000;
  reading.seconds = 10;  // 3 MB/s: 60 MB left take 20 s
  CHECK(kg::render::format_progress(reading) ==
        "reading: news.txt, 30.0/90.0 MB, 3.0 MB/s, 0:20 left");
  reading.bytes_done = 0;  // inside the first file: no rate yet, the time so far
  CHECK(kg::render::format_progress(reading) == "reading: news.txt, 0.0/90.0 MB, 0:10");
  kg::ProgressState writing;
  writing.task = "writing";
  writing.detail = "graph.json";
  writing.bytes_done = 12'000'000;
  writing.seconds = 4;  // no total: no time left, the time so far
  CHECK(kg::render::format_progress(writing) == "writing: graph.json, 12.0 MB, 3.0 MB/s, 0:04");
  kg::ProgressState resolving;
  resolving.task = "resolving";
  resolving.detail = "merging people";
  resolving.seconds = 75;
  CHECK(kg::render::format_progress(resolving) == "resolving: merging people, 1:15");
  resolving.detail.clear();
  resolving.seconds = 0;
  CHECK(kg::render::format_progress(resolving) == "resolving");
}

TEST_CASE("render: colour only when turned on; tables pad by the text, not the codes") {
  kg::render::Table table({"name", "n"});
  table.add_row({"Ada", "1"});
  std::ostringstream plain, coloured;
  table.print(plain);
  kg::render::set_colour(true);
  table.print(coloured);
  CHECK(kg::render::paint("x", "1") == "\x1b[1mx\x1b[0m");
  kg::render::set_colour(false);
  CHECK(kg::render::paint("x", "1") == "x");
  CHECK(plain.str() == "name  n\nAda   1\n");
  CHECK(coloured.str() == "\x1b[1mname\x1b[0m  \x1b[1mn\x1b[0m\nAda   1\n");
}
