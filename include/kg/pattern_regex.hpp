// A pattern's regex, compiled by re2 once: by its extractor's prefilter at load, which hands
// its program over (src/rules/pattern_filter.cpp), or else the first time a match needs it.
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
  // One whose program re2 made already from `regex` with this pattern's options (its
  // extractor's prefilter compiles each pattern at load: src/rules/pattern_filter.cpp);
  // `owner` keeps `compiled` alive.
  PatternRegex(std::string regex, bool ignore_case, std::shared_ptr<const void> owner,
               const re2::RE2& compiled);
  ~PatternRegex();
  PatternRegex(const PatternRegex&) = delete;
  PatternRegex& operator=(const PatternRegex&) = delete;

  // The compiled regex: the one given, else compiled at the first call; the threads of a
  // build may ask at once. Check ok(): re2 may refuse a program too large.
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
  std::shared_ptr<const void> owner_;
  const re2::RE2* adopted_ = nullptr;
};

}  // namespace kg
