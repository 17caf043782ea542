#pragma once
// What the back ends read: the model and its findings, with the source file the
// findings point into. A view: the compile result it comes from must outlive it.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/source/source_file.hpp"

#include <memory>
#include <span>

namespace bp::check {

struct CheckedBlueprint {
  const source::SourceFile& source;
  const model::Blueprint& blueprint;
  const diag::Diagnostics& findings; // every diagnostic, sorted by position
  // The libraries the blueprint imports: a finding about one of their
  // declarations points into them.
  std::span<const std::shared_ptr<const source::SourceFile>> imported{};

  const source::SourceFile& file_at(std::size_t offset) const {
    for (const auto& file : imported) {
      if (file->contains(offset)) return *file;
    }
    return source;
  }
};

} // namespace bp::check
