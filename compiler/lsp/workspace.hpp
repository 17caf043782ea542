#pragma once
// The blueprints under the workspace folders that the editor has not opened:
// found once at `initialize`, each indexed when first asked for and again only
// when it changes on disk. Workspace symbols search them. Of each file only its
// symbols are kept (file_symbols.hpp), within a budget for the whole workspace.

#include "compiler/lsp/file_symbols.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bp::lsp {

class WorkspaceIndex {
public:
  // What the kept symbols may take, all files together; a file that would go
  // past it is left out of workspace symbols.
  static constexpr std::size_t default_budget_bytes = 64u << 20;
  explicit WorkspaceIndex(std::size_t budget_bytes = default_budget_bytes) : budget_(budget_bytes) {}

  // Finds the `.blueprint` files under the folders (file names), skipping hidden,
  // `node_modules` and `build*` folders; at most a few thousand.
  void crawl(const std::vector<std::string>& roots);

  const std::vector<std::string>& files() const { return files_; }

  // The symbols of a file on disk; null when it cannot be read (a device, a
  // read error), is too large, or its symbols would go past the budget.
  std::shared_ptr<const FileSymbols> symbols(const std::string& path);
  std::size_t kept_bytes() const { return kept_; }

private:
  struct Cached {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    bool indexed = false;                       // false: not yet, or changed since
    std::shared_ptr<const FileSymbols> symbols; // null when it could not be indexed
    std::size_t bytes = 0;
  };
  std::vector<std::string> files_; // sorted
  std::map<std::string, Cached> cache_;
  std::size_t budget_;
  std::size_t kept_ = 0; // the bytes of every cached file's symbols
};

} // namespace bp::lsp
