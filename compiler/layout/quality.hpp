#pragma once
// How readable a layout's routes are, measured on the layout itself (every
// node pinned, every route given): arrows through another flow's label, a step
// box or a stage header; stretches that run along a lane line closer than 8 pt;
// and crossings between flows. The layout-quality test asserts on these, and
// the closing table of a routing change is made from them.

#include "compiler/layout/layout.hpp"

#include <cstddef>

namespace bp::layout {

struct LayoutQuality {
  std::size_t flows = 0;
  std::size_t through_labels = 0;  // routes with a segment through another route's label
  std::size_t through_boxes = 0;   // routes with a segment through a step box not at their ends
  std::size_t through_headers = 0; // routes with a segment through a stage header
  std::size_t along_lines = 0;     // horizontal segments within `line_clearance` of a lane line
  std::size_t crossings = 0;       // points where segments of two different flows cross
};

inline constexpr double line_clearance = 8;

LayoutQuality measure_quality(const model::Blueprint& blueprint, const Layout& layout);

} // namespace bp::layout
