// Work spread over threads with results in input order, so output does not depend on the
// number of threads.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace kg {

// The number of hardware threads (at least 1): the default of `--jobs`.
unsigned default_jobs();

// The slot of the calling thread among the threads of a build: 0 on a thread kg did not
// start; a thread of a WorkerPool (parallel_for runs on one) takes a slot above its starter's,
// the same slots batch after batch. What threads share can keep one part per slot
// (TextMemo) and not wait for each other.
unsigned worker_slot();

// Calls body(i) for every i in [0, count), on up to `jobs` threads (0: default_jobs()).
// body must only write to what index i owns. If calls throw, the exception of the lowest
// index is rethrown after every thread has finished.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& body);

// Threads that live as long as the pool and run the calls of every batch given to them, in
// the order given. A batch's last calls and the next batch's first run side by side, and no
// thread is started per batch: with a thread started per batch of 512 items and the cores
// waiting for each batch's last item, `--jobs 2` extracted only 1.25x as fast as one job.
class WorkerPool {
 public:
  class Batch;

  // `threads` threads (0: default_jobs()), beside the caller, which goes on with other work.
  explicit WorkerPool(unsigned threads);
  // Drops the calls not yet started (the caller waited for every batch, or is failing) and
  // waits for the running ones.
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Gives body(i) for every i in [0, count) to the threads and returns at once. body must
  // only write to what index i owns, and must outlive the batch's wait().
  std::shared_ptr<Batch> give(std::size_t count, std::function<void(std::size_t)> body);
  // Returns when every call of `batch` is done. If calls threw, rethrows the exception of the
  // lowest index.
  void wait(Batch& batch);

 private:
  void work();

  std::mutex mutex_;
  std::condition_variable work_given_;
  std::condition_variable batch_done_;
  std::deque<std::shared_ptr<Batch>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: they start once the members they use exist
};

}  // namespace kg
