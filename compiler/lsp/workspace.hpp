#pragma once
// The blueprints under the workspace folders that the editor has not opened:
// found once at `initialize`, each analysed when first asked for and again only
// when it changes on disk. Workspace symbols search them.

#include "compiler/lsp/document.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bp::lsp {

class WorkspaceIndex {
public:
  // Finds the `.blueprint` files under the folders (file names), skipping hidden,
  // `node_modules` and `build*` folders; at most a few thousand.
  void crawl(const std::vector<std::string>& roots);

  const std::vector<std::string>& files() const { return files_; }

  // The analysis of a file on disk; null when it cannot be read or is too large.
  std::shared_ptr<const Analysis> analysis(const std::string& path);

private:
  struct Cached {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    std::shared_ptr<const Analysis> analysis;
  };
  std::vector<std::string> files_; // sorted
  std::map<std::string, Cached> cache_;
};

} // namespace bp::lsp
