// Work spread over threads with results in input order, so output does not depend on the
// number of threads.
#pragma once

#include <cstddef>
#include <functional>

namespace kg {

// The number of hardware threads (at least 1): the default of `--jobs`.
unsigned default_jobs();

// Calls body(i) for every i in [0, count), on up to `jobs` threads (0: default_jobs()).
// body must only write to what index i owns. If calls throw, the exception of the lowest
// index is rethrown after every thread has finished.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& body);

}  // namespace kg
