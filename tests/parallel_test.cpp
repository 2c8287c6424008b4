// parallel_for and WorkerPool: every index once, results where their index says, the first
// failure wins.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
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

TEST_CASE("WorkerPool runs batches beside the caller, in order, and rethrows when waited for") {
  kg::WorkerPool pool(2);
  std::vector<int> first(1000, 0);
  std::vector<int> second(500, 0);
  auto one = pool.give(first.size(), [&](std::size_t i) { first[i] = static_cast<int>(i); });
  auto two = pool.give(second.size(), [&](std::size_t i) { second[i] = static_cast<int>(i) + 1; });
  pool.wait(*one);
  pool.wait(*two);
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(first[i] == static_cast<int>(i));
  for (std::size_t i = 0; i < second.size(); ++i) CHECK(second[i] == static_cast<int>(i) + 1);
  auto none = pool.give(0, [](std::size_t) { throw std::runtime_error("never called"); });
  pool.wait(*none);  // returns at once

  std::string message;
  auto failing = pool.give(100, [](std::size_t i) {
    if (i == 40 || i == 70) throw std::runtime_error("item " + std::to_string(i));
  });
  try {
    pool.wait(*failing);
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  CHECK(message == "item 40");
}

TEST_CASE("WorkerPool threads take slots above the caller's, the same for every batch") {
  CHECK(kg::worker_slot() == 0);
  kg::WorkerPool pool(3);
  for (int round = 0; round < 2; ++round) {
    std::vector<unsigned> slots(300, 0);
    auto batch = pool.give(slots.size(), [&](std::size_t i) { slots[i] = kg::worker_slot(); });
    pool.wait(*batch);
    for (unsigned slot : slots) CHECK((slot >= 1 && slot <= 3));
  }
  CHECK(kg::worker_slot() == 0);
}

TEST_CASE("A WorkerPool destroyed with work not waited for drops what has not started") {
  std::atomic<int> started{0};
  {
    kg::WorkerPool pool(1);
    pool.give(1000, [&](std::size_t) {
      ++started;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
  }
  CHECK(started.load() < 1000);
}
