#pragma once
// What a check measures against, where the user may set it: from the command
// line (and, later, the project file). The levels of checks are apart
// (levels.hpp): they say how a finding is reported, these whether it is one.

#include "compiler/model/risk.hpp"

namespace bp::check {

struct CheckSettings {
  // BP208 names a fail point whose risk priority number is over this.
  int rpn_threshold = model::default_rpn_threshold;
};

} // namespace bp::check
