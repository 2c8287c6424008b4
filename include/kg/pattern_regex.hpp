// A pattern's regex, compiled by re2 the first time a match needs its groups. Loading the rules
// proves every pattern through its extractor's RE2::Set (syntax, the empty text, its examples:
// src/rules/loader.cpp), so a build compiles only the patterns a sentence lets through: on a
// corpus of news items most patterns never match, and compiling them was a third of a build.
#pragma once

#include <memory>
#include <mutex>
#include <string>

namespace re2 {
class RE2;
}

namespace kg {

class PatternRegex {
 public:
  PatternRegex(std::string regex, bool ignore_case);
  ~PatternRegex();
  PatternRegex(const PatternRegex&) = delete;
  PatternRegex& operator=(const PatternRegex&) = delete;

  // The compiled regex, compiled at the first call; the threads of a build may ask at once.
  // Check ok(): re2 may refuse a program too large (its syntax was checked at load).
  const re2::RE2& compiled() const;
  const std::string& regex() const { return regex_; }
  bool ignore_case() const { return ignore_case_; }

 private:
  std::string regex_;
  bool ignore_case_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> compiled_;
};

}  // namespace kg
