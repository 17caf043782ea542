#pragma once
// Flows between steps: the declared ones, each arrow of a chain its own flow with
// the lines it crosses, and the customer journey derived from the customer steps'
// order. Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

// Adds one flow per arrow of `flow` whose two ends name steps.
void build_flow(BuilderState& state, const syntax::Flow& flow);

// Joins each customer step to the next one, unless a declared flow already does.
void add_journey(BuilderState& state);

} // namespace bp::model::building
