#include "kg/pattern_regex.hpp"

#include <re2/re2.h>

namespace kg {

PatternRegex::PatternRegex(std::string regex, bool ignore_case)
    : regex_(std::move(regex)),
      ignore_case_(ignore_case),
      digit_blind_(!regex_tells_digits_apart(regex_)) {}

PatternRegex::~PatternRegex() = default;

const re2::RE2& PatternRegex::compiled() const {
  std::call_once(once_, [this] {
    RE2::Options options;
    options.set_log_errors(false);
    if (ignore_case_) options.set_case_sensitive(false);
    compiled_ = std::make_unique<re2::RE2>(regex_, options);
  });
  return *compiled_;
}

}  // namespace kg
