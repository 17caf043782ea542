#pragma once
// Information lanes (`lane kpi "KPIs" below support`) and their items, which a
// stage writes like steps with the lane's id in place of a lane keyword. They are
// cells of the grid: an item takes no `by`, `takes`, `via` or `for`, and no step
// attribute but `note`. Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"

#include <optional>

namespace bp::model::building {

// Whether the tree's step is an information item: its first word is no lane keyword.
bool is_info_item(const syntax::Step& step);

// The first lane the blueprint declares with the id the item starts with; an
// item in no declared lane is reported and its id declares nothing.
std::optional<Index> declared_lane(const syntax::Blueprint& blueprint, const syntax::Step& item);

InfoLane build_info_lane(const syntax::InfoLane& lane);

// Adds the item to the blueprint and to its lane; reports a lane that names none
// and what an item cannot have.
void build_info_item(BuilderState& state, const syntax::Step& item, Index stage);

} // namespace bp::model::building
