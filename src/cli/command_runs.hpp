// The options and the work of the commands whose option declarations fill their cmd_*.cpp:
// each cmd_*.cpp declares its command, a *_run.cpp file does what it asks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "kg/export.hpp"
#include "options.hpp"

namespace kg::cli {

struct BuildOptions {
  InputOptions input;
  std::string output;
  std::string shard;
};

// Extracts the items of the shard --shard names into the file -o names.
void build_shard_file(const BuildOptions& options);

struct PathCommandOptions {
  std::string a;
  std::string b;
  bool all = false;
  std::size_t k = 1;
  std::size_t max_hops = 0;  // 0: no limit
  std::vector<std::string> avoid;
  std::size_t max_degree = 0;  // 0: no limit
  bool evidence = false;
  std::string batch;  // a file of "A<TAB>B" lines; A and B are then inputs, if given
  FilterOptions filter;
  FormatOptions format;
  InputOptions input;
};

// Prints the paths (or those of each pair of --batch); returns the exit code.
int run_path_command(const PathCommandOptions& options);

struct EngagementsOptions {
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  bool keep_empty = false;
  bool evidence = false;
  std::vector<std::string> cell;  // --cell PERSON BODY
  std::string within = "item";
  int width = -1;  // --width; -1: the terminal's, 0: no limit
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

// Prints the engagement matrix (or one --cell); returns the exit code.
int run_engagements_command(const EngagementsOptions& options);

struct ExportCommandOptions {
  InputOptions input;
  std::string format = "json";
  std::string output = "-";
  FilterOptions filter;
  ExportOptions export_options;
};

// Checks the options, loads the graph and writes the export; neo4j-csv prints its next step.
void run_export(const ExportCommandOptions& options, bool matrix_options_given);

struct EvalOptions {
  InputOptions input;
  std::string gold;
  std::string batch;  // a file of "GOLD<TAB>INPUT[<TAB>INPUT...]" lines
  int errors = 0;
  bool json = false;
};

// Prints the scores of the graph against the gold (or of each line of --batch, the rules
// loaded once for all of them).
void run_eval_command(const EvalOptions& options);

}  // namespace kg::cli
