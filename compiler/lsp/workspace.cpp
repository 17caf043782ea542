#include "compiler/lsp/workspace.hpp"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::lsp {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_workspace_files = 2000;
constexpr std::uintmax_t max_workspace_file_bytes = 4u << 20;

// A folder under which nobody keeps blueprints worth indexing.
bool skipped_folder(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.starts_with(".") || name == "node_modules" || name.starts_with("build");
}

// The text of a regular file of at most `limit` bytes; nothing for anything
// else, or on any read error. The size on disk is not trusted: /proc files say
// 0 and some (a link to /proc/self/mem) fail to read. Opened without blocking,
// so a file that became a FIFO since the crawl cannot hang the server.
std::optional<std::string> read_regular_file(const std::string& path, std::size_t limit) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> text;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    text.emplace();
    char chunk[1 << 16];
    for (;;) {
      const ssize_t n = ::read(fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 || text->size() + static_cast<std::size_t>(n) > limit) {
        text.reset();
        break;
      }
      if (n == 0) break;
      text->append(chunk, static_cast<std::size_t>(n));
    }
  }
  ::close(fd);
  return text;
}

} // namespace

void WorkspaceIndex::crawl(const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end && files_.size() < max_workspace_files; it.increment(ec)) {
      if (it->is_directory(ec) && skipped_folder(it->path())) {
        it.disable_recursion_pending();
      } else if (it->is_regular_file(ec) && it->path().extension() == ".blueprint") {
        files_.push_back(it->path().string());
      }
    }
  }
  std::sort(files_.begin(), files_.end());
}

std::shared_ptr<const FileSymbols> WorkspaceIndex::symbols(const std::string& path) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > max_workspace_file_bytes) return nullptr;
  const fs::file_time_type modified = fs::last_write_time(path, ec);
  if (ec) return nullptr;
  Cached& cached = cache_[path];
  if (cached.indexed && cached.modified == modified && cached.size == size) return cached.symbols;
  kept_ -= cached.bytes;
  cached = {modified, size, true, nullptr, 0};
  try {
    const std::optional<std::string> text = read_regular_file(path, max_workspace_file_bytes);
    if (!text) return nullptr;
    // The analysis is dropped as soon as its symbols are taken.
    auto symbols = std::make_shared<const FileSymbols>(file_symbols(*analyze(*text, path)));
    const std::size_t bytes = symbols->bytes();
    if (kept_ + bytes > budget_) return nullptr;
    cached.symbols = std::move(symbols);
    cached.bytes = bytes;
    kept_ += bytes;
  } catch (const std::exception&) { // out of memory on one file: the others still answer
  }
  return cached.symbols;
}

} // namespace bp::lsp
