// Every fuzz target (fuzz/targets.hpp) on its committed seeds and on every input that once
// crashed it (tests/data/fuzz/TARGET/): they run in each build, not only under libFuzzer.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "../fuzz/targets.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> found;
  for (const fs::path& dir : {fs::path(KG_SOURCE_DIR) / "fuzz" / "seeds" / target,
                              fs::path(KG_TEST_DATA) / "fuzz" / target}) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file()) found.push_back(it->path());
  }
  return found;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void run_all(const std::string& target, void (*run)(std::string_view)) {
  std::vector<fs::path> inputs = inputs_of(target);
  REQUIRE(!inputs.empty());  // every target has seeds
  for (const fs::path& input : inputs) {
    INFO(input.string());
    CHECK_NOTHROW(run(bytes_of(input)));
  }
}

TEST_CASE("fuzz regressions: corpus reader") {
  run_all("corpus_reader", kg::fuzz::corpus_reader);
}
TEST_CASE("fuzz regressions: segmentation") {
  run_all("segmentation", kg::fuzz::segmentation);
}
TEST_CASE("fuzz regressions: JSON Lines") {
  run_all("json_lines", kg::fuzz::json_lines);
}
TEST_CASE("fuzz regressions: export round trip") {
  run_all("export_round_trip", kg::fuzz::export_round_trip);
}
TEST_CASE("fuzz regressions: graph JSON round trip") {
  run_all("graph_json", kg::fuzz::graph_json);
}
TEST_CASE("fuzz regressions: rules loader") {
  run_all("rules_loader", kg::fuzz::rules_loader);
}
TEST_CASE("fuzz regressions: corrections") {
  run_all("corrections", kg::fuzz::corrections);
}
TEST_CASE("fuzz regressions: headings and dates") {
  run_all("headings", kg::fuzz::headings);
}

}  // namespace
