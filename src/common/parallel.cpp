#include "kg/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kg {

unsigned default_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& body) {
  if (jobs == 0) jobs = default_jobs();
  std::size_t threads = std::min<std::size_t>(jobs, count);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::mutex failure_lock;
  std::size_t failed_at = count;
  std::exception_ptr failure;
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        body(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_lock);
        if (i < failed_at) {
          failed_at = i;
          failure = std::current_exception();
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

BackgroundFor::BackgroundFor(std::size_t count, unsigned jobs,
                             std::function<void(std::size_t)> body)
    : body_(std::move(body)), thread_([this, count, jobs] {
        try {
          parallel_for(count, jobs, body_);
        } catch (...) {
          failure_ = std::current_exception();
        }
      }) {}

BackgroundFor::~BackgroundFor() {
  if (thread_.joinable()) thread_.join();
}

void BackgroundFor::wait() {
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

}  // namespace kg
