#include "kg/pattern_regex.hpp"

#include <cassert>

#include <re2/re2.h>

namespace kg {

PatternRegex::PatternRegex(std::string regex, bool ignore_case)
    : regex_(std::move(regex)),
      ignore_case_(ignore_case),
      digit_blind_(!regex_tells_digits_apart(regex_)) {}

PatternRegex::~PatternRegex() = default;

PatternRegex::PatternRegex(std::string regex, bool ignore_case, std::shared_ptr<const void> owner,
                           const re2::RE2& compiled)
    : PatternRegex(std::move(regex), ignore_case) {
  assert(compiled.pattern() == regex_ && compiled.options().case_sensitive() == !ignore_case_ &&
         compiled.options().max_mem() == RE2::Options().max_mem());
  owner_ = std::move(owner);
  adopted_ = &compiled;
}

const re2::RE2& PatternRegex::compiled() const {
  if (adopted_ != nullptr) return *adopted_;
  std::call_once(once_, [this] {
    RE2::Options options;
    options.set_log_errors(false);
    if (ignore_case_) options.set_case_sensitive(false);
    compiled_ = std::make_unique<re2::RE2>(regex_, options);
  });
  return *compiled_;
}

}  // namespace kg
