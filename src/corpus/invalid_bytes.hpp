// Diagnostics for bytes that were not UTF-8: one per line, not one per byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/corpus.hpp"

namespace kg::corpus_detail {

// `invalid` holds ascending offsets into `source`; `first_line` is the line number of
// `source`'s first byte (JSON Lines report within one line of a bigger file).
void report_invalid_bytes(const std::vector<std::size_t>& invalid, std::string_view source,
                          const std::string& source_name, std::vector<Diagnostic>& diagnostics,
                          int first_line = 1);

}  // namespace kg::corpus_detail
