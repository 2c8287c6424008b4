// The opener is looked up on $PATH and started with posix_spawn: no shell ever sees the
// file name, whatever it holds.
#include "kg/desktop.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include "kg/error.hpp"

extern char** environ;

namespace kg {

std::optional<std::string> find_opener(const EnvironmentLookup& environment) {
  auto set = [&](const char* name) {
    const char* value = environment(name);
    return value != nullptr && *value != '\0';
  };
  if (!set("DISPLAY") && !set("WAYLAND_DISPLAY")) return std::nullopt;
  const char* path = environment("PATH");
  if (path == nullptr) return std::nullopt;
  std::string_view folders = path;
  while (!folders.empty()) {
    std::size_t colon = folders.find(':');
    std::string_view folder = folders.substr(0, colon);
    folders = colon == std::string_view::npos ? std::string_view{} : folders.substr(colon + 1);
    if (folder.empty()) continue;
    std::string candidate = std::string(folder) + "/xdg-open";
    if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate))
      return candidate;
  }
  return std::nullopt;
}

void open_with(const std::string& opener, const std::string& file) {
  std::vector<char*> argv = {const_cast<char*>(opener.c_str()), const_cast<char*>(file.c_str()),
                             nullptr};
  pid_t child = 0;
  int failed = ::posix_spawn(&child, opener.c_str(), nullptr, nullptr, argv.data(), environ);
  if (failed != 0)
    throw Error("cannot run " + opener + ": " + std::strerror(failed) + "; the page is " + file);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0)
    if (errno != EINTR) throw Error("lost " + opener + ": " + std::strerror(errno));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Error(opener + " failed (" +
                (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                   : std::string("killed")) +
                "); open the page yourself: " + file);
}

std::string make_temporary_file(const std::string& prefix, const std::string& suffix) {
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::temp_directory_path(ec);
  if (ec) {
    const char* tmpdir = std::getenv("TMPDIR");
    throw Error("no folder for temporary files (" + ec.message() + "): set TMPDIR to one",
                tmpdir != nullptr ? tmpdir : "");
  }
  std::string name = (folder / (prefix + "-XXXXXX" + suffix)).string();
  int fd = ::mkstemps(name.data(), static_cast<int>(suffix.size()));
  if (fd < 0)
    throw Error("cannot create a temporary file in " + folder.string() + ": " +
                std::strerror(errno));
  ::close(fd);
  return name;
}

}  // namespace kg
