// The CSV files of `neo4j-admin database import full`: the way to a graph too large for a
// script, and to a cluster. One file per node label and per relationship type, each with its
// header line (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed properties), and
// import.sh with the command line.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>

#include "escape.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/output.hpp"
#include "values.hpp"

namespace kg {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kImportScript = "import.sh";
// The list of files an export wrote: the next export replaces exactly these.
constexpr std::string_view kManifest = ".kg-neo4j-csv";

// What exports made before the manifest existed wrote.
bool is_earlier_export_file(const std::string& name) {
  auto csv_of = [&](std::string_view prefix) {
    return name.starts_with(prefix) && name.ends_with(".csv");
  };
  return name == kImportScript || csv_of("nodes-") || csv_of("relationships-");
}

std::string_view neo4j_type_suffix(ValueType type) {
  switch (type) {
    case ValueType::string:
      return "";
    case ValueType::integer:
      return ":int";
    case ValueType::real:
      return ":double";
    case ValueType::date:
      return ":date";
    case ValueType::string_list:
      return ":string[]";
    case ValueType::integer_list:
      return ":int[]";
  }
  return "";
}

std::string list_field(const std::vector<std::string>& list) {
  std::string joined;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) joined += kNeo4jArrayDelimiter;
    std::string element = list[i];
    std::replace(element.begin(), element.end(), kNeo4jArrayDelimiter, ' ');
    joined += element;
  }
  return escape::csv_field(joined);
}

// An empty field is no property; a list is one quoted field of delimited elements.
std::string field(const Value& value) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& text) const { return escape::csv_field(text); }
    std::string operator()(std::int64_t number) const { return std::to_string(number); }
    std::string operator()(double number) const { return values::format_real(number); }
    std::string operator()(const std::vector<std::string>& list) const {
      return list.empty() ? std::string() : list_field(list);
    }
    std::string operator()(const std::vector<std::int64_t>& list) const {
      if (list.empty()) return {};
      std::string joined;
      for (std::size_t i = 0; i < list.size(); ++i)
        joined += (i > 0 ? std::string(1, kNeo4jArrayDelimiter) : "") + std::to_string(list[i]);
      return escape::csv_field(joined);
    }
  };
  return std::visit(Visitor{}, value);
}

void write_header(std::ostream& out, std::string_view fixed,
                  const std::vector<Attribute>& attributes, const std::vector<bool>& used) {
  out << fixed;
  for (std::size_t i = 0; i < attributes.size(); ++i)
    if (used[i]) out << ',' << attributes[i].name << neo4j_type_suffix(attributes[i].type);
  out << '\n';
}

void write_fields(std::ostream& out, const std::vector<bool>& used,
                  const std::vector<Value>& values) {
  for (std::size_t i = 0; i < used.size(); ++i)
    if (used[i]) out << ',' << (i < values.size() ? field(values[i]) : std::string());
  out << '\n';
}

