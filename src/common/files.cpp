#include "kg/files.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kg/error.hpp"
#include "kg/output.hpp"

namespace kg {
namespace fs = std::filesystem;

std::string unreadable_because(const std::string& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec) return ec.message();
  if (fs::is_regular_file(status))  // permissions stop everyone but root
    return ::access(path.c_str(), R_OK) == 0 ? "" : std::strerror(errno);
  return fs::is_directory(status) ? "a folder" : "not a regular file";
}

std::string read_head(const std::string& path, std::size_t bytes) {
  if (!unreadable_because(path).empty()) return {};
  std::ifstream in(path, std::ios::binary);
  std::string head(bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

std::string read_file(const std::string& path, std::string_view what) {
  const std::string cannot = "cannot read " + std::string(what);
  if (std::string why = unreadable_because(path); !why.empty())
    throw Error(cannot + " (" + why + ")", path);
  remember_input(path);
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Error(cannot + " (" + std::strerror(errno) + ")", path);
  // One read of the size the file has (a saved graph can be large), then whatever it grew by
  // or a size the system does not report (files under /proc say 0).
  std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in) {
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0)
      bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw Error(cannot, path);
  return bytes;
}

MappedFile::MappedFile(const std::string& path, std::string_view what) {
  if (std::string why = unreadable_because(path); !why.empty())
    throw Error("cannot read " + std::string(what) + " (" + why + ")", path);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat status {};
  if (fd >= 0 && ::fstat(fd, &status) == 0 && status.st_size > 0) {
    // MAP_POPULATE: the pages come in one go rather than one fault at a time.
    void* at = ::mmap(nullptr, static_cast<std::size_t>(status.st_size), PROT_READ,
                      MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (at != MAP_FAILED) {
      mapped_ = static_cast<const char*>(at);
      size_ = static_cast<std::size_t>(status.st_size);
    }
  }
  if (fd >= 0) ::close(fd);
  if (mapped_ != nullptr) {
    remember_input(path);
  } else {
    read_ = read_file(path, what);
  }
}

MappedFile::~MappedFile() {
  if (mapped_ != nullptr) ::munmap(const_cast<char*>(mapped_), size_);
}

}  // namespace kg
