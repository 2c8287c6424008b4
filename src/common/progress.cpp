#include "kg/progress.hpp"

namespace kg {
namespace {

ProgressObserver& observer() {
  static ProgressObserver installed;
  return installed;
}

constexpr std::int64_t kFirstReportNs = 250'000'000;
constexpr std::int64_t kReportEveryNs = 100'000'000;

}  // namespace

void set_progress_observer(ProgressObserver observer_to_use) {
  observer() = std::move(observer_to_use);
}

ProgressTask::ProgressTask(std::string task, std::string unit, std::size_t total,
                           std::uint64_t bytes_total, unsigned passes)
    : start_(Clock::now()), next_report_ns_(kFirstReportNs) {
  base_.task = std::move(task);
  base_.unit = std::move(unit);
  base_.total = total;
  base_.bytes_total = bytes_total;
  base_.passes = passes == 0 ? 1 : passes;
}

ProgressTask::~ProgressTask() {
  if (!observer() || !reported_) return;  // nothing drawn, nothing to clear
  ProgressState last = snapshot();
  last.finished = true;
  std::lock_guard<std::mutex> lock(report_);
  observer()(last);
}

ProgressState ProgressTask::snapshot() const {
  ProgressState state = base_;
  state.done = done_.load();
  state.bytes_done = bytes_done_.load();
  state.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  return state;
}

void ProgressTask::advance(std::size_t units, std::uint64_t bytes) {
  done_ += units;
  bytes_done_ += bytes;
  if (!observer()) return;
  std::int64_t now_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start_).count();
  std::int64_t due = next_report_ns_.load();
  if (now_ns < due || !next_report_ns_.compare_exchange_strong(due, now_ns + kReportEveryNs))
    return;  // not yet, or another thread reports this time
  std::unique_lock<std::mutex> lock(report_, std::try_to_lock);
  if (!lock.owns_lock()) return;
  reported_ = true;
  observer()(snapshot());
}

}  // namespace kg
