#pragma once
// The blueprint's own attributes: description, owner, version, status, updated
// (each once) and `allow`. Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"

namespace bp::model::building {

void blueprint_attr(BuilderState& state, const syntax::Attr& attr);

} // namespace bp::model::building
