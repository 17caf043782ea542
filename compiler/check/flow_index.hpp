#pragma once
// Flows indexed per step, built once, so every check is linear in steps + flows.

#include "compiler/model/blueprint.hpp"

#include <vector>

namespace bp::check {

using model::Index;

class FlowIndex {
public:
  explicit FlowIndex(const model::Blueprint& blueprint);

  // Indexes into blueprint.flows of the flows leaving / entering a step. A `<->`
  // flow is listed both ways. Journey arrows are included; `declared_only` skips them.
  const std::vector<Index>& outgoing(Index step) const { return outgoing_[step]; }
  const std::vector<Index>& incoming(Index step) const { return incoming_[step]; }
  // Declared flows touching the step, in either direction.
  const std::vector<Index>& touching(Index step) const { return touching_[step]; }

private:
  std::vector<std::vector<Index>> outgoing_, incoming_, touching_;
};

} // namespace bp::check
