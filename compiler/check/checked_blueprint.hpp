#pragma once
// What the back ends read: the model and its findings, with the source file the
// findings point into. A view: the compile result it comes from must outlive it.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/source/source_file.hpp"

namespace bp::check {

struct CheckedBlueprint {
  const source::SourceFile& source;
  const model::Blueprint& blueprint;
  const diag::Diagnostics& findings; // every diagnostic, sorted by position
};

} // namespace bp::check
