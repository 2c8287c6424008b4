// The progress line of a long run, as `kg` draws it on a terminal's standard error.
#include <algorithm>
#include <cstdio>
#include <vector>

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

std::string megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / 1e6);
  return text;
}

// "5,000/20,000 items" (and the pass, when the units are gone through more than once).
std::string units_done(const ProgressState& state) {
  std::string text;
  std::size_t per_pass = state.passes > 1 ? state.total / state.passes : state.total;
  std::size_t done = state.done;
  if (state.passes > 1 && per_pass > 0) {
    std::size_t pass = std::min<std::size_t>(state.done / per_pass, state.passes - 1);
    done = state.done - pass * per_pass;
    text += "pass " + std::to_string(pass + 1) + " of " + std::to_string(state.passes) + ", ";
  }
  return text + grouped(done) + "/" + grouped(per_pass) + " " + state.unit;
}

}  // namespace

std::string format_progress(const ProgressState& state) {
  std::vector<std::string> parts;
  if (!state.detail.empty()) parts.push_back(state.detail);
  if (state.total > 0) {
    parts.push_back(units_done(state));
  } else if (state.bytes_total > 0) {
    parts.push_back(megabytes(state.bytes_done) + "/" + megabytes(state.bytes_total) + " MB");
  } else if (state.bytes_done > 0) {
    parts.push_back(megabytes(state.bytes_done) + " MB");
  }
  if (state.seconds > 0) {
    // Rate and time left from the bytes when the task reads or writes text (items differ in
    // length), else from the units; before the first is done, or when the task counts
    // neither, how long it has run.
    bool by_bytes = state.bytes_done > 0 || state.bytes_total > 0;
    double rate = by_bytes ? static_cast<double>(state.bytes_done) / state.seconds
                           : static_cast<double>(state.done) / state.seconds;
    if (state.bytes_done > 0) {
      char mb[32];
      std::snprintf(mb, sizeof mb, "%.1f MB/s", rate / 1e6);
      parts.push_back(mb);
    }
    auto remaining = [](std::uint64_t total, std::uint64_t done) {
      return static_cast<double>(total > done ? total - done : 0);
    };
    double left = state.bytes_total > 0 ? remaining(state.bytes_total, state.bytes_done)
                                        : remaining(state.total, state.done);
    bool knows_total = state.bytes_total > 0 || state.total > 0;
    parts.push_back(knows_total && rate > 0 ? clock_time(left / rate) + " left"
                                            : clock_time(state.seconds));
  }
  std::string line = state.task;
  for (std::size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? ": " : ", ") + parts[i];
  return line;
}

}  // namespace kg::render
