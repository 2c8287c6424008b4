// parallel_for: every index once, results where their index says, the first failure wins.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "kg/parallel.hpp"

TEST_CASE("parallel_for runs every index once, on any number of threads") {
  for (unsigned jobs : {1u, 2u, 3u, 8u, 0u}) {
    CAPTURE(jobs);
    std::vector<int> calls(1000, 0);
    kg::parallel_for(calls.size(), jobs, [&](std::size_t i) { calls[i] += static_cast<int>(i); });
    for (std::size_t i = 0; i < calls.size(); ++i) CHECK(calls[i] == static_cast<int>(i));
  }
  std::atomic<int> none{0};
  kg::parallel_for(0, 4, [&](std::size_t) { ++none; });
  CHECK(none == 0);
  CHECK(kg::default_jobs() >= 1);
}

TEST_CASE("parallel_for rethrows the failure of the lowest index") {
  for (unsigned jobs : {1u, 4u}) {
    CAPTURE(jobs);
    std::string message;
    try {
      kg::parallel_for(100, jobs, [](std::size_t i) {
        if (i == 17 || i == 60 || i == 99) throw std::runtime_error("item " + std::to_string(i));
      });
    } catch (const std::runtime_error& e) {
      message = e.what();
    }
    CHECK(message == "item 17");
  }
}

TEST_CASE("BackgroundFor runs beside the caller and rethrows when waited for") {
  std::vector<int> calls(1000, 0);
  kg::BackgroundFor work(calls.size(), 2, [&](std::size_t i) { calls[i] = static_cast<int>(i); });
  work.wait();
  for (std::size_t i = 0; i < calls.size(); ++i) CHECK(calls[i] == static_cast<int>(i));
  std::string message;
  kg::BackgroundFor failing(100, 3, [](std::size_t i) {
    if (i == 40 || i == 70) throw std::runtime_error("item " + std::to_string(i));
  });
  try {
    failing.wait();
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  CHECK(message == "item 40");
  // Never waited for: the destructor still waits, and drops the failure.
  {
    kg::BackgroundFor dropped(10, 2, [](std::size_t) { throw std::runtime_error("x"); });
  }
}
