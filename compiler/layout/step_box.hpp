#pragma once
// The inside of one step box: wrapped label, actor, wait details, standard tags,
// fail and wait markers, the moment's star. Sized first, placed later.

#include "compiler/layout/layout.hpp"

namespace bp::layout {

// A box sized for its content, at the origin; `place_step` moves it.
StepBox size_step(const model::Blueprint& blueprint, Index step);
// An information item: its label, wrapped, in a plain box.
ItemBox size_item(const model::Blueprint& blueprint, Index item);
void place_item(ItemBox& box, Point at);

// Moves a sized box (and everything in it) so its top-left corner is at `at`.
void place_step(StepBox& box, Point at);

} // namespace bp::layout
