#include "compiler/model/blueprint_attrs.hpp"

#include "compiler/model/attribute_rules.hpp"
#include "compiler/model/value_rules.hpp"

namespace bp::model::building {

namespace {

namespace msg = wording::msg;

// The blueprint's attributes are plain optionals, without spans of their own;
// the state keeps where each was first given.
Span previous(const BuilderState& state, const std::string& key) {
  const auto it = state.meta_spans.find(key);
  return it == state.meta_spans.end() ? Span{} : it->second;
}

} // namespace

void blueprint_attr(BuilderState& state, const syntax::Attr& attr) {
  Blueprint& bp = state.blueprint;
  const std::string& key = attr.keyword.text;
  if (key == "allow") return allow(state, attr, bp.allowed);
  if (key == "promise") {
    if (first(state, bp.promise, attr, given_at(bp.promise), msg::diag_given_twice_blueprint)) {
      if (auto seconds = checked_duration(attr.quantities.at(0), state.out))
        bp.promise = Located<double>{*seconds, attr.span};
    }
  } else if (key == "status") {
    if (first(state, bp.status, attr, previous(state, key), msg::diag_given_twice_blueprint)) {
      const std::string& w = attr.words.at(0).text;
      bp.status = grammar::value_of<Status>(w, Status::approved);
    }
  } else {
    std::optional<std::string>& slot = key == "description" ? bp.description
                                       : key == "owner"     ? bp.owner
                                       : key == "version"   ? bp.version
                                                            : bp.updated;
    if (first(state, slot, attr, previous(state, key), msg::diag_given_twice_blueprint)) slot = attr.texts.at(0).value;
  }
  state.meta_spans.try_emplace(key, attr.span);
}

} // namespace bp::model::building
