#pragma once
// A step's attributes and where each may stand: a moment of truth where the
// customer is, a feeling on a customer step; fail points with their recovery,
// owner and severity; wait points with their expected time and tolerance; the
// v2 marks `decision` and `end`, and the head's `via` and `for`.
// Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

void step_attr(BuilderState& state, Step& step, const syntax::Attr& attr);
// The clauses of the step's head after `by` and `takes`: `via` and `for`.
void step_clauses(BuilderState& state, Step& step, const syntax::Step& s);

} // namespace bp::model::building
