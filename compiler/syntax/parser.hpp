#pragma once
// Text to syntax tree. Syntax errors are diagnostics (BP001); after each error the
// parser resumes at the next stage, step or flow keyword, so the tree is usable.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/syntax_tree.hpp"

namespace bp::syntax {

struct ParseResult {
  SyntaxTree tree;
  diag::Diagnostics diagnostics;
};

ParseResult parse(const source::SourceFile& file, const source::Limits& limits = {});

} // namespace bp::syntax
