// The progress of long stages: what an observer hears from ProgressTask, and when.
#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "kg/progress.hpp"

namespace {

// Records what the observer hears; removes itself when the test ends.
struct Heard {
  std::mutex mutex;
  std::vector<kg::ProgressState> states;

  explicit Heard(std::chrono::milliseconds first_report) {
    kg::set_progress_observer(
        [this](const kg::ProgressState& state) {
          std::lock_guard lock(mutex);
          states.push_back(state);
        },
        first_report);
  }
  ~Heard() { kg::set_progress_observer({}); }

  std::vector<std::string> tasks() {
    std::lock_guard lock(mutex);
    std::vector<std::string> names;
    for (const auto& state : states)
      if (names.empty() || names.back() != state.task + (state.finished ? " end" : ""))
        names.push_back(state.task + (state.finished ? " end" : ""));
    return names;
  }
};

}  // namespace

TEST_CASE("progress: a stage shorter than the first delay is never heard of") {
  Heard heard(std::chrono::milliseconds(10'000));
  {
    kg::ProgressTask task("resolving");
    task.advance();
  }
  CHECK(heard.tasks().empty());
}

TEST_CASE("progress: every stage is heard with no delay, and its end wipes the line") {
  Heard heard(std::chrono::milliseconds(0));
  {
    kg::ProgressTask reading("reading", "", 0, 1000);
    reading.step("news.txt");
    reading.advance(0, 1000);
  }
  { kg::ProgressTask resolving("resolving"); }
  auto tasks = heard.tasks();
  CHECK(tasks == std::vector<std::string>{"reading", "reading end", "resolving", "resolving end"});
  std::lock_guard lock(heard.mutex);
  const kg::ProgressState& end = heard.states[tasks.size() == 4 ? 1 : 0];
  CHECK(end.finished);
  CHECK(end.bytes_done == 1000);
  CHECK(end.detail == "news.txt");
}

TEST_CASE("progress: a long stage is heard again while it runs, with its counts") {
  Heard heard(std::chrono::milliseconds(0));
  kg::ProgressTask task("betweenness", "nodes", 10);
  task.advance(4);
  // The task's own thread reports every 100 ms: wait for a report that saw the advance.
  auto saw_advance = [&] {
    std::lock_guard lock(heard.mutex);
    for (const auto& state : heard.states)
      if (state.done == 4 && state.total == 10 && !state.finished) return true;
    return false;
  };
  for (int i = 0; i < 500 && !saw_advance(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(saw_advance());
}

TEST_CASE("progress: of nested stages only the latest is drawn") {
  Heard heard(std::chrono::milliseconds(0));
  {
    kg::ProgressTask outer("exporting");
    {
      kg::ProgressTask inner("writing", "nodes", 10);
      inner.advance(4);
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
  }
  std::lock_guard lock(heard.mutex);
  std::vector<std::size_t> writing;
  for (std::size_t i = 0; i < heard.states.size(); ++i)
    if (heard.states[i].task == "writing") writing.push_back(i);
  REQUIRE(!writing.empty());
  // While the inner stage ran, the outer one drew nothing over it.
  for (std::size_t i = writing.front(); i <= writing.back(); ++i)
    CHECK(heard.states[i].task == "writing");
  CHECK(heard.states[writing.back()].finished);
  CHECK(heard.states.front().task == "exporting");
  CHECK(heard.states.back().task == "exporting");
  CHECK(heard.states.back().finished);
}
