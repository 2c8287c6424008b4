// Output files that are either complete or absent: never half-written.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace kg {

// Writes through `write` into a temporary file beside `path`, then renames it over `path`.
// If `write` throws, the temporary file is removed and `path` is left as it was.
// `path` "-" writes to standard output.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
