#pragma once
// Every place an id is declared or referenced in one blueprint, for go to
// definition, find references, rename, highlight and hover.

#include "compiler/model/blueprint.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <vector>

namespace bp::lsp {

struct Occurrence {
  source::Span span;
  model::Symbol symbol;
  bool declaration = false;
};

class SymbolIndex {
public:
  SymbolIndex(const model::Blueprint& blueprint, const syntax::SyntaxTree& tree);

  // The id under the cursor: the occurrence whose span holds `offset` or ends at it.
  const Occurrence* at(std::size_t offset) const;
  std::vector<Occurrence> occurrences_of(model::Symbol symbol) const; // in text order
  const Occurrence* declaration_of(model::Symbol symbol) const;

private:
  std::vector<Occurrence> occurrences_; // sorted by position
};

// The id a symbol names in the model.
const std::string& id_of(const model::Blueprint& blueprint, model::Symbol symbol);

} // namespace bp::lsp
