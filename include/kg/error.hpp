// The one exception type that crosses module boundaries, and the CLI's exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace kg {

// Exit codes of the `kg` executable (documented in README.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothingFound = 1;  // a query found no path, no match
inline constexpr int kExitError = 2;         // bad input, bad rules, unknown or ambiguous name

// A failure the user must fix: a missing file, bad rules JSON, an invalid pattern.
// `what()` is the full one-line message "FILE:LINE:COLUMN: problem"; the parts stay
// available for callers that format differently.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& problem, std::string file = {}, int line = 0, int column = 0,
                 int exit_code = kExitError);

  const std::string& problem() const { return problem_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  int exit_code() const { return exit_code_; }

 private:
  std::string problem_;
  std::string file_;
  int line_;
  int column_;
  int exit_code_;
};

}  // namespace kg
