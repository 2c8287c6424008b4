// Work spread over threads with results in input order, so output does not depend on the
// number of threads.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <thread>

namespace kg {

// The number of hardware threads (at least 1): the default of `--jobs`.
unsigned default_jobs();

// Calls body(i) for every i in [0, count), on up to `jobs` threads (0: default_jobs()).
// body must only write to what index i owns. If calls throw, the exception of the lowest
// index is rethrown after every thread has finished.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& body);

// parallel_for on a thread of its own: the caller goes on with other work meanwhile (the
// serial work between two batches of extraction) and waits for it when it needs the results.
class BackgroundFor {
 public:
  BackgroundFor(std::size_t count, unsigned jobs, std::function<void(std::size_t)> body);
  // Waits; a failure nobody waited for is dropped (the caller is failing already).
  ~BackgroundFor();
  BackgroundFor(const BackgroundFor&) = delete;
  BackgroundFor& operator=(const BackgroundFor&) = delete;

  // Returns when every call is done; rethrows as parallel_for does.
  void wait();

 private:
  std::function<void(std::size_t)> body_;
  std::exception_ptr failure_;
  std::thread thread_;  // last: it starts once the members it uses exist
};

}  // namespace kg
