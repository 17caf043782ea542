#pragma once
// Stages and the steps in them: a stage's budget and notes, a step's lane, actor
// and time, and what evidence may not have (`by`, `takes`). Internal to
// compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

// Adds the stage and its steps to the blueprint, in declaration order.
void build_stage(BuilderState& state, const syntax::Stage& stage);

} // namespace bp::model::building
