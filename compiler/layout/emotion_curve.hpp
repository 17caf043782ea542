#pragma once
// The emotion curve (language v2, section 5): each customer step's `feeling`
// (-2 to +2) as a point above its box, in a strip across the top of the
// customer lane, joined left to right. Internal to layout.

#include "compiler/layout/grid.hpp"

#include <optional>

namespace bp::layout {

// The row that gets the strip: the customer lane's, when it is drawn and one of
// its drawn steps (of the persona's journey, if given) has a feeling; -1 otherwise.
int emotion_row(const model::Blueprint& blueprint, const Grid& grid, std::optional<Index> persona);

// The curve over the placed grid, whose row `emotion_row` was made taller by the
// strip; `right` is where the lanes end. With a persona, only its journey's steps.
std::optional<EmotionCurve> emotion_curve(const model::Blueprint& blueprint, const Grid& grid, double right,
                                          std::optional<Index> persona);

} // namespace bp::layout
