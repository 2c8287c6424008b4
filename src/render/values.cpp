#include <cmath>
#include <cstdio>

#include "kg/render.hpp"

namespace kg::render {

std::string format_dates(std::string_view date, std::string_view end_date) {
  if (end_date.empty() || end_date == date) return std::string(date);
  return std::string(date) + ".." + std::string(end_date);
}

std::string describe_node(const NodeData& node) {
  if (node.kind == NodeKind::event)
    return format_dates(node.date, node.end_date) + " " + node.name + " (" + node.id + ")";
  return node.name + " (" + std::string(to_string(node.kind)) + ")";
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
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

}  // namespace kg::render
