#pragma once
// Actors, and the standards a step can meet: what each standard measures, its
// target and its owner. Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

Actor build_actor(const syntax::Actor& actor);
Standard build_standard(BuilderState& state, const syntax::Standard& standard);

} // namespace bp::model::building
