#pragma once
// `blueprint fmt`: the one canonical layout of a blueprint. Two-space indents, one
// item per line, single spaces between tokens, `a, b` lists; a block is written on
// its header's line (`{ feeling +1 }`) when it holds one item, or is a `wait`, has
// no nested block or comment, and fits in 100 columns. Comments stay where they
// were, on their own line or after code; a run of blank lines between items
// becomes one. Tokens are never changed, added or dropped, so the meaning cannot
// change; the output ends with one newline, uses LF line endings and has no BOM.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <string>

namespace bp::format {

inline constexpr std::size_t max_line_width = 100;

struct Formatted {
  enum class Status {
    ok,
    syntax_errors, // no tree to lay out; the caller reports the errors
    internal_error // the layout lost or changed a token: a bug, and nothing is written
  } status = Status::ok;
  std::string text;
};

// `diagnostics` are the parse's: with a syntax error there is no layout to make.
Formatted format_blueprint(const source::SourceFile& source, const syntax::SyntaxTree& tree,
                           const diag::Diagnostics& diagnostics);

} // namespace bp::format
