// Reading input files: the one whole-file reader of every stage.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Why `path` cannot be read as a regular file ("No such file or directory", "a folder",
// "not a regular file"), or "" when it can. A FIFO or a device is refused: kg reads its
// inputs more than once (format sniffing) and never waits on one.
std::string unreadable_because(const std::string& path);

// The whole content of the regular file `path`, byte for byte. The path is remembered as an
// input (kg/output.hpp), so that no output of the run replaces it. Throws kg::Error
// "cannot read WHAT (why)" at `path`; `what` names the file for the user ("group file").
std::string read_file(const std::string& path, std::string_view what = "file");

// The first `bytes` bytes of the regular file `path` (fewer when it is shorter), to tell its
// format; "" when it cannot be read (the reader that reads it whole says why). Never waits
// on a FIFO or a device.
std::string read_head(const std::string& path, std::size_t bytes);

// The content of the regular file `path` as read_file gives it, mapped into memory read-only
// rather than copied: a saved graph of hundreds of MB is decoded straight from the page
// cache. A file the system cannot map (empty, or under /proc) is read instead. Same errors
// as read_file.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path, std::string_view what = "file");
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return mapped_ ? std::string_view(mapped_, size_) : read_; }

 private:
  const char* mapped_ = nullptr;
  std::size_t size_ = 0;
  std::string read_;  // when not mapped
};

}  // namespace kg
