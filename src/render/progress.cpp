// The progress line of a long run, as `kg` draws it on a terminal's standard error.
#include <cstdio>

#include "kg/render.hpp"

namespace kg::render {
namespace {

// 20000 -> "20,000": counts of items are read at a glance.
std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string clock_time(double seconds) {
  auto whole = static_cast<long long>(seconds + 0.5);
  char text[32];
  if (whole >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", whole / 3600, whole / 60 % 60,
                  whole % 60);
  else
    std::snprintf(text, sizeof text, "%lld:%02lld", whole / 60, whole % 60);
  return text;
}

}  // namespace

std::string format_progress(const ProgressState& state) {
  std::string line = state.task + ":";
  std::size_t per_pass = state.passes > 1 ? state.total / state.passes : state.total;
  std::size_t done = state.done;
  if (state.passes > 1 && per_pass > 0) {
    std::size_t pass = std::min<std::size_t>(state.done / per_pass, state.passes - 1);
    done = state.done - pass * per_pass;
    line += " pass " + std::to_string(pass + 1) + " of " + std::to_string(state.passes) + ",";
  }
  line += " " + grouped(done) + "/" + grouped(per_pass) + " " + state.unit;
  if (state.seconds <= 0) return line;
  // Time left from the bytes read when the task reads text (items differ in length).
  double rate = state.bytes_total > 0 ? static_cast<double>(state.bytes_done) / state.seconds
                                      : static_cast<double>(state.done) / state.seconds;
  if (state.bytes_total > 0) {
    char mb[32];
    std::snprintf(mb, sizeof mb, ", %.1f MB/s", rate / 1e6);
    line += mb;
  }
  double left = state.bytes_total > 0 ? static_cast<double>(state.bytes_total - state.bytes_done)
                                      : static_cast<double>(state.total - state.done);
  if (rate > 0) line += ", " + clock_time(left / rate) + " left";
  return line;
}

}  // namespace kg::render
