#include <algorithm>

#include "kg/render.hpp"
#include "kg/utf8.hpp"

namespace kg::render {

std::size_t display_width(std::string_view text) {
  // Counting the bytes that start a character is enough for the Latin scripts of names.
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), utf8::starts_character));
}

std::string shorten(std::string_view text, std::size_t width) {
  if (display_width(text) <= width || width < 4) return std::string(text);
  std::size_t kept = 0, end = 0;
  for (; end < text.size(); ++end)
    if (utf8::starts_character(text[end]) && kept++ == width - 3) break;
  std::string out(text.substr(0, end));
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
  auto print_row = [&](const std::vector<std::string>& row, std::string_view style) {
    std::string line(indent);
    for (std::size_t i = 0; i < widths.size(); ++i) {
      std::string cell = i < row.size() ? row[i] : "";
      std::string pad(widths[i] - display_width(cell), ' ');
      bool right = std::find(right_.begin(), right_.end(), i) != right_.end();
      std::string shown = paint(cell, style);  // padded by its plain width
      line += right ? pad + shown : shown + pad;
      if (i + 1 < widths.size()) line += "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(headers_, "1");  // bold headers on a terminal
  for (const auto& row : rows_) print_row(row, "");
}

void Table::print_csv(std::ostream& out) const {
  print_csv_row(out, headers_);
  for (const auto& row : rows_) print_csv_row(out, row);
}

std::string csv_field(std::string_view text) {
  // A spreadsheet runs a cell that starts with = + - @ as a formula (a sentence or a name can
  // start so): a leading apostrophe keeps it text.
  bool formula =
      !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  if (formula) return csv_field("'" + std::string(text));
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

}  // namespace kg::render
