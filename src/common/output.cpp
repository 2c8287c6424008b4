#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "kg/error.hpp"
#include "kg/output.hpp"

namespace kg {
namespace fs = std::filesystem;

void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    return;
  }
  fs::path target(path);
  if (target.has_parent_path() && !fs::is_directory(target.parent_path()))
    throw Error("output folder does not exist", target.parent_path().string());
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid());
  try {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write file", temp.string());
    write(out);
    out.flush();
    if (!out) throw Error("write failed (disk full?)", temp.string());
    out.close();
    fs::rename(temp, target);
  } catch (...) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw;
  }
}

}  // namespace kg
