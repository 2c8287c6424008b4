// A pattern's regex, compiled by re2 the first time a match needs its groups. Loading the rules
// proves every pattern through its extractor's RE2::Set (syntax, the empty text, its examples:
// src/rules/loader.cpp), so a build compiles only the patterns a sentence lets through: on a
// corpus of news items most patterns never match, and compiling them was a third of a build.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace kg {

// Whether `regex` can tell one ASCII digit from another: a literal digit, or a character class
// that holds some of 0-9 but not all (src/rules/digit_blind.cpp). Read from the syntax and
// conservative: true also for syntax it does not read. A regex that cannot tell them apart
// matches a text as it matches the text with its digits changed, which its memo uses.
bool regex_tells_digits_apart(std::string_view regex);

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
  // !regex_tells_digits_apart(regex()).
  bool digit_blind() const { return digit_blind_; }

 private:
  std::string regex_;
  bool ignore_case_;
  bool digit_blind_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> compiled_;
};

}  // namespace kg
