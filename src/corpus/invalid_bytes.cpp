#include "invalid_bytes.hpp"

#include <cstdio>

#include "encoding.hpp"

namespace kg::corpus_detail {
namespace {

// Line breaks in [from, to): LF, CRLF and a lone CR each end a line, as normalise_text reads.
int line_breaks(std::string_view source, std::size_t from, std::size_t to) {
  int breaks = 0;
  for (std::size_t k = from; k < to; ++k)
    if (source[k] == '\n' ||
        (source[k] == '\r' && (k + 1 >= source.size() || source[k + 1] != '\n')))
      ++breaks;
  return breaks;
}

std::size_t line_end(std::string_view source, std::size_t offset) {
  std::size_t end = source.find_first_of("\r\n", offset);
  return end == std::string_view::npos ? source.size() : end;
}

std::string describe(unsigned char byte) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(byte));
  if (byte == 0) return std::string("NUL byte (") + hex + ") replaced by U+FFFD";
  std::string text = std::string("invalid UTF-8 byte ") + hex;
  std::string character = windows_1252_character(byte);
  if (!character.empty()) text += " (\"" + character + "\" in Windows-1252)";
  return text + " replaced by U+FFFD";
}

}  // namespace

void report_invalid_bytes(const std::vector<std::size_t>& invalid, std::string_view source,
                          const std::string& source_name, std::vector<Diagnostic>& diagnostics,
                          int first_line) {
  std::size_t counted_to = 0;
  int line = first_line;
  bool hinted = false;
  for (std::size_t k = 0; k < invalid.size();) {
    std::size_t offset = invalid[k];
    line += line_breaks(source, counted_to, offset);
    counted_to = offset;
    std::size_t end = line_end(source, offset);
    std::size_t same_line = 0;
    while (k < invalid.size() && invalid[k] < end) ++k, ++same_line;
    auto byte = static_cast<unsigned char>(source[offset]);
    std::string text = describe(byte);
    if (same_line > 1) text += " (" + std::to_string(same_line) + " bytes on this line)";
    // Said once per file: a single-byte encoding is the usual cause, and iconv the cure.
    if (!hinted && byte >= 0x80) {
      text +=
          "; if the file is Windows-1252 or Latin-1, convert it first: iconv -f WINDOWS-1252 "
          "-t UTF-8 " +
          source_name + " > NEW-FILE";
      hinted = true;
    }
    diagnostics.push_back({source_name, line, std::move(text)});
  }
}

}  // namespace kg::corpus_detail
