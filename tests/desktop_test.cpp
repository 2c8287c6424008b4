// Finding the desktop's opener, running it, and the temporary page file of `kg view`.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <doctest/doctest.h>

#include "kg/desktop.hpp"
#include "kg/error.hpp"

namespace {

namespace fs = std::filesystem;

// An environment of the given variables only.
kg::EnvironmentLookup environment(std::map<std::string, std::string> variables) {
  auto values = std::make_shared<std::map<std::string, std::string>>(std::move(variables));
  return [values](const char* name) -> const char* {
    auto it = values->find(name);
    return it == values->end() ? nullptr : it->second.c_str();
  };
}

// A folder holding an executable script named xdg-open.
struct FakeOpener {
  fs::path folder;
  explicit FakeOpener(const std::string& body) {
    folder = fs::temp_directory_path() / ("kg-desktop-test-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    std::ofstream(folder / "xdg-open") << "#!/bin/sh\n" << body << "\n";
    fs::permissions(folder / "xdg-open", fs::perms::owner_all);
  }
  ~FakeOpener() {
    std::error_code ignored;
    fs::remove_all(folder, ignored);
  }
};

}  // namespace

TEST_CASE("an opener needs a display and xdg-open on the PATH") {
  FakeOpener fake("exit 0");
  std::string path = "/nonexistent:" + fake.folder.string();
  std::string opener = (fake.folder / "xdg-open").string();
  CHECK_FALSE(kg::find_opener(environment({{"PATH", path}})));
  CHECK_FALSE(kg::find_opener(environment({{"PATH", path}, {"DISPLAY", ""}})));
  CHECK(kg::find_opener(environment({{"PATH", path}, {"DISPLAY", ":0"}})) == opener);
  CHECK(kg::find_opener(environment({{"PATH", path}, {"WAYLAND_DISPLAY", "wayland-0"}})) == opener);
  CHECK_FALSE(kg::find_opener(environment({{"PATH", "/nonexistent"}, {"DISPLAY", ":0"}})));
  CHECK_FALSE(kg::find_opener(environment({{"DISPLAY", ":0"}})));
}

TEST_CASE("the opener gets the file name as one argument, and its failure is an error") {
  FakeOpener fake("printf '%s' \"$1\" > \"$(dirname \"$0\")/got\"; [ $# -eq 1 ]");
  std::string opener = (fake.folder / "xdg-open").string();
  std::string file = "/tmp/a page; with $(spaces) 'and' \"quotes\".html";
  kg::open_with(opener, file);
  std::ifstream got(fake.folder / "got");
  std::string text((std::istreambuf_iterator<char>(got)), std::istreambuf_iterator<char>());
  CHECK(text == file);

  FakeOpener failing("exit 4");
  CHECK_THROWS_WITH_AS(kg::open_with((failing.folder / "xdg-open").string(), "/tmp/p.html"),
                       doctest::Contains("failed (exit 4)"), kg::Error);
  CHECK_THROWS_AS(kg::open_with("/nonexistent/xdg-open", "/tmp/p.html"), kg::Error);
}

TEST_CASE("temporary files are new and distinct") {
  std::string a = kg::make_temporary_file("kg-test", ".html");
  std::string b = kg::make_temporary_file("kg-test", ".html");
  CHECK(a != b);
  CHECK(fs::exists(a));
  CHECK(fs::path(a).extension() == ".html");
  CHECK(fs::path(a).filename().string().rfind("kg-test-", 0) == 0);
  fs::remove(a);
  fs::remove(b);
}
