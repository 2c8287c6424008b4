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
#include "kg/extract.hpp"
#include "kg/graph.hpp"
#include "kg/resolve.hpp"
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

// Every item lies inside the text it was read from, in order, and maps back into it.
void check_offsets(const std::vector<Item>& items, std::size_t source_size) {
  std::size_t previous_end = 0;
  for (const Item& item : items) {
    require(item.begin <= item.body_begin && item.body_begin <= item.end,
            "an item's offsets cross");
    require(item.end <= source_size, "an item ends past its source");
    require(item.begin >= previous_end, "items overlap");
    previous_end = item.end;
    require(
        item.source_offset(0) <= source_size && item.source_offset(item.text.size()) <= source_size,
        "an item's text maps past its source");
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

void segmentation(std::string_view data) {
  std::vector<Diagnostic> diagnostics;
  try {
    std::vector<Item> items = segment_text(std::string(data), "fuzz.txt", 1, diagnostics);
    check_items(items);
    check_offsets(items, data.size());
    for (std::size_t i = 0; i < items.size(); ++i)
      require(items[i].n == static_cast<int>(i) + 1, "items numbered out of order");
  } catch (const Error&) {
  }
}

void json_lines(std::string_view data) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Item> whole;
  try {
    whole = read_json_lines(std::string(data), "fuzz.jsonl", 1, diagnostics);
  } catch (const Error&) {
    return;
  }
  check_items(whole);
  // Read one line at a time (as kg streams a large file), the same items.
  std::vector<Item> streamed;
  std::size_t begin = data.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  int next_n = 1;
  for (int number = 1; begin <= data.size(); ++number) {
    std::size_t end = data.find('\n', begin);
    if (end == std::string_view::npos) end = data.size();
    try {
      if (auto item = read_json_line(data.substr(begin, end - begin), begin, number, "fuzz.jsonl",
                                     next_n, diagnostics)) {
        ++next_n;
        streamed.push_back(std::move(*item));
      }
    } catch (const Error& e) {
      throw std::logic_error(std::string("a line alone fails, the file did not: ") + e.what());
    }
    begin = end + 1;
  }
  require(streamed.size() == whole.size(), "streamed and whole reading differ in items");
  for (std::size_t i = 0; i < whole.size(); ++i)
    require(streamed[i].text == whole[i].text && streamed[i].title == whole[i].title &&
                streamed[i].date == whole[i].date,
            "streamed and whole reading differ in an item");
}

void export_round_trip(std::string_view data) {
  static const Rules rules = load_rules(std::string(KG_SOURCE_DIR) + "/rules");
  Corpus corpus;
  corpus.name = "fuzz";
  try {
    corpus.items = segment_text(std::string(data), "fuzz.txt", 1, corpus.diagnostics);
  } catch (const Error&) {
    return;
  }
  if (corpus.items.empty()) return;
  Lexicon lexicon(rules);
  std::vector<ItemExtraction> extractions = extract_corpus(corpus, rules, lexicon, 1);
  Resolution resolution = resolve(extractions, lexicon);
  KnowledgeGraph graph = assemble_graph(corpus, std::move(extractions), resolution);
  std::string first = graph_text(graph);
  KnowledgeGraph loaded;
  try {
    loaded = read_graph_json(first, "exported.json");
  } catch (const Error& e) {
    throw std::logic_error(std::string("an exported graph does not load: ") + e.what());
  }
  require(graph_text(loaded) == first, "export, load, export: the bytes differ");
  std::ostringstream binary;
  write_graph_binary(loaded, binary);
  try {
    require(graph_text(read_graph_binary(binary.str(), "exported.kgb")) == first,
            "the binary format loads to another graph");
  } catch (const Error& e) {
    throw std::logic_error(std::string("an exported binary graph does not load: ") + e.what());
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
  // Problems of the folder itself (rules check also wants patterns) are no file's; problems
  // that only proving each pattern finds (an example that no longer matches) are the check's,
  // not a load's.
  bool fatal = false;
  for (const RuleProblem& problem : problems)
    fatal = fatal || (!problem.warning && !problem.proof && problem.where.file != folder.string());
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
