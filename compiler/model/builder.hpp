#pragma once
// Syntax tree to typed model: resolves every reference, derives the customer
// journey and the lines each flow crosses, and reports BP002-BP005 (and BP003 for
// check names after `allow`). Works on a partial tree after syntax errors.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/model/imports.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/syntax/syntax_tree.hpp"

namespace bp::model {

Blueprint build(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits = {});
// The same with the libraries the file imports: their declarations join the
// file's one namespace (a duplicate is BP002, naming both files).
Blueprint build(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits,
                const Imports& imports);

} // namespace bp::model
