#include "compiler/cli/standard_output.hpp"

#include "compiler/cli/error_line.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace bp::cli {

namespace msg = wording::msg;

namespace {

int first_error = 0;   // the errno of the first failed write, 0 while none failed
bool reported = false; // its line is printed once, however often the run asks

} // namespace

void reserve_standard_streams() {
  for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // The lowest free descriptor: this one, as those below it are open.
    ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
  }
}

void print_out(std::string_view text) {
  if (first_error != 0 || text.empty()) return; // the output is already lost
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) first_error = errno != 0 ? errno : EIO;
}

int finish_standard_output(int status) {
  if (first_error == 0 && std::fflush(stdout) != 0) first_error = errno != 0 ? errno : EIO;
  // A write that failed inside CLI11's std::cout leaves only stdio's error flag.
  if (first_error == 0 && std::ferror(stdout)) first_error = EIO;
  if (first_error == 0) return status;
  if (!reported) print_error(msg::cli_cannot_write_stdout, fmt::arg("reason", std::strerror(first_error)));
  reported = true;
  return 2;
}

} // namespace bp::cli
