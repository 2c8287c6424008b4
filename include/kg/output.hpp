// Output that never destroys and never loses: the one place where kg writes files.
//
// A regular file (or a missing one) is written to a temporary file created exclusively
// (O_EXCL, O_NOFOLLOW) beside it, then renamed over it: it is complete or untouched.
// Anything else the user names (`-`, a FIFO, a character device, a symlink) is written to
// directly and never replaced. Every write, the final flush and the close are checked: a lost
// write is a kg::Error (exit 2). No output may replace a file the run read (device + inode).
// A signal (INT, TERM, HUP, QUIT, XFSZ) removes the temporary files before the process dies,
// and the next write into a folder removes the ones a killed run left there.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace kg {

// Writes through `write` to `path` as described above; "-" is standard output. If `write`
// throws, `path` is left as it was.
void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write);

// Writes a folder of files: `write` calls `open(name)` for each file (the stream is valid until
// the next call). The files go into a temporary folder beside `folder`, renamed into place at
// the end. `folder` may be missing, empty, or hold exactly what an earlier call with the same
// `manifest` name wrote (the manifest lists the files; a name ending in .sh is made executable);
// `legacy` may accept a folder without manifest whose entry names it recognises. Anything else is a
// kg::Error and stays untouched; only the files of the earlier export are ever deleted.
void write_folder_atomically(
    const std::string& folder, const std::string& manifest,
    const std::function<void(const std::function<std::ostream&(const std::string&)>&)>& write,
    const std::function<bool(const std::string&)>& legacy = {});

// Remembers a file this run reads, so that no output replaces it. Readers call it.
void remember_input(const std::string& path);

// Throws, before any work, the kg::Error that writing `output` would throw at the end: it is
// one of the files `inputs` (checked by device and inode, as at write time; they are
// remembered as inputs). "-", "" and a missing output pass.
void refuse_output_among_inputs(const std::string& output, const std::vector<std::string>& inputs);

// Flushes standard output; throws kg::Error when anything written to it was lost (a full
// disk, /dev/full, a file size limit).
void finish_standard_output();

}  // namespace kg
