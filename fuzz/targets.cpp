#include "targets.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "../src/corpus/encoding.hpp"
#include "kg/corpus.hpp"
#include "kg/corrections.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/rules.hpp"

namespace kg::fuzz {
namespace fs = std::filesystem;
namespace {

void require(bool condition, const char* invariant) {
  if (!condition) throw std::logic_error(invariant);
}

std::string graph_text(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_graph_json(graph, out);
  return out.str();
}

void check_items(const std::vector<Item>& items) {
  for (const Item& item : items) {
    require(item.date.empty() || item.end_date >= item.date, "an item ends before it starts");
    require(item.text.find('\0') == std::string::npos, "a NUL byte in an item's text");
  }
}

}  // namespace

void corpus_reader(std::string_view data) {
  std::string content(data);
  if (auto wide = corpus_detail::decode_wide_text(content)) content = std::move(wide->utf8);
  if (corpus_detail::binary_data_problem(content)) return;
  std::vector<Diagnostic> diagnostics;
  try {
    std::size_t start = content.find_first_not_of(" \t\r\n");
    if (start != std::string::npos && content[start] == '{')
      check_items(read_json_lines(content, "fuzz.jsonl", 1, diagnostics));
    else
      check_items(segment_text(content, "fuzz.txt", 1, diagnostics));
  } catch (const Error&) {
  }
}

void graph_json(std::string_view data) {
  KnowledgeGraph graph;
  try {
    graph = read_graph_json(data, "fuzz.json");
  } catch (const Error&) {
    return;
  }
  // What kg writes, kg reads back to the same graph: the second writing equals the first.
  std::string first = graph_text(graph);
  KnowledgeGraph again;
  try {
    again = read_graph_json(first, "written.json");
  } catch (const Error& e) {
    throw std::logic_error(std::string("a written graph does not load: ") + e.what());
  }
  require(graph_text(again) == first, "export, load, export: the bytes differ");
}

// A rules folder of its own for this process, removed at exit.
struct RulesFolder {
  fs::path path = fs::temp_directory_path() / ("kg-fuzz-rules-" + std::to_string(::getpid()));
  RulesFolder() { fs::create_directories(path / "patterns"); }
  ~RulesFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void rules_loader(std::string_view data) {
  static const RulesFolder rules_folder;
  const fs::path& folder = rules_folder.path;
  std::ofstream(folder / "patterns" / "fuzz.json", std::ios::binary | std::ios::trunc) << data;
  std::vector<RuleProblem> problems = check_rules(folder.string());
  // Problems of the folder itself (rules check also wants patterns) are no file's.
  bool fatal = false;
  for (const RuleProblem& problem : problems)
    fatal = fatal || (!problem.warning && problem.where.file != folder.string());
  try {
    load_rules(folder.string());
    require(!fatal, "load_rules accepted rules that rules check calls wrong");
  } catch (const Error&) {
    require(fatal, "load_rules refused rules that rules check calls right");
  }
}

void corrections(std::string_view data) {
  static const KnowledgeGraph base = [] {
    std::ifstream in(std::string(KG_SOURCE_DIR) + "/tests/data/query/small.json");
    std::ostringstream text;
    text << in.rdbuf();
    return read_graph_json(text.str(), "small.json");
  }();
  std::vector<Correction> parsed;
  try {
    parsed = parse_corrections(data, "fuzz.corrections");
  } catch (const Error&) {
    return;
  }
  KnowledgeGraph graph = base;
  CorrectionReport report;
  try {
    apply_corrections(graph, parsed, /*lenient=*/true, report);
  } catch (const Error&) {
    return;  // lenient still refuses corrections that contradict each other
  }
  // A corrected graph is still one kg can save and load.
  std::string written = graph_text(graph);
  try {
    read_graph_json(written, "corrected.json");
  } catch (const Error& e) {
    throw std::logic_error(std::string("a corrected graph does not load: ") + e.what());
  }
}

void headings(std::string_view data) {
  for (std::size_t begin = 0; begin <= data.size();) {
    std::size_t end = data.find('\n', begin);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(begin, end - begin);
    if (auto heading = parse_heading(line); !heading) {
      heading_problem(line);  // asked of lines that are no heading only
    } else {
      require(heading->date.empty() || heading->end_date >= heading->date,
              "a heading ends before it starts");
      require(heading->title_offset <= line.size(), "a title past the line's end");
    }
    if (auto range = parse_date_range(line))
      require(range->end_date >= range->date, "a date range ends before it starts");
    if (auto date = parse_date(line)) require(date->size() >= 10, "a date shorter than ISO's");
    begin = end + 1;
  }
}

}  // namespace kg::fuzz
