#pragma once
// Rules every block's attributes follow, whichever element holds them: an
// attribute given once may not be given twice (BP004), and `allow` names checks
// that are warnings or notes (BP003, BP004). Internal to compiler/model/.

#include "compiler/model/builder_state.hpp"
#include "compiler/wording/catalog.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::model::building {

// Reports `attr` given again; `twice` names the element that holds it ("for step
// `{id}`"), `previous` is where it was first given.
void report_given_twice(BuilderState& state, const syntax::Attr& attr, Span previous, const wording::Message& twice,
                        std::string_view id);

// True when `slot` is still empty; otherwise reports `attr` as given twice.
template <typename T>
bool first(BuilderState& state, const std::optional<T>& slot, const syntax::Attr& attr, Span previous,
           const wording::Message& twice, std::string_view id = {}) {
  if (!slot) return true;
  report_given_twice(state, attr, previous, twice, id);
  return false;
}

// Where the attribute held in `slot` was given; empty when it was not.
template <typename T> Span given_at(const std::optional<T>& slot) { return slot ? slot->span : Span{}; }

// The checks `allow` names, added to `into`; reports unknown checks and errors.
void allow(BuilderState& state, const syntax::Attr& attr, std::vector<Located<std::string>>& into);

} // namespace bp::model::building
