#include "compiler/driver/file_loader.hpp"

#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::driver {

namespace {

namespace msg = wording::msg;

LoadedFile failed(int error) { return {std::nullopt, std::strerror(error)}; }

// Reads at most max_bytes + 1 bytes, whatever the size the file claims.
LoadedFile read_open(int fd, std::size_t max_bytes) {
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= max_bytes) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return failed(errno);
    if (n == 0) break;
    text.append(chunk, static_cast<std::size_t>(n));
  }
  if (text.size() > max_bytes) {
    return {std::nullopt, wording::format(msg::import_too_large, fmt::arg("mib", max_bytes >> 20))};
  }
  return {std::move(text), {}};
}

} // namespace

LoadedFile read_from_disk(const std::string& path, std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return failed(errno);
  struct stat st {};
  LoadedFile loaded;
  if (::fstat(fd, &st) != 0) {
    loaded = failed(errno);
  } else if (!S_ISREG(st.st_mode)) {
    loaded = {std::nullopt, wording::format(S_ISDIR(st.st_mode) ? msg::import_directory : msg::import_not_regular)};
  } else if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    loaded = {std::nullopt, wording::format(msg::import_too_large, fmt::arg("mib", max_bytes >> 20))};
  } else {
    loaded = read_open(fd, max_bytes);
  }
  ::close(fd);
  return loaded;
}

} // namespace bp::driver
