#pragma once
// The symbol table and name resolution: steps, stages, actors and standards share
// one namespace of ids (BP002), and a reference must name an id of the right kind
// (BP003). Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"
#include "compiler/wording/catalog.hpp"

#include <optional>
#include <string>

namespace bp::model::building {

// Fills the blueprint's symbol table in the order of the text; reports ids
// declared twice.
void declare_symbols(BuilderState& state);

// The index of the `kind` named by `word`; reports a reference that names nothing
// or something else.
std::optional<Located<Index>> resolve(BuilderState& state, const syntax::Word& word, SymbolKind kind);
std::optional<Located<Index>> resolve_actor(BuilderState& state, const syntax::Word& word);

// The hint of an unknown name: `hint` with the closest known name, or nothing.
std::string did_you_mean(const wording::Message& hint, const std::optional<std::string>& best);

} // namespace bp::model::building
