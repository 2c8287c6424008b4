#include "temp_files.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

namespace kg::temp_files {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kMarker = ".kg-tmp-";
constexpr int kFatalSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ};

// Paths kept in fixed buffers: the signal handler may only read memory and call unlink/rmdir.
constexpr std::size_t kSlots = 64;
constexpr std::size_t kPathMax = 4096;
std::array<std::array<char, kPathMax>, kSlots> g_paths{};
std::array<std::atomic<bool>, kSlots> g_used{};
std::mutex g_mutex;

void remove_all_registered(int signal_number) {
  for (std::size_t slot = kSlots; slot-- > 0;) {  // files before the folders they are in
    if (!g_used[slot].load()) continue;
    const char* path = g_paths[slot].data();
    if (::unlink(path) != 0) ::rmdir(path);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void install_handlers() {
  for (int signal_number : kFatalSignals) {
    struct sigaction previous {};
    ::sigaction(signal_number, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN) continue;  // nohup, or SIGXFSZ ignored on purpose
    struct sigaction action {};
    action.sa_handler = remove_all_registered;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

bool process_running(long pid) {
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// The pid in `.NAME.kg-tmp-PID-N`, or -1.
long pid_in(const std::string& entry, const std::string& prefix) {
  if (entry.rfind(prefix, 0) != 0) return -1;
  std::string rest = entry.substr(prefix.size());
  std::size_t dash = rest.find('-');
  if (dash == 0 || dash == std::string::npos) return -1;
  long pid = 0;
  for (std::size_t i = 0; i < dash; ++i) {
    if (rest[i] < '0' || rest[i] > '9' || pid > 1'000'000'000) return -1;
    pid = pid * 10 + (rest[i] - '0');
  }
  return pid;
}

}  // namespace

bool is_regular(const fs::path& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

fs::path name_for(const fs::path& target) {
  static std::atomic<int> counter{0};
  std::string name = "." + target.filename().string() + std::string(kMarker) +
                     std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return target.parent_path() / name;
}

void remember(const fs::path& path) {
  static std::once_flag installed;
  std::call_once(installed, install_handlers);
  std::lock_guard lock(g_mutex);
  if (path.native().size() >= kPathMax) return;
  for (std::size_t slot = 0; slot < kSlots; ++slot) {
    if (g_used[slot].load()) continue;
    std::memcpy(g_paths[slot].data(), path.c_str(), path.native().size() + 1);
    g_used[slot].store(true);
    return;
  }
}

void forget(const fs::path& path) {
  std::lock_guard lock(g_mutex);
  for (std::size_t slot = 0; slot < kSlots; ++slot)
    if (g_used[slot].load() && path.native() == g_paths[slot].data()) g_used[slot].store(false);
}

void remove_stale(const fs::path& target) {
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string prefix = "." + target.filename().string() + std::string(kMarker);
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string entry = it->path().filename().string();
    long pid = pid_in(entry, prefix);
    if (pid <= 0 || pid == ::getpid() || process_running(pid)) continue;
    if (is_regular(it->path())) {
      ::unlink(it->path().c_str());
      continue;
    }
    std::error_code inner;
    if (!it->is_directory(inner) || it->is_symlink(inner)) continue;
    for (fs::directory_iterator file(it->path(), inner), last; !inner && file != last;
         file.increment(inner))
      if (is_regular(file->path())) ::unlink(file->path().c_str());
    ::rmdir(it->path().c_str());  // fails, and keeps it, if anything else is inside
  }
}

}  // namespace kg::temp_files
