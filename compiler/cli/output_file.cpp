#include "compiler/cli/output_file.hpp"

#include "compiler/cli/file_writes.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::cli {

namespace msg = wording::msg;

namespace {

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// Whether `output` is one of the inputs: compared as files, not as names, so
// another spelling, a link or standard input's file (`- < x -o x`) are seen.
bool is_an_input(const struct stat& output, const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    struct stat st {};
    const int found = input == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(input.c_str(), &st);
    if (found == 0 && same_file(output, st)) return true;
  }
  return false;
}

// `-o /dev/stdout`, `-o /proc/self/fd/1` or a link to them: the program's own
// standard output, written as `-` is rather than replaced.
bool is_standard_output(const struct stat& output) {
  struct stat st {};
  return ::fstat(STDOUT_FILENO, &st) == 0 && same_file(output, st);
}

diag::Result<void> to_standard_output(const std::string& bytes) {
  if (auto problem = write_all(STDOUT_FILENO, bytes))
    return diag::failure(wording::format(msg::cli_cannot_write_stdout, fmt::arg("reason", *problem)));
  return diag::success();
}

diag::Result<void> cannot_write(const std::string& shown, const std::string& reason) {
  return diag::failure(wording::format(msg::cli_cannot_write, fmt::arg("file", shown), fmt::arg("reason", reason)));
}

// The file a symbolic link at `path` leads to, so the link stays and its target
// is what changes; `path` itself otherwise.
std::optional<std::string> final_target(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (!resolved) return std::nullopt;
  std::string target(resolved);
  std::free(resolved);
  return target;
}

// An existing `path` (`st` is what it leads to): standard output, a regular
// file to replace, or something that is refused.
diag::Result<void> write_existing(const std::string& path, const struct stat& st, const std::string& bytes,
                                  const std::string& shown, AtLink at_link) {
  if (is_standard_output(st)) return to_standard_output(bytes);
  if (S_ISDIR(st.st_mode)) return diag::failure(wording::format(msg::cli_write_directory, fmt::arg("file", shown)));
  // A device or pipe (`-o /dev/null`, or a link to one) is neither replaced by
  // a regular file nor written into.
  if (!S_ISREG(st.st_mode))
    return diag::failure(wording::format(msg::cli_replace_not_regular, fmt::arg("file", shown)));
  struct stat link {};
  if (at_link == AtLink::replace && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    if (auto problem = write_new_file(path, bytes)) return cannot_write(shown, *problem); // renamed onto the link
    return diag::success();
  }
  const std::optional<std::string> target = final_target(path);
  if (!target) return cannot_write(shown, std::strerror(errno));
  if (auto problem = replace_file(*target, st, bytes)) return cannot_write(shown, *problem);
  return diag::success();
}

} // namespace

diag::Result<void> write_output(const std::string& raw_path, const std::string& bytes,
                                const std::vector<std::string>& inputs, AtLink at_link) {
  const std::string& path = raw_path;                        // for the file system
  const std::string shown = diag::escape_controls(raw_path); // for messages
  if (path == "-") return to_standard_output(bytes);
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (is_an_input(st, inputs)) return diag::failure(wording::format(msg::cli_write_input, fmt::arg("file", shown)));
    return write_existing(path, st, bytes, shown, at_link);
  }
  if (errno != ENOENT) return cannot_write(shown, std::strerror(errno)); // a link loop, a folder we may not search
  // A link to nothing: writing through it would create a file wherever it
  // points (as `cp` does, refused).
  struct stat link {};
  if (at_link == AtLink::write_through && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
    return diag::failure(wording::format(msg::cli_write_dangling_link, fmt::arg("file", shown)));
  if (auto problem = write_new_file(path, bytes)) return cannot_write(shown, *problem);
  return diag::success();
}

} // namespace bp::cli
