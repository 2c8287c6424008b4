// How far a long run is (reading, extraction, resolution, assembly, writing, loading,
// betweenness), for whoever shows it: the CLI draws a line on a terminal; the library itself
// never prints. One observer per process, none by default.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kg {

struct ProgressState {
  std::string task;     // "extracting", "resolving", "writing"
  std::string detail;   // what the task is at: a file, a step ("merging people"); may be ""
  std::string unit;     // "items", "nodes"; "" when the task counts no units
  unsigned passes = 1;  // the units are gone through this many times; done/total count them all
  std::size_t done = 0;
  std::size_t total = 0;          // 0: the task does not know how many units it has
  std::uint64_t bytes_done = 0;   // 0 when the task reads or writes no text
  std::uint64_t bytes_total = 0;  // 0: unknown (written output)
  double seconds = 0;             // since the task started
  bool finished = false;
};

using ProgressObserver = std::function<void(const ProgressState&)>;
// Installs the observer (an empty one removes it) and how long a task runs before the
// observer first hears of it (0: at once, from the task's constructor, so that every stage is
// seen). Not meant to change while a task runs.
void set_progress_observer(ProgressObserver observer,
                           std::chrono::milliseconds first_report = std::chrono::milliseconds(250));

// One long stage of a run. A task with no units and no bytes is a stage label: the observer
// still hears how long it has run. advance() and step() may be called from several threads
// at once. While an observer is installed, a task reports to it from a thread of its own every
// 100 ms once it has run for the observer's first delay (a short stage shows nothing), and
// `finished` when it ends. Of tasks alive at once, only the latest reports.
class ProgressTask {
 public:
  ProgressTask(std::string task, std::string unit = "", std::size_t total = 0,
               std::uint64_t bytes_total = 0, unsigned passes = 1);
  ~ProgressTask();
  ProgressTask(const ProgressTask&) = delete;
  ProgressTask& operator=(const ProgressTask&) = delete;

  void advance(std::size_t units = 1, std::uint64_t bytes = 0);
  // What the task is at now ("merging people", a file name).
  void step(std::string detail);

 private:
  using Clock = std::chrono::steady_clock;
  ProgressState snapshot() const;
  bool is_latest() const;
  void report_until_stopped();

  ProgressState base_;
  Clock::time_point start_;
  std::atomic<std::size_t> done_{0};
  std::atomic<std::uint64_t> bytes_done_{0};
  mutable std::mutex detail_mutex_;
  std::string detail_;
  ProgressTask* outer_ = nullptr;  // the task that was latest before this one
  std::mutex stop_mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  bool reported_ = false;
  std::thread reporter_;
};

}  // namespace kg
