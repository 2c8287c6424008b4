#include "kg/progress.hpp"

#include <algorithm>

namespace kg {
namespace {

ProgressObserver& observer() {
  static ProgressObserver installed;
  return installed;
}

// The latest task alive: the one whose line is drawn. Tasks nest (a stage inside a command's
// task) and end in reverse order.
std::mutex g_latest_mutex;
ProgressTask* g_latest = nullptr;

std::chrono::milliseconds g_first_report{250};
constexpr auto kReportEvery = std::chrono::milliseconds(100);

}  // namespace

void set_progress_observer(ProgressObserver observer_to_use,
                           std::chrono::milliseconds first_report) {
  observer() = std::move(observer_to_use);
  g_first_report = first_report;
}

ProgressTask::ProgressTask(std::string task, std::string unit, std::size_t total,
                           std::uint64_t bytes_total, unsigned passes)
    : start_(Clock::now()) {
  base_.task = std::move(task);
  base_.unit = std::move(unit);
  base_.total = total;
  base_.bytes_total = bytes_total;
  base_.passes = passes == 0 ? 1 : passes;
  {
    std::lock_guard lock(g_latest_mutex);
    outer_ = g_latest;
    g_latest = this;
  }
  // No observer (not a terminal, --quiet, a library user): no thread either.
  if (!observer()) return;
  if (g_first_report.count() <= 0) {
    reported_ = true;
    observer()(snapshot());
  }
  reporter_ = std::thread([this] { report_until_stopped(); });
}

ProgressTask::~ProgressTask() {
  if (reporter_.joinable()) {
    {
      std::lock_guard lock(stop_mutex_);
      stopping_ = true;
    }
    stop_signal_.notify_one();
    reporter_.join();
  }
  {
    std::lock_guard lock(g_latest_mutex);
    if (g_latest == this) g_latest = outer_;
  }
  if (!observer() || !reported_) return;  // nothing drawn, nothing to clear
  ProgressState last = snapshot();
  last.finished = true;
  observer()(last);
}

void ProgressTask::report_until_stopped() {
  std::unique_lock lock(stop_mutex_);
  auto due = start_ + std::max(g_first_report, kReportEvery);
  while (!stop_signal_.wait_until(lock, due, [this] { return stopping_; })) {
    due = Clock::now() + kReportEvery;
    if (!is_latest()) continue;
    reported_ = true;
    observer()(snapshot());
  }
}

bool ProgressTask::is_latest() const {
  std::lock_guard lock(g_latest_mutex);
  return g_latest == this;
}

ProgressState ProgressTask::snapshot() const {
  ProgressState state = base_;
  state.done = done_.load();
  state.bytes_done = bytes_done_.load();
  state.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  std::lock_guard lock(detail_mutex_);
  state.detail = detail_;
  return state;
}

void ProgressTask::advance(std::size_t units, std::uint64_t bytes) {
  done_.fetch_add(units, std::memory_order_relaxed);
  bytes_done_.fetch_add(bytes, std::memory_order_relaxed);
}

void ProgressTask::step(std::string detail) {
  std::lock_guard lock(detail_mutex_);
  detail_ = std::move(detail);
}

}  // namespace kg
