#pragma once
// Where an output goes, and what is refused. A file is written atomically
// (file_writes.hpp says how, and when a file is rewritten in place instead);
// a symbolic link is written through to its target and stays a link; a name
// for the program's own standard output (`/dev/stdout`) is written as `-` is;
// an input, a directory, a device, a pipe or a link to nothing is refused.

#include "compiler/diag/result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bp::cli {

// Writes `bytes` to `path` (to standard output for "-"). Refuses to write over
// any of `inputs` (`-` is the file on standard input). Fails with the message
// for the user.
diag::Result<void> write_output(const std::string& path, const std::string& bytes,
                                const std::vector<std::string>& inputs);

} // namespace bp::cli
