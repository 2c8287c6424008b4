#include "kg/parallel.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kg {

namespace {
thread_local unsigned this_thread_slot = 0;
}  // namespace

unsigned worker_slot() {
  return this_thread_slot;
}

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
  WorkerPool pool(static_cast<unsigned>(threads));
  auto batch = pool.give(count, body);
  pool.wait(*batch);
}

class WorkerPool::Batch {
 public:
  Batch(std::size_t count, std::function<void(std::size_t)> body)
      : count(count), body(std::move(body)), failed_at(count) {}

  const std::size_t count;
  const std::function<void(std::size_t)> body;
  // Guarded by the pool's mutex.
  std::size_t next = 0;
  std::size_t done = 0;
  std::size_t failed_at;
  std::exception_ptr failure;
};

WorkerPool::WorkerPool(unsigned threads) {
  if (threads == 0) threads = default_jobs();
  const unsigned first_slot = this_thread_slot + 1;
  for (unsigned t = 0; t < threads; ++t)
    threads_.emplace_back([this, slot = first_slot + t] {
      this_thread_slot = slot;
      work();
    });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  work_given_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

std::shared_ptr<WorkerPool::Batch> WorkerPool::give(std::size_t count,
                                                    std::function<void(std::size_t)> body) {
  auto batch = std::make_shared<Batch>(count, std::move(body));
  if (count == 0) return batch;
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(batch);
  }
  work_given_.notify_all();
  return batch;
}

void WorkerPool::wait(Batch& batch) {
  std::unique_lock lock(mutex_);
  batch_done_.wait(lock, [&] { return batch.done == batch.count; });
  if (batch.failure) std::rethrow_exception(std::exchange(batch.failure, nullptr));
}

void WorkerPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    work_given_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;
    std::shared_ptr<Batch> batch = queue_.front();
    const std::size_t i = batch->next++;
    if (batch->next == batch->count) queue_.pop_front();
    lock.unlock();
    std::exception_ptr failure;
    try {
      batch->body(i);
    } catch (...) {
      failure = std::current_exception();
    }
    lock.lock();
    if (failure && i < batch->failed_at) {
      batch->failed_at = i;
      batch->failure = failure;
    }
    if (++batch->done == batch->count) batch_done_.notify_all();
  }
}

}  // namespace kg
