#include "kg/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "fd_stream.hpp"
#include "kg/error.hpp"
#include "temp_files.hpp"

namespace kg {
namespace fs = std::filesystem;
namespace {

struct FileId {
  dev_t device;
  ino_t inode;
};
std::mutex g_inputs_mutex;
std::vector<FileId> g_inputs;

std::string reason(int error) {
  return std::strerror(error);
}

void check_not_an_input(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return;
  std::lock_guard lock(g_inputs_mutex);
  for (const FileId& input : g_inputs)
    if (input.device == info.st_dev && input.inode == info.st_ino)
      throw Error("is an input of this run; not overwriting it: choose another output", path);
}

// The parent folder of an output, which must exist.
fs::path existing_parent(const fs::path& target) {
  fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (!fs::is_directory(parent, ec)) throw Error("output folder does not exist", parent.string());
  return parent;
}

// Streams `write` into `fd`, then closes it (but standard output); every failure is an error
// naming `shown`.
void write_to_fd(int fd, const std::string& shown,
                 const std::function<void(std::ostream&)>& write) {
  bool close = fd != STDOUT_FILENO;
  FdBuffer buffer(fd);
  // No line over output that goes to the same terminal.
  std::optional<ProgressTask> progress;
  if (close || ::isatty(STDOUT_FILENO) == 0) {
    progress.emplace("writing");
    progress->step(fs::path(shown).filename().string());
    buffer.count_into(&*progress);
  }
  std::ostream out(&buffer);
  try {
    write(out);
  } catch (...) {
    if (close) ::close(fd);
    throw;
  }
  out.flush();
  int error = buffer.error();
  if (close && ::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) throw Error("write failed: " + reason(error), shown);
  if (!out) throw Error("write failed", shown);
}

// A FIFO, a device or a symlink the user named: written in place, never replaced.
void write_in_place(const std::string& path, const std::function<void(std::ostream&)>& write) {
  struct stat target {};
  bool regular = ::stat(path.c_str(), &target) != 0 || S_ISREG(target.st_mode);
  if (!regular && S_ISDIR(target.st_mode)) throw Error("is a folder, not a file", path);
  int flags = O_WRONLY | O_CLOEXEC | O_NOCTTY | (regular ? O_CREAT | O_TRUNC : 0);
  int fd = ::open(path.c_str(), flags, 0666);
  if (fd < 0) throw Error("cannot write: " + reason(errno), path);
  write_to_fd(fd, path, write);
}

// A regular or missing file: a temporary file beside it, renamed over it when complete.
void write_replacing(const std::string& path, const std::function<void(std::ostream&)>& write) {
  fs::path target(path);
  existing_parent(target);
  struct stat existing {};
  bool exists = ::lstat(path.c_str(), &existing) == 0;
  temp_files::remove_stale(target);
  // A name already taken (a file or link someone planted there) is never opened: the next is.
  fs::path temp;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temp = temp_files::name_for(target);
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) throw Error("cannot create a file in its folder: " + reason(errno), path);
  temp_files::remember(temp);
  try {
    if (exists) ::fchmod(fd, existing.st_mode & 07777);
    write_to_fd(fd, path, write);
    if (::rename(temp.c_str(), path.c_str()) != 0)
      throw Error("cannot replace: " + reason(errno), path);
  } catch (...) {
    ::unlink(temp.c_str());
    temp_files::forget(temp);
    throw;
  }
  temp_files::forget(temp);
}

// --- folders -------------------------------------------------------------------------------

std::vector<std::string> entries_of(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) throw Error("cannot read folder: " + ec.message(), folder.string());
  return names;
}

std::vector<std::string> manifest_names(const fs::path& file) {
  std::vector<std::string> names;
  std::ifstream in(file, std::ios::binary);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) names.push_back(line);
  return names;
}

// The files of an earlier export in `folder` (to delete once replaced); throws when the
// folder holds anything else.
std::vector<std::string> earlier_export(const fs::path& folder, const std::string& manifest,
                                        const std::function<bool(const std::string&)>& legacy) {
  std::vector<std::string> entries = entries_of(folder);
  if (entries.empty()) return entries;
  std::vector<std::string> owned;
  bool has_manifest = temp_files::is_regular(folder / manifest);
  if (has_manifest) owned = manifest_names(folder / manifest), owned.push_back(manifest);
  for (const std::string& entry : entries) {
    bool ours = has_manifest ? std::find(owned.begin(), owned.end(), entry) != owned.end()
                             : legacy && legacy(entry);
    if (!ours || !temp_files::is_regular(folder / entry))
      throw Error("holds \"" + entry +
                      "\", which no earlier export wrote; not writing into it: give a new "
                      "or empty folder",
                  folder.string());
  }
  return entries;
}

bool plain_file_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos;
}

// Opens the files of a temporary folder one after the other, each checked when closed.
class FolderFiles {
 public:
  // Files go into `folder`, a temporary one; errors name them in `shown`, the folder the
  // user asked for, since the temporary one is gone when the user reads the message.
  FolderFiles(fs::path folder, fs::path shown)
      : folder_(std::move(folder)), shown_(std::move(shown)), progress_("writing") {}
  ~FolderFiles() { close_current(/*report=*/false); }

