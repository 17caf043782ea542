#include "compiler/cli/input.hpp"

#include "compiler/cli/error_line.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::cli {

namespace msg = wording::msg;

std::size_t& max_input_bytes() {
  static std::size_t limit = source::Limits{}.max_file_bytes;
  return limit;
}

namespace {

void too_large(const std::string& name) {
  print_error(msg::cli_too_large, fmt::arg("file", diag::escape_controls(name)),
              fmt::arg("mib", max_input_bytes() >> 20));
}

void cannot_read(const std::string& name, int error) {
  print_error(msg::cli_cannot_read, fmt::arg("file", diag::escape_controls(name)),
              fmt::arg("reason", std::strerror(error)));
}

// Reads at most max_input_bytes() + 1 bytes, whatever the file claims its size
// is (a regular file can grow after its size was asked; pipes, and links to
// devices or /proc files, have none), so the limit always holds.
std::optional<std::string> read_bounded(int fd, const std::string& name) {
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= max_input_bytes()) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      cannot_read(name, errno); // a directory on standard input, a closed one, a failing disk
      return std::nullopt;
    }
    if (n == 0) break;
    text.append(chunk, static_cast<std::size_t>(n));
  }
  if (text.size() > max_input_bytes()) {
    too_large(name);
    return std::nullopt;
  }
  return text;
}

// The bytes of an open file. A regular file over the limit is refused from its
// size, before anything of it is read.
std::optional<std::string> read_open(int fd, const std::string& name) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    cannot_read(name, errno); // standard input closed (`<&-`)
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    print_error(msg::cli_read_directory, fmt::arg("file", diag::escape_controls(name)));
    return std::nullopt;
  }
  if (S_ISREG(st.st_mode)) {
    // What is left from here: standard input may not start at the file's start.
    const off_t at = std::max<off_t>(::lseek(fd, 0, SEEK_CUR), 0);
    const off_t left = std::max<off_t>(st.st_size - at, 0);
    if (static_cast<std::uintmax_t>(left) > max_input_bytes()) {
      too_large(name);
      return std::nullopt;
    }
  }
  return read_bounded(fd, name);
}

} // namespace

std::optional<Input> read_input(const std::string& path) {
  if (path == "-") {
    auto text = read_open(STDIN_FILENO, "<stdin>");
    if (!text) return std::nullopt;
    return Input{"<stdin>", std::move(*text)};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    print_error(msg::cli_read_directory, fmt::arg("file", diag::escape_controls(path)));
    return std::nullopt;
  }
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
    print_error(msg::cli_read_not_regular, fmt::arg("file", diag::escape_controls(path)));
    return std::nullopt;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    cannot_read(path, errno);
    return std::nullopt;
  }
  auto text = read_open(fd, path);
  ::close(fd);
  if (!text) return std::nullopt;
  return Input{path, std::move(*text)};
}

} // namespace bp::cli
