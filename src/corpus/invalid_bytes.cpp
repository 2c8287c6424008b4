#include "invalid_bytes.hpp"

#include <algorithm>
#include <cstdio>

namespace kg::corpus_detail {

void report_invalid_bytes(const std::vector<std::size_t>& invalid, std::string_view source,
                          const std::string& source_name, std::vector<Diagnostic>& diagnostics,
                          int first_line) {
  std::size_t counted_to = 0;
  int line = first_line;
  for (std::size_t k = 0; k < invalid.size();) {
    std::size_t offset = invalid[k];
    line +=
        static_cast<int>(std::count(source.begin() + static_cast<std::ptrdiff_t>(counted_to),
                                    source.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    counted_to = offset;
    std::size_t line_end = source.find('\n', offset);
    std::size_t same_line = 0;
    while (k < invalid.size() && invalid[k] < line_end) ++k, ++same_line;
    char message[96];
    std::snprintf(message, sizeof message, "invalid UTF-8 byte 0x%02X replaced by U+FFFD",
                  static_cast<unsigned>(static_cast<unsigned char>(source[offset])));
    std::string text = message;
    if (same_line > 1) text += " (" + std::to_string(same_line) + " bytes on this line)";
    diagnostics.push_back({source_name, line, std::move(text)});
  }
}

}  // namespace kg::corpus_detail
