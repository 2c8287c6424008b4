// Golden files for the tests: compare a text with a committed file; KG_UPDATE_GOLDEN=1
// rewrites the files instead (then review the diff before committing).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

namespace kg::test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline bool update_golden() {
  const char* flag = std::getenv("KG_UPDATE_GOLDEN");
  return flag != nullptr && std::string(flag) == "1";
}

inline void check_golden(const std::filesystem::path& path, const std::string& actual) {
  if (update_golden()) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
  }
  INFO("golden file " << path.string() << " (KG_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(std::filesystem::exists(path));
  CHECK(read_file(path) == actual);
}

}  // namespace kg::test
