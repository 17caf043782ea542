#include "compiler/cli/file_writes.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace bp::cli {

namespace {

std::string reason(int error) { return std::strerror(error); }

// Gives the temporary file its mode and owner before it takes `path`'s place.
struct Attributes {
  mode_t mode;
  bool keep_owner = false; // chown to owner/group (only where they differ from ours)
  uid_t owner = 0;
  gid_t group = 0;
};

// `impossible`: the temporary file cannot stand in for the old one (its folder
// is closed to us, or it cannot get the old owner); nothing has changed.
enum class Renamed { done, failed, impossible };

// Writes `bytes` to `.NAME.XXXXXX` next to `path` (mkstemp: readable by its
// owner only until done), flushes it to disk and renames it onto `path`.
Renamed write_and_rename(const std::string& path, const std::string& bytes, const Attributes& attributes,
                         WriteProblem& problem) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    const int error = errno;
    problem = reason(error);
    return error == EACCES || error == EPERM ? Renamed::impossible : Renamed::failed;
  }
  // The owner first: chown clears the set-id bits that chmod then sets.
  if (attributes.keep_owner && ::fchown(fd, attributes.owner, attributes.group) != 0) {
    ::close(fd);
    ::unlink(temp.c_str());
    return Renamed::impossible;
  }
  problem = write_all(fd, bytes);
  if (!problem && ::fsync(fd) != 0) problem = reason(errno);
  if (!problem && ::fchmod(fd, attributes.mode) != 0) problem = reason(errno);
  if (::close(fd) != 0 && !problem) problem = reason(errno);
  if (!problem && std::rename(temp.c_str(), path.c_str()) != 0) problem = reason(errno);
  if (!problem) return Renamed::done;
  ::unlink(temp.c_str());
  return Renamed::failed;
}

// Overwrites the file open on `fd` with `bytes`, keeping the file itself.
WriteProblem rewrite_in_place(int fd, const std::string& bytes) {
  if (!bytes.empty()) {
    const int error = ::posix_fallocate(fd, 0, static_cast<off_t>(bytes.size()));
    if (error != 0 && error != EOPNOTSUPP && error != EINVAL && error != ENOSYS) return reason(error);
  }
  if (::lseek(fd, 0, SEEK_SET) != 0) return reason(errno);
  if (auto problem = write_all(fd, bytes)) return problem;
  if (::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0) return reason(errno);
  if (::fsync(fd) != 0) return reason(errno);
  return std::nullopt;
}

} // namespace

WriteProblem write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return reason(n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

WriteProblem write_new_file(const std::string& path, const std::string& bytes) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  WriteProblem problem;
  write_and_rename(path, bytes, Attributes{static_cast<mode_t>(0666 & ~mask)}, problem);
  return problem;
}

WriteProblem replace_file(const std::string& path, const struct stat& old, const std::string& bytes) {
  // Opening it asks for the permission a shell's `>` would: a read-only file is
  // not written (root may, as with `>`).
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return reason(errno);
  WriteProblem problem;
  if (old.st_nlink > 1) {
    problem = rewrite_in_place(fd, bytes);
  } else {
    Attributes attributes{static_cast<mode_t>(old.st_mode & 07777)};
    attributes.keep_owner = old.st_uid != ::geteuid() || old.st_gid != ::getegid();
    attributes.owner = old.st_uid;
    attributes.group = old.st_gid;
    if (write_and_rename(path, bytes, attributes, problem) == Renamed::impossible) {
      problem = rewrite_in_place(fd, bytes); // as `>` would: we may write the file
    }
  }
  if (::close(fd) != 0 && !problem) problem = reason(errno);
  return problem;
}

} // namespace bp::cli
