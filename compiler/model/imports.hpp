#pragma once
// The declarations of imported libraries joined to the blueprint's: one tree to
// build from, in which every library's roles, standards, personas, channels and
// lanes sit after the file's own, with their spans in their own files. What a
// library may not hold (stages, flows, the blueprint's attributes) is BP004.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <span>
#include <string>

namespace bp::model {

// A library read for an import, for the builder.
struct LibraryTree {
  std::string file;
  const syntax::SyntaxTree* tree;
  Span range;
  Span imported_at;
};

// What the file imports, as read.
struct Imports {
  std::span<const LibraryTree> libraries;
  // An import could not be read: an id the file uses but does not declare is
  // probably that library's, and not reported again (like words a syntax
  // error skipped).
  bool incomplete = false;
};

// For each standard, whether the blueprint's business: its own, or a library's
// that one of its steps meets. A network's library holds every standard of the
// network; a blueprint answers for those it applies.
std::vector<char> standards_in_scope(const Blueprint& b);

namespace building {

// Reports every item of a library's blueprint that is no declaration.
void report_library_items(const syntax::Blueprint& library, diag::Diagnostics& out);

// `tree` with the libraries' declarations added; the libraries, for the model.
syntax::SyntaxTree with_libraries(const syntax::SyntaxTree& tree, std::span<const LibraryTree> libraries);
std::vector<Library> libraries_of(std::span<const LibraryTree> libraries);

} // namespace building

} // namespace bp::model
