// Printing the queries' answers: aligned tables for people, CSV and JSON for scripts.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <CLI/CLI.hpp>

#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/query.hpp"

namespace kg::cli {

enum class Format { table, json, csv };

struct FormatOptions {
  bool json = false;
  bool csv = false;
  Format format() const { return json ? Format::json : csv ? Format::csv : Format::table; }
};

// Adds --json and --csv (mutually exclusive).
void add_format_options(CLI::App& command, FormatOptions& options);

// --from/--to on events, and (when asked) --node-kinds/--edge-kinds, as typed by the user.
struct FilterOptions {
  std::string from;
  std::string to;
  std::string node_kinds;
  std::string edge_kinds;
  GraphFilter to_filter() const;  // checks the dates and kinds; throws kg::Error
};
void add_window_options(CLI::App& command, FilterOptions& options);
void add_kind_options(CLI::App& command, FilterOptions& options, std::string_view node_help);

// Columns padded to their widest cell (counted in characters, not bytes); trailing blanks
// trimmed. Right-aligned columns suit numbers.
class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void align_right(std::size_t column) { right_.push_back(column); }
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  bool empty() const { return rows_.empty(); }

  void print(std::ostream& out, std::string_view indent = "") const;
  void print_csv(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::size_t> right_;
};

std::size_t display_width(std::string_view utf8);
// At most `width` characters: longer text is cut at a character boundary and ends in "...".
std::string shorten(std::string_view utf8, std::size_t width);
std::string csv_field(std::string_view text);
void print_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// "2018-06-19" or "2018-06-19..2018-06-20".
std::string format_dates(std::string_view date, std::string_view end_date);
// "Silke Albert (person)"; events: "2018-06-19 Exchanges on migration (event:1)".
std::string describe_node(const NodeData& node);
// Scores print without trailing zeros: 12, 3.5, 0.333.
std::string format_score(double score);

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// A JSON document on `out`, written through `write`, then a newline.
void print_json(std::ostream& out, const std::function<void(JsonWriter&)>& write);
void json_string(JsonWriter& w, std::string_view text);
void json_key_string(JsonWriter& w, const char* key, std::string_view text);
// {"<id_key>": id, "name", "kind"} plus "date", "end_date", "n" for events; the object is
// left open for the caller to add fields.
void json_node_fields(JsonWriter& w, const NodeData& node, const char* id_key = "id");
void json_ints(JsonWriter& w, const char* key, const std::vector<int>& values);
void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence);

}  // namespace kg::cli
