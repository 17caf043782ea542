#pragma once
// Moves a parsed file into its place in the compile's offset space: the parser
// counts from the text's first byte, and an imported file starts at its base
// (see source/source_file.hpp). Every span of the tree and of the diagnostics
// is shifted, so nothing downstream needs to know which file it reads.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <cstdint>

namespace bp::syntax {

void relocate(SyntaxTree& tree, diag::Diagnostics& diagnostics, std::uint32_t base);

} // namespace bp::syntax
