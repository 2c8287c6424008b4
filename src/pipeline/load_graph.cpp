#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/files.hpp"
#include "kg/pipeline.hpp"
#include "kg/progress.hpp"
#include "kg/text.hpp"

namespace kg {
namespace fs = std::filesystem;
namespace {

// A saved graph is kg's binary format (told by its magic bytes) or a JSON object with
// "nodes"; corpora are text or JSON Lines of items.
bool looks_like_saved_graph(const std::string& path) {
  std::error_code ec;  // the corpus reader says why a path cannot be read
  if (!fs::is_regular_file(path, ec)) return false;
  std::string head = read_head(path, 4096);
  if (is_binary_graph(head)) return true;
  // A .kgb that is not one (empty, cut before its magic, another program's file) is no corpus.
  if (names_binary_graph(path)) return true;
  std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string::npos || head[start] != '{') return false;
  return head.find("\"nodes\"") != std::string::npos ||
         head.find("\"directed\"") != std::string::npos;
}

KnowledgeGraph read_saved_graph(const std::string& path) {
  ProgressTask progress("loading");
  progress.step(fs::path(path).filename().string());
  MappedFile file(path);
  std::string_view bytes = file.bytes();
  if (is_binary_graph(bytes) || names_binary_graph(path)) return read_graph_binary(bytes, path);
  return read_graph_json(bytes, path);
}

}  // namespace

bool is_saved_graph(const std::vector<std::string>& inputs) {
  return inputs.size() == 1 && looks_like_saved_graph(inputs.front());
}

std::string find_rules_dir(const std::string& given) {
  auto is_rules_dir = [](const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
  };
  if (!given.empty()) {
    if (!is_rules_dir(given)) throw Error("rules folder not found", given);
    return given;
  }
  if (const char* env = std::getenv("KG_RULES"); env != nullptr && *env != '\0') {
    if (!is_rules_dir(env)) throw Error("rules folder named by KG_RULES not found", env);
    return env;
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // build/kg -> ../rules; install prefix/bin/kg -> ../share/kg/rules
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (is_rules_dir(dir / "rules") && fs::exists(dir / "CMakeLists.txt", ec))
        return dir / "rules";
      if (is_rules_dir(dir / "share" / "kg" / "rules")) return dir / "share" / "kg" / "rules";
    }
  }
#ifdef KG_SOURCE_DIR
  if (is_rules_dir(fs::path(KG_SOURCE_DIR) / "rules")) return fs::path(KG_SOURCE_DIR) / "rules";
#endif
  throw Error("no rules folder found: give --rules DIR or set KG_RULES");
}

std::string find_corrections_file(const CorrectionOptions& options) {
  if (!options.file.empty()) return options.file;
  if (options.ignore_environment) return {};
  if (const char* env = std::getenv("KG_CORRECTIONS"); env != nullptr) return env;
  return {};
}

CorpusStream open_corpus(const std::vector<std::string>& inputs, BuildReport& report) {
  for (const auto& input : inputs)
    if (looks_like_saved_graph(input))
      throw Error("a saved graph cannot be mixed with corpus files; give it alone", input);
  auto start = std::chrono::steady_clock::now();
  CorpusStream corpus{
      CorpusReader(inputs.empty() ? std::vector<std::string>{default_corpus_path()} : inputs)};
  Fingerprint fingerprint;
  corpus.reader.for_each(
      [&](Item&& item) {
        ++corpus.items;
        corpus.bytes += item.title.size() + item.text.size();
        fingerprint.add_number(static_cast<std::uint64_t>(item.n)).add_number(item.begin);
        fingerprint.add_number(item.body_begin).add_number(item.end);
        fingerprint.add(item.date).add_number(0).add(item.end_date).add_number(0);
        fingerprint.add(item.title).add_number(item.title.size());
        fingerprint.add(item.text).add_number(item.text.size());
      },
      report.diagnostics, /*show_progress=*/true);
  corpus.fingerprint = fingerprint.hex();
  report.stage_seconds.push_back(StageTime{"load", seconds_since(start)});
  report.empty_corpus = corpus.items == 0;
  return corpus;
}

KnowledgeGraph load_graph(const std::vector<std::string>& inputs, const std::string& rules_dir,
                          BuildReport& report, unsigned jobs, const CorrectionOptions& corrections,
                          std::shared_ptr<const Rules>* shared_rules) {
  if (is_saved_graph(inputs)) {
    if (!corrections.file.empty())
      throw Error(
          "corrections apply when a graph is built from a corpus; give them to "
          "`kg build --corrections FILE -o GRAPH` instead",
          inputs.front());
    auto start = std::chrono::steady_clock::now();
    KnowledgeGraph graph = read_saved_graph(inputs.front());
    report.stage_seconds.push_back(StageTime{"load", seconds_since(start)});
    return graph;
  }
  CorpusStream corpus = open_corpus(inputs, report);
  if (shared_rules && !*shared_rules) {
    auto start = std::chrono::steady_clock::now();
    *shared_rules = load_shared_rules(rules_dir, jobs);
    report.stage_seconds.push_back(StageTime{"shared-rules", seconds_since(start)});
  }
  KnowledgeGraph graph = shared_rules
                             ? build_graph(corpus, *shared_rules, report, jobs)
                             : build_graph(corpus, find_rules_dir(rules_dir), report, jobs);
  std::string file = find_corrections_file(corrections);
  if (!file.empty()) apply_corrections_file(graph, file, corrections.lenient, report);
  return graph;
}

long peak_memory_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.starts_with("VmHWM:")) return std::atol(line.c_str() + 6) / 1024;
  return 0;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace kg
