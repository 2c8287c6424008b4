// The names of the formats, as the CLI and file names spell them.
#include "kg/export.hpp"

namespace kg {

std::string_view to_string(ExportFormat format) {
  switch (format) {
    case ExportFormat::json:
      return "json";
    case ExportFormat::graphml:
      return "graphml";
    case ExportFormat::gexf:
      return "gexf";
    case ExportFormat::cypher:
      return "cypher";
    case ExportFormat::neo4j_csv:
      return "neo4j-csv";
    case ExportFormat::dot:
      return "dot";
    case ExportFormat::html:
      return "html";
  }
  return "?";
}

std::optional<ExportFormat> parse_export_format(std::string_view text) {
  for (ExportFormat format : all_export_formats())
    if (text == to_string(format)) return format;
  return std::nullopt;
}

std::vector<ExportFormat> all_export_formats() {
  return {ExportFormat::graphml, ExportFormat::gexf, ExportFormat::cypher, ExportFormat::neo4j_csv,
          ExportFormat::json,    ExportFormat::dot,  ExportFormat::html};
}

std::string_view file_extension(ExportFormat format) {
  return format == ExportFormat::neo4j_csv ? std::string_view{} : to_string(format);
}

}  // namespace kg
