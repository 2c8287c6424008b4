// The one whole-file reader (kg/files.hpp).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "kg/error.hpp"
#include "kg/files.hpp"

namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path = fs::temp_directory_path() / ("kg-files-test-" + std::to_string(::getpid()));
  Folder() { fs::create_directories(path); }
  ~Folder() { fs::remove_all(path); }
};

std::string problem_of(const std::string& path, std::string_view what) {
  try {
    kg::read_file(path, what);
  } catch (const kg::Error& e) {
    CHECK(e.file() == path);
    return e.problem();
  }
  return "";
}

}  // namespace

TEST_CASE("files.read_file returns every byte, NULs and invalid UTF-8 included") {
  Folder folder;
  std::string bytes("a\0b\xFF\r\n", 6);
  bytes += std::string(200000, 'x');  // larger than one chunk of the reader
  std::string path = (folder.path / "data.bin").string();
  std::ofstream(path, std::ios::binary) << bytes;
  CHECK(kg::read_file(path) == bytes);
  std::ofstream(path, std::ios::binary | std::ios::trunc);
  CHECK(kg::read_file(path).empty());
}

TEST_CASE("files.read_file says what cannot be read and why") {
  Folder folder;
  CHECK(problem_of((folder.path / "missing.json").string(), "group file") ==
        "cannot read group file (No such file or directory)");
  CHECK(problem_of(folder.path.string(), "file") == "cannot read file (a folder)");
  CHECK(problem_of("/dev/null", "corrections file") ==
        "cannot read corrections file (not a regular file)");
  CHECK(kg::unreadable_because(folder.path.string()) == "a folder");
}

TEST_CASE("files.read_head reads the first bytes of a file, nothing of what is no file") {
  Folder folder;
  std::string path = (folder.path / "head.txt").string();
  std::ofstream(path, std::ios::binary) << std::string("{\"nodes\": []}") + std::string(9000, ' ');
  CHECK(kg::read_head(path, 8) == "{\"nodes\"");
  CHECK(kg::read_head(path, 100000).size() == 13 + 9000);
  CHECK(kg::read_head((folder.path / "missing").string(), 8).empty());
  CHECK(kg::read_head(folder.path.string(), 8).empty());
  CHECK(kg::read_head("/dev/zero", 8).empty());  // a device is never read
}