// A word a POSIX shell reads back as it is: single-quoted unless plainly safe.
std::string shell_word(const std::string& word) {
  bool safe = !word.empty() && word.find_first_not_of(
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                   "0123456789_./:=+-") == std::string::npos;
  if (safe) return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// neo4j-admin 5 takes the database as its last word, after every option; --nodes and
// --relationships take several files each, so the options without lists close the line
// before the database, which no file list can then swallow.
constexpr std::string_view kClosingOptions = "--array-delimiter=U+001F --multiline-fields=true";

std::string import_command(const std::vector<std::string>& files, std::string_view prefix) {
  std::string command = "neo4j-admin database import full";
  for (const std::string& file : files) {
    bool nodes = file.rfind("nodes-", 0) == 0;
    command += " " + shell_word(std::string(nodes ? "--nodes=" : "--relationships=") +
                                std::string(prefix) + file);
  }
  return command + " " + std::string(kClosingOptions) + " neo4j";
}

std::string import_script(const std::vector<std::string>& files) {
  std::string script =
      "#!/bin/sh\n"
      "# Loads this folder into a Neo4j 5 database with neo4j-admin (made by `kg export --format\n"
      "# neo4j-csv`). Stop the database first; add --overwrite-destination to replace one that\n"
      "# exists. Usage: sh import.sh [NEO4J_ADMIN_OPTION...] [DATABASE] (default: neo4j)\n"
      "set -e\n"
      "cd \"$(dirname \"$0\")\"\n"
      "# neo4j-admin 5.19+ wants the database last, after every option: keep the options,\n"
      "# take the database out.\n"
      "database=neo4j\n"
      "for arg do\n"
      "  shift\n"
      "  case $arg in\n"
      "    -*) set -- \"$@\" \"$arg\" ;;\n"
      "    *) database=$arg ;;\n"
      "  esac\n"
      "done\n"
      "exec neo4j-admin database import full";
  for (const std::string& file : files) {
    bool nodes = file.rfind("nodes-", 0) == 0;
    script += std::string(" \\\n  ") + (nodes ? "--nodes=" : "--relationships=") + file;
  }
  return script + " \\\n  " + std::string(kClosingOptions) + " \"$@\" \"$database\"\n";
}

}  // namespace

Neo4jCsvFiles write_neo4j_csv(const ExportGraph& graph,
                              const std::function<std::ostream&(const std::string&)>& open) {
  Neo4jCsvFiles result;
  std::map<NodeKind, std::vector<const ExportNode*>> nodes_by_kind;
  for (const ExportNode& node : graph.nodes) nodes_by_kind[node.kind].push_back(&node);
  for (const auto& [kind, nodes] : nodes_by_kind) {
    std::string file = "nodes-" + std::string(to_string(kind)) + ".csv";
    std::ostream& out = open(file);
    std::vector<bool> used = values::used_by(nodes, graph.node_attributes.size());
    write_header(out, "id:ID,:LABEL,name,kind", graph.node_attributes, used);
    std::string label = escape::csv_field(values::neo4j_label(kind));
    for (const ExportNode* node : nodes) {
      out << escape::csv_field(node->id) << ',' << label << ',' << escape::csv_field(node->label)
          << ',' << escape::csv_field(to_string(node->kind));
      write_fields(out, used, node->values);
    }
    result.files.push_back(file);
  }

  std::map<std::string, std::vector<const ExportEdge*>> edges_by_kind;
  for (const ExportEdge& edge : graph.edges) edges_by_kind[edge.kind].push_back(&edge);
  for (const auto& [kind, edges] : edges_by_kind) {
    std::string file = "relationships-" + kind + ".csv";
    std::ostream& out = open(file);
    std::vector<bool> used = values::used_by(edges, graph.edge_attributes.size());
    write_header(out, ":START_ID,:END_ID,:TYPE,kind", graph.edge_attributes, used);
    std::string type = escape::csv_field(values::neo4j_type(kind));
    for (const ExportEdge* edge : edges) {
      out << escape::csv_field(graph.nodes[edge->source].id) << ','
          << escape::csv_field(graph.nodes[edge->target].id) << ',' << type << ','
          << escape::csv_field(edge->kind);
      write_fields(out, used, edge->values);
    }
    result.files.push_back(file);
  }

  open(std::string(kImportScript)) << import_script(result.files);
  result.command = import_command(result.files, "");
  return result;
}

Neo4jCsvFiles write_neo4j_csv_folder(const ExportGraph& graph, const std::string& folder) {
  fs::path target = fs::path(folder).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();  // "out/" -> "out"
  Neo4jCsvFiles result;
  write_folder_atomically(
      target.string(), std::string(kManifest),
      [&](const std::function<std::ostream&(const std::string&)>& open) {
        result = write_neo4j_csv(graph, open);
      },
      is_earlier_export_file);
  result.command = import_command(result.files, target.string() + "/");
  return result;
}

}  // namespace kg
