#pragma once
// Whether the blueprint is whole and within bounds: at most so many steps and
// flows (BP004), at least one stage and a step in each (BP005). Internal to
// compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

// Reports more steps or flows than the limits allow.
void check_counts(BuilderState& state);

// Reports a blueprint without stages and stages without steps, unless a syntax
// error explains the emptiness.
void check_not_empty(BuilderState& state);

} // namespace bp::model::building
