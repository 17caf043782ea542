#pragma once
// What workspace/symbol needs of one blueprint: its declared ids with their
// labels, kinds, places and containers. It is all the server keeps of a file in
// the workspace that the editor has not opened, whose analysis can be hundreds of
// megabytes for a file of a few.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/protocol.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bp::lsp {

struct FileSymbol {
  std::string id;
  std::string label;
  model::SymbolKind kind = model::SymbolKind::step;
  Range range;                 // of the id
  std::uint32_t container = 0; // into FileSymbols::containers
};

struct FileSymbols {
  std::vector<std::string> containers; // the blueprint's name, then its stages' labels
  std::vector<FileSymbol> symbols;

  // About what it takes on the heap, for the workspace's budget.
  std::size_t bytes() const;
};

FileSymbols file_symbols(const Analysis& a);

// The symbols whose id or label contains `query` (any case).
void workspace_symbols(const FileSymbols& symbols, const std::string& uri, const std::string& query,
                       std::vector<SymbolInformation>& out);

} // namespace bp::lsp
