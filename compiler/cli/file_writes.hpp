#pragma once
// The three ways an output reaches a file, each failing with the reason (the
// strerror text) and never leaving a temporary file behind:
//  - a new file: written to a temporary file in its folder, renamed into place;
//  - replacing a regular file: the same, the temporary file first given the old
//    file's mode and owner, renamed over it (atomic: a reader sees the old or
//    the new file, never half of one);
//  - rewriting in place, for a file with several names (a rename would split
//    them), whose owner the new file cannot get, or in a folder we may not
//    write but the file we may: not atomic, but the blocks are reserved first,
//    so a full disk is found before the old text changes.

#include <optional>
#include <string>
#include <sys/stat.h>

namespace bp::cli {

// The failure's reason, or nothing when the bytes are in place.
using WriteProblem = std::optional<std::string>;

// `path` does not exist yet: it gets the usual permissions (0666 minus the umask).
WriteProblem write_new_file(const std::string& path, const std::string& bytes);

// `path` is a regular file (no link) described by `old`: it keeps its mode,
// owner and other names.
WriteProblem replace_file(const std::string& path, const struct stat& old, const std::string& bytes);

// Writes all of `bytes` to `fd`.
WriteProblem write_all(int fd, const std::string& bytes);

} // namespace bp::cli
