// `kg path`: the shortest paths between two entities, or between each pair of a batch file
// (one load of the graph for many queries).
#include <chrono>
#include <iostream>
#include <sstream>

#include "command_runs.hpp"
#include "kg/files.hpp"

namespace kg::cli {
namespace {

struct PathCommandAnswer {
  KnowledgeGraph graph;
  render::PathAnswer paths;
};

PathOptions path_options_of(const PathCommandOptions& options) {
  PathOptions path_options;
  path_options.filter = options.filter.to_filter();
  path_options.all = options.all;
  path_options.k = options.k;
  if (options.max_hops > 0) path_options.max_hops = options.max_hops;
  if (options.max_degree > 0) path_options.max_degree = options.max_degree;
  return path_options;
}

// `resolve` names a node: resolve_name, or a NameIndex's for many queries.
template <typename Resolve>
render::PathAnswer find_between(Resolve resolve, PathFinder& finder,
                                const PathCommandOptions& options, const std::string& a,
                                const std::string& b) {
  PathOptions path_options = path_options_of(options);
  for (const std::string& name : options.avoid) path_options.avoid.push_back(resolve(name));
  render::PathAnswer paths;
  paths.from = resolve(a);
  paths.to = resolve(b);
  paths.result = finder.find(paths.from, paths.to, path_options);
  paths.evidence = options.evidence;
  paths.restricted = !path_options.filter.empty() || path_options.max_hops ||
                     !path_options.avoid.empty() || path_options.max_degree;
  return paths;
}

PathCommandAnswer run(const PathCommandOptions& options) {
  PathCommandAnswer answer{load_input_graph(options.input), {}};
  PathFinder finder(answer.graph);
  auto resolve = [&](const std::string& name) { return resolve_name(answer.graph, name); };
  answer.paths = find_between(resolve, finder, options, options.a, options.b);
  return answer;
}

struct NamePair {
  std::string a;
  std::string b;
  int line = 0;
};

// "A<TAB>B" per line; blank lines and lines starting with # are skipped.
std::vector<NamePair> read_pairs(const std::string& file) {
  std::istringstream in(read_file(file, "batch file"));
  std::vector<NamePair> pairs;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size() ||
        line.find('\t', tab + 1) != std::string::npos)
      throw Error("a line of a path batch holds two names separated by one tab: A<TAB>B", file, n);
    pairs.push_back({line.substr(0, tab), line.substr(tab + 1), n});
  }
  return pairs;
}

// Every pair of the batch file on one loaded graph, each answer printed as `kg path A B`
// prints it (table: after a "A -- B" line); with KG_TIMINGS=1 the seconds of each query.
// Exit 1 when some pair has no path.
int run_batch(PathCommandOptions options, Format format) {
  std::vector<NamePair> pairs = read_pairs(options.batch);
  std::vector<std::string> inputs;
  for (const std::string* given : {&options.a, &options.b})
    if (!given->empty()) inputs.push_back(*given);
  options.input.inputs.insert(options.input.inputs.begin(), inputs.begin(), inputs.end());
  KnowledgeGraph graph = load_input_graph(options.input);
  PathFinder finder(graph);
  auto start = std::chrono::steady_clock::now();
  finder.prepare();
  NameIndex names(graph);
  auto resolve = [&](const std::string& name) { return names.resolve(name); };
  print_stage_time({"path-index", seconds_since(start)});
  bool all_found = true;
  for (const NamePair& pair : pairs) {
    auto start = std::chrono::steady_clock::now();
    render::PathAnswer paths;
    try {
      paths = find_between(resolve, finder, options, pair.a, pair.b);
    } catch (const Error& e) {
      throw Error(e.problem(), options.batch, pair.line, 0, e.exit_code());
    }
    print_stage_time({"query", seconds_since(start)});
    if (format == Format::table) std::cout << pair.a << " -- " << pair.b << '\n';
    render::print_paths(std::cout, graph, paths, format);
    all_found = all_found && !paths.result.paths.empty();
  }
  return all_found ? kExitOk : kExitNothingFound;
}

}  // namespace

int run_path_command(const PathCommandOptions& options) {
  if (!options.batch.empty()) return run_batch(options, options.format.format());
  if (options.a.empty() || options.b.empty())
    throw Error("kg path needs two entities A and B (or --batch FILE of pairs)");
  PathCommandAnswer answer = run(options);
  render::print_paths(std::cout, answer.graph, answer.paths, options.format.format());
  return answer.paths.result.paths.empty() ? kExitNothingFound : kExitOk;
}

}  // namespace kg::cli
