#pragma once
// Personas and channels (language v2, section 2): who a journey is for and how
// the customer is in contact. Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

Persona build_persona(const syntax::Profile& persona);
Channel build_channel(BuilderState& state, const syntax::Profile& channel);

} // namespace bp::model::building
