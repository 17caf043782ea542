#include "compiler/cli/output_file.hpp"

#include "compiler/diag/quote.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::cli {

namespace msg = wording::msg;

namespace fs = std::filesystem;

namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

std::optional<std::string> write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::string(std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

} // namespace

diag::Result<void> write_output(const std::string& raw_path, const std::string& bytes,
                                const std::vector<std::string>& inputs) {
  const std::string& path = raw_path;                        // for the file system
  const std::string shown = diag::escape_controls(raw_path); // for messages
  if (path == "-") {
    if (auto problem = write_all(STDOUT_FILENO, bytes))
      return diag::failure(wording::format(msg::cli_cannot_write_stdout, fmt::arg("reason", *problem)));
    return diag::success();
  }
  for (const std::string& input : inputs) {
    if (same_file(path, input)) return diag::failure(wording::format(msg::cli_write_input, fmt::arg("file", shown)));
  }
  std::error_code ec;
  if (fs::is_directory(path, ec))
    return diag::failure(wording::format(msg::cli_write_directory, fmt::arg("file", shown)));
  // A device or pipe (`-o /dev/null`) must not be replaced by a regular file.
  if (fs::exists(path, ec) && !fs::is_regular_file(fs::symlink_status(path, ec)) && !fs::is_symlink(path, ec)) {
    return diag::failure(wording::format(msg::cli_replace_not_regular, fmt::arg("file", shown)));
  }
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    return diag::failure(
        wording::format(msg::cli_cannot_write, fmt::arg("file", shown), fmt::arg("reason", std::strerror(errno))));
  std::optional<std::string> problem = write_all(fd, bytes);
  if (!problem && ::fsync(fd) != 0) problem = std::strerror(errno);
  // mkstemp creates 0600; an output gets the usual permissions under the umask.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (!problem && ::fchmod(fd, 0666 & ~mask) != 0) problem = std::strerror(errno);
  if (::close(fd) != 0 && !problem) problem = std::strerror(errno);
  if (!problem && std::rename(temp.c_str(), path.c_str()) != 0) problem = std::strerror(errno);
  if (problem) {
    ::unlink(temp.c_str());
    return diag::failure(wording::format(msg::cli_cannot_write, fmt::arg("file", shown), fmt::arg("reason", *problem)));
  }
  return diag::success();
}

} // namespace bp::cli
