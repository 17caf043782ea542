#pragma once
// Orthogonal edge routing on the grid. Planning works in index space and reports
// how many parallel tracks each gutter and channel needs; drawing turns the plan
// into polylines once the grid has coordinates.
//
// Shapes: neighbours in a lane get a straight arrow; steps in adjacent lanes whose
// boxes overlap horizontally get a straight vertical one; otherwise the arrow
// leaves its box towards the target, runs along the gutter between lanes and, if
// lanes lie between, down the channel between stage columns, where no box is.

#include "compiler/layout/grid.hpp"

#include <memory>

namespace bp::layout {

class RoutePlan {
public:
  RoutePlan(const model::Blueprint& blueprint, const Grid& grid);
  ~RoutePlan();
  const TrackCounts& tracks() const;
  std::vector<Route> draw(const Grid& placed) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace bp::layout
