// The printers of kg/render.hpp against golden files (tests/data/render/), one per answer
// type and format, on the hand-made graph tests/data/query/small.json.
#include <filesystem>
#include <sstream>

#include <doctest/doctest.h>

#include "golden.hpp"
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

TEST_CASE("render: stats in every format") {
  KnowledgeGraph graph = small_graph();
  GraphStats stats = graph_stats(graph, 3);
  const char* names[] = {"stats.txt", "stats.json", "stats.csv"};
  render::Format formats[] = {render::Format::table, render::Format::json, render::Format::csv};
  for (int i = 0; i < 3; ++i) {
    std::string text =
        printed([&](std::ostream& out) { render::print_stats(out, graph, stats, formats[i]); });
    test::check_golden(kData / "render" / names[i], text);
  }
}

TEST_CASE("render: table columns count characters, not bytes") {
  render::Table table({"name", "n"});
  table.align_right(1);
  table.add_row({"Śmigła", "1"});
  table.add_row({"Ab", "12"});
  std::string text = printed([&](std::ostream& out) { table.print(out); });
  CHECK(text == "name     n\nŚmigła   1\nAb      12\n");
}

TEST_CASE("render: CSV quotes only where needed") {
  CHECK(render::csv_field("plain") == "plain");
  CHECK(render::csv_field("a,b") == "\"a,b\"");
  CHECK(render::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

}  // namespace
}  // namespace kg
