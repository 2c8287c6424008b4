#include "kg/error.hpp"

namespace kg {
namespace {

std::string format_message(const std::string& problem, const std::string& file, int line,
                           int column) {
  std::string out;
  if (!file.empty()) {
    out += file;
    // append() rather than operator+: g++ 12 -O2 reports a false -Wrestrict on the latter.
    if (line > 0) out.append(":").append(std::to_string(line));
    if (line > 0 && column > 0) out.append(":").append(std::to_string(column));
    out.append(": ");
  }
  return out + problem;
}

}  // namespace

Error::Error(const std::string& problem, std::string file, int line, int column, int exit_code)
    : std::runtime_error(format_message(problem, file, line, column)),
      problem_(problem),
      file_(std::move(file)),
      line_(line),
      column_(column),
      exit_code_(exit_code) {}

}  // namespace kg
