// Temporary files of the outputs being written: removed by a signal handler when the process
// is killed, and by the next run when it was killed too hard (SIGKILL, power loss).
#pragma once

#include <filesystem>
#include <string>

namespace kg::temp_files {

// The temporary name of `target` for this process: `.NAME.kg-tmp-PID-N` in target's folder,
// a name no other program uses and a later run recognises.
std::filesystem::path name_for(const std::filesystem::path& target);

// Registers a temporary file or folder for removal on a fatal signal (installing the
// handlers on first use); forget() takes it back once it is renamed or removed.
void remember(const std::filesystem::path& path);
void forget(const std::filesystem::path& path);

// Removes the temporary files and folders of `target` that processes no longer running left
// behind. Only names of the form above, only regular files (and, in such a folder, the
// regular files inside it).
void remove_stale(const std::filesystem::path& target);

// A regular file itself, not a symlink to one.
bool is_regular(const std::filesystem::path& path);

}  // namespace kg::temp_files
