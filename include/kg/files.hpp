// Reading input files: the one whole-file reader of every stage.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Why `path` cannot be read as a regular file ("No such file or directory", "a folder",
// "not a regular file"), or "" when it can. A FIFO or a device is refused: kg reads its
// inputs more than once (format sniffing) and never waits on one.
std::string unreadable_because(const std::string& path);

// The whole content of the regular file `path`, byte for byte. The path is remembered as an
// input (kg/output.hpp), so that no output of the run replaces it. Throws kg::Error
// "cannot read WHAT (why)" at `path`; `what` names the file for the user ("group file").
std::string read_file(const std::string& path, std::string_view what = "file");

}  // namespace kg