  std::ostream& open(const std::string& name) {
    close_current(true);
    if (!plain_file_name(name)) throw Error("bad file name \"" + name + "\"", shown_.string());
    fs::path path = folder_ / name;
    mode_t mode = name.ends_with(".sh") ? 0777 : 0666;  // a script is made to be run
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd_ < 0) throw Error("cannot create file: " + reason(errno), (shown_ / name).string());
    temp_files::remember(path);
    names_.push_back(name);
    buffer_ = std::make_unique<FdBuffer>(fd_);
    buffer_->count_into(&progress_);
    progress_.step((shown_.filename() / name).string());
    stream_ = std::make_unique<std::ostream>(buffer_.get());
    return *stream_;
  }

  void close_current(bool report) {
    if (fd_ < 0) return;
    stream_->flush();
    int error = buffer_->error();
    if (::close(fd_) != 0 && error == 0) error = errno;
    fd_ = -1;
    if (report && error != 0)
      throw Error("write failed: " + reason(error), (shown_ / names_.back()).string());
  }

  const std::vector<std::string>& names() const { return names_; }

 private:
  fs::path folder_;
  fs::path shown_;
  int fd_ = -1;
  std::unique_ptr<FdBuffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
  std::vector<std::string> names_;
  ProgressTask progress_;
};

void remove_folder_files(const fs::path& folder, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    ::unlink((folder / name).c_str());
    temp_files::forget(folder / name);
  }
  ::rmdir(folder.c_str());  // keeps the folder if anything else is inside
  temp_files::forget(folder);
}

}  // namespace

void remember_input(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return;
  std::lock_guard lock(g_inputs_mutex);
  g_inputs.push_back({info.st_dev, info.st_ino});
}

void refuse_output_among_inputs(const std::string& output, const std::vector<std::string>& inputs) {
  struct stat info {};
  if (output.empty() || output == "-" || ::stat(output.c_str(), &info) != 0) return;
  if (!S_ISREG(info.st_mode)) return;  // a folder, a FIFO or a device is never replaced
  for (const std::string& input : inputs) remember_input(input);
  check_not_an_input(output);
}

void finish_standard_output() {
  std::cout.flush();
  bool lost = !std::cout;
  int error = 0;
  if (std::fflush(stdout) != 0) lost = true, error = errno;
  if (std::ferror(stdout)) lost = true;
  if (!lost) return;
  std::cout.clear();
  std::clearerr(stdout);
  throw Error("write failed" + (error != 0 ? ": " + reason(error) : std::string()) +
                  "; the output is incomplete",
              "standard output");
}

void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    finish_standard_output();  // what was printed before comes first
    return write_to_fd(STDOUT_FILENO, "standard output", write);
  }
  if (path.empty()) throw Error("empty output file name");
  check_not_an_input(path);
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode))
    return S_ISDIR(info.st_mode) ? throw Error("is a folder, not a file", path)
                                 : write_in_place(path, write);
  write_replacing(path, write);
}

void write_folder_atomically(
    const std::string& folder, const std::string& manifest,
    const std::function<void(const std::function<std::ostream&(const std::string&)>&)>& write,
    const std::function<bool(const std::string&)>& legacy) {
  fs::path target = fs::path(folder).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();  // "out/" -> "out"
  if (target.empty()) throw Error("empty output folder name");
  existing_parent(target);
  struct stat info {};
  bool exists = ::lstat(target.c_str(), &info) == 0;
  if (exists && !S_ISDIR(info.st_mode))
    throw Error("exists and is not a folder; not replacing it", target.string());
  std::vector<std::string> earlier =
      exists ? earlier_export(target, manifest, legacy) : std::vector<std::string>{};

  temp_files::remove_stale(target);
  fs::path temp;
  bool made = false;
  for (int attempt = 0; !made && attempt < 100; ++attempt) {
    temp = temp_files::name_for(target);
    made = ::mkdir(temp.c_str(), 0777) == 0;
    if (!made && errno != EEXIST) break;
  }
  if (!made) throw Error("cannot create a folder beside it: " + reason(errno), target.string());
  temp_files::remember(temp);
  std::vector<std::string> written;
  try {
    FolderFiles files(temp, target);
    write([&](const std::string& name) -> std::ostream& { return files.open(name); });
    files.close_current(true);
    written = files.names();
    std::string list;
    for (const std::string& name : written) list += name + "\n";
    files.open(manifest) << list;
    files.close_current(true);
    written.push_back(manifest);
    // One atomic swap where the file system has it: no moment, however killed, without the
    // earlier export in place; the earlier one, now at `temp`, is then removed.
    if (exists &&
        ::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
      for (const std::string& name : written) temp_files::forget(temp / name);
      remove_folder_files(temp, earlier);
      return;
    }
    if (exists && errno != EINVAL && errno != ENOSYS)
      throw Error("cannot replace: " + reason(errno), target.string());
    fs::path old = temp_files::name_for(target);
    if (exists && ::rename(target.c_str(), old.c_str()) != 0)
      throw Error("cannot replace: " + reason(errno), target.string());
    if (::rename(temp.c_str(), target.c_str()) != 0) {
      int error = errno;
      if (exists) ::rename(old.c_str(), target.c_str());
      throw Error("cannot replace: " + reason(error), target.string());
    }
    for (const std::string& name : written) temp_files::forget(temp / name);
    temp_files::forget(temp);
    if (exists) remove_folder_files(old, earlier);
  } catch (...) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(temp, ec), end; !ec && it != end; it.increment(ec))
      names.push_back(it->path().filename().string());
    remove_folder_files(temp, names);
    throw;
  }
}

}  // namespace kg
