#pragma once
// Where an output goes, and what is refused. A file is written atomically
// (file_writes.hpp says how, and when a file is rewritten in place instead);
// a symbolic link is replaced by the output (a generated file) or written
// through to its target and kept (a file the user edits, `fmt --write`); a name
// for the program's own standard output (`/dev/stdout`) is written as `-` is;
// an input, a directory, a device, a pipe or a link to nothing is refused.

#include "compiler/diag/result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bp::cli {

// What becomes of a symbolic link at the output's path.
enum class AtLink {
  // Replaced by the new file, its target untouched: a generated output next to
  // a blueprint from someone's branch must not write wherever a link there points.
  replace,
  // Written through, the link kept: the file the user asked to rewrite.
  write_through,
};

// Writes `bytes` to `path` (to standard output for "-"). Refuses to write over
// any of `inputs` (`-` is the file on standard input). Fails with the message
// for the user.
diag::Result<void> write_output(const std::string& path, const std::string& bytes,
                                const std::vector<std::string>& inputs, AtLink at_link = AtLink::replace);

} // namespace bp::cli
