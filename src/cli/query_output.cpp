#include "query_output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "kg/error.hpp"

namespace kg::cli {

void add_format_options(CLI::App& command, FormatOptions& options) {
  auto* json = command.add_flag("--json", options.json, "print JSON");
  auto* csv = command.add_flag("--csv", options.csv, "print CSV");
  json->excludes(csv);
}

GraphFilter FilterOptions::to_filter() const {
  GraphFilter filter;
  if (!from.empty()) check_iso_date(from, "--from");
  if (!to.empty()) check_iso_date(to, "--to");
  if (!from.empty() && !to.empty() && to < from)
    throw Error("--to " + to + " is before --from " + from);
  filter.from = from;
  filter.to = to;
  filter.node_kinds = parse_node_kinds(node_kinds);
  filter.edge_kinds = parse_edge_kinds(edge_kinds);
  return filter;
}

void add_window_options(CLI::App& command, FilterOptions& options) {
  command.add_option("--from", options.from, "only events that end on or after DATE (YYYY-MM-DD)")
      ->type_name("DATE");
  command.add_option("--to", options.to, "only events that start on or before DATE (YYYY-MM-DD)")
      ->type_name("DATE");
}

void add_kind_options(CLI::App& command, FilterOptions& options, std::string_view node_help) {
  command.add_option("--node-kinds", options.node_kinds, std::string(node_help))
      ->type_name("KIND,...");
  command
      .add_option("--edge-kinds", options.edge_kinds,
                  "only edges of these kinds: attended, represents, funds")
      ->type_name("KIND,...");
}

std::size_t display_width(std::string_view utf8) {
  // Counting the bytes that start a character is enough for the Latin scripts of names.
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string shorten(std::string_view utf8, std::size_t width) {
  if (display_width(utf8) <= width || width < 4) return std::string(utf8);
  std::size_t kept = 0, end = 0;
  for (; end < utf8.size(); ++end) {
    bool starts_char = (static_cast<unsigned char>(utf8[end]) & 0xC0) != 0x80;
    if (starts_char && kept++ == width - 3) break;
  }
  std::string out(utf8.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "...";
}

void Table::print(std::ostream& out, std::string_view indent) const {
  std::vector<std::size_t> widths(headers_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
  };
  measure(headers_);
  for (const auto& row : rows_) measure(row);
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line(indent);
    for (std::size_t i = 0; i < widths.size(); ++i) {
      std::string cell = i < row.size() ? row[i] : "";
      std::string pad(widths[i] - display_width(cell), ' ');
      bool right = std::find(right_.begin(), right_.end(), i) != right_.end();
      line += right ? pad + cell : cell + pad;
      if (i + 1 < widths.size()) line += "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(headers_);
  for (const auto& row : rows_) print_row(row);
}

void Table::print_csv(std::ostream& out) const {
  print_csv_row(out, headers_);
  for (const auto& row : rows_) print_csv_row(out, row);
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void print_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << '\n';
}

std::string format_dates(std::string_view date, std::string_view end_date) {
  if (end_date.empty() || end_date == date) return std::string(date);
  return std::string(date) + ".." + std::string(end_date);
}

std::string describe_node(const NodeData& node) {
  if (node.kind == NodeKind::event)
    return format_dates(node.date, node.end_date) + " " + node.name + " (" + node.id + ")";
  return node.name + " (" + std::string(to_string(node.kind)) + ")";
}

std::string format_score(double score) {
  if (score == std::floor(score)) return std::to_string(static_cast<long long>(score));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

void print_json(std::ostream& out, const std::function<void(JsonWriter&)>& write) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  write(w);
  out << '\n';
}

void json_string(JsonWriter& w, std::string_view text) {
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void json_key_string(JsonWriter& w, const char* key, std::string_view text) {
  w.Key(key);
  json_string(w, text);
}

void json_node_fields(JsonWriter& w, const NodeData& node, const char* id_key) {
  json_key_string(w, id_key, node.id);
  json_key_string(w, "name", node.name);
  json_key_string(w, "kind", to_string(node.kind));
  if (node.kind == NodeKind::event) {
    json_key_string(w, "date", node.date);
    json_key_string(w, "end_date", node.end_date.empty() ? node.date : node.end_date);
    w.Key("n");
    w.Int(node.n);
  }
}

void json_ints(JsonWriter& w, const char* key, const std::vector<int>& values) {
  w.Key(key);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartArray();
  for (int v : values) w.Int(v);
  w.EndArray();
  w.SetFormatOptions(rapidjson::kFormatDefault);
}

void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& e : evidence) {
    w.StartObject();
    w.Key("item");
    w.Int(e.item);
    json_key_string(w, "rule", e.rule);
    json_key_string(w, "sentence", e.sentence);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace kg::cli
