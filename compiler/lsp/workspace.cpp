#include "compiler/lsp/workspace.hpp"

#include <algorithm>
#include <fstream>

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

std::shared_ptr<const Analysis> WorkspaceIndex::analysis(const std::string& path) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > max_workspace_file_bytes) return nullptr;
  const fs::file_time_type modified = fs::last_write_time(path, ec);
  if (ec) return nullptr;
  Cached& cached = cache_[path];
  if (!cached.analysis || cached.modified != modified || cached.size != size) {
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    cached = {modified, size, analyze(std::move(text), path)};
  }
  return cached.analysis;
}

} // namespace bp::lsp
