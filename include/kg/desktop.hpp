// Showing a file to the person at the machine: `kg view` writes its page to a temporary file
// and hands it to the desktop's opener when there is a desktop to show it on.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace kg {

// Reads an environment variable; nullptr when unset. std::getenv by default; tests pass their own.
using EnvironmentLookup = std::function<const char*(const char*)>;

// The desktop's opener, when a file can be shown here: a display ($DISPLAY or
// $WAYLAND_DISPLAY, not empty) and an executable `xdg-open` in a folder of $PATH. Returns its
// path, or nullopt (a server, a container, an ssh session without forwarding).
std::optional<std::string> find_opener(const EnvironmentLookup& environment = std::getenv);

// Runs `opener file` without a shell and waits for the opener (not for the program it
// starts). Throws kg::Error when it cannot run or exits with a failure.
void open_with(const std::string& opener, const std::string& file);

// A new, empty file in the temporary folder ($TMPDIR or /tmp) named PREFIX-XXXXXX.SUFFIX,
// created exclusively, so that no other process can have put a file or a link there first;
// returns its path.
std::string make_temporary_file(const std::string& prefix, const std::string& suffix);

}  // namespace kg
