#pragma once
// What one build of the model shares between its parts (builder.cpp runs them in
// order): the tree it reads, the diagnostics it adds to, the blueprint it fills,
// and what a part remembers between calls. Internal to compiler/model/.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bp::model::building {

struct BuilderState {
  BuilderState(const syntax::SyntaxTree& tree, diag::Diagnostics& out, const source::Limits& limits)
      : tree(tree), out(out), limits(limits) {}

  void report(diag::Diagnostic diagnostic) { out.push_back(std::move(diagnostic)); }

  const syntax::SyntaxTree& tree;
  diag::Diagnostics& out;
  const source::Limits& limits;
  Blueprint blueprint;
  // Where each attribute of the blueprint was first given (blueprint_attrs.cpp).
  std::unordered_map<std::string, Span> meta_spans;
  // Unknown references so far; past a bound they get no suggestion (symbols.cpp).
  std::size_t unknown_references = 0;
  // The ids of items whose first word names no lane: like words a syntax error
  // skipped, a reference to one is not reported again (info_lanes.cpp).
  std::unordered_set<std::string> unplaced_ids;
  // An import could not be read: unknown ids are probably its (model/imports.hpp).
  bool imports_incomplete = false;
  // The syntax errors' offsets, sorted; filled on first use (completeness.cpp).
  std::optional<std::vector<std::uint32_t>> syntax_error_offsets;
};

} // namespace bp::model::building
