// How far a long run is (extraction, betweenness), for whoever shows it: the CLI draws a line
// on a terminal; the library itself never prints. One observer per process, none by default.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace kg {

struct ProgressState {
  std::string task;     // "extracting", "betweenness"
  std::string unit;     // "items", "nodes"
  unsigned passes = 1;  // the units are gone through this many times; done/total count them all
  std::size_t done = 0;
  std::size_t total = 0;
  std::uint64_t bytes_done = 0;  // 0 when the task reads no text
  std::uint64_t bytes_total = 0;
  double seconds = 0;  // since the task started
  bool finished = false;
};

using ProgressObserver = std::function<void(const ProgressState&)>;
// Installs the observer (an empty one removes it). Not meant to change while a task runs.
void set_progress_observer(ProgressObserver observer);

// One long step of a run. advance() may be called from several threads at once. The
// observer hears of it at most every 100 ms, and only once the task has run for a quarter of
// a second (a short run shows nothing); it hears `finished` when the task ends.
class ProgressTask {
 public:
  ProgressTask(std::string task, std::string unit, std::size_t total, std::uint64_t bytes_total = 0,
               unsigned passes = 1);
  ~ProgressTask();
  ProgressTask(const ProgressTask&) = delete;
  ProgressTask& operator=(const ProgressTask&) = delete;

  void advance(std::size_t units = 1, std::uint64_t bytes = 0);

 private:
  using Clock = std::chrono::steady_clock;
  ProgressState snapshot() const;

  ProgressState base_;
  Clock::time_point start_;
  std::atomic<std::size_t> done_{0};
  std::atomic<std::uint64_t> bytes_done_{0};
  std::atomic<std::int64_t> next_report_ns_;
  std::mutex report_;
  bool reported_ = false;
};

}  // namespace kg
