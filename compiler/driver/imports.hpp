#pragma once
// Reading what a file imports: each library once, after the libraries it
// imports, parsed at its own place of the offset space; a missing file, a blueprint where
// a library belongs and an import cycle are errors (BP006) at the `import`.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/driver/file_loader.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <memory>
#include <string>
#include <vector>

namespace bp::driver {

struct ImportedFile {
  std::shared_ptr<const source::SourceFile> source;
  syntax::SyntaxTree tree;
  source::Span imported_at; // the first `import` that named it
};

// The file an `import` of `path` in `importer` names: the path joined to the
// importer's folder and normalised, the name every file of a compile goes by.
std::string resolve_import(const std::string& importer, const std::string& path);

// Every library `tree` (the text of `file`) imports, directly or through another
// library. Their diagnostics, and the import errors, are added to `out`.
std::vector<ImportedFile> load_imports(const source::SourceFile& file, const syntax::SyntaxTree& tree,
                                       const FileLoader& load, const source::Limits& limits, diag::Diagnostics& out);

} // namespace bp::driver
