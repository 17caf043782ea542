#include "compiler/model/actors_and_standards.hpp"

#include "compiler/model/attribute_rules.hpp"
#include "compiler/model/symbols.hpp"
#include "compiler/model/value_rules.hpp"

namespace bp::model::building {

namespace {

namespace msg = wording::msg;

// A target's value in range, or nothing: a duration, a percentage or a number,
// and the share of cases it must hold for (`for 95%`).
std::optional<Target> build_target(BuilderState& state, const syntax::Attr& attr) {
  Target target;
  target.span = attr.span;
  const std::string& c = attr.words.at(0).text;
  target.comparator = grammar::value_of<Comparator>(c, Comparator::equal);
  const syntax::Quantity& q = attr.quantities.at(0);
  std::optional<double> value;
  if (q.kind == syntax::QuantityKind::duration) target.unit = Unit::seconds, value = checked_duration(q, state.out);
  if (q.kind == syntax::QuantityKind::percent) target.unit = Unit::percent, value = checked_percent(q, state.out);
  if (q.kind == syntax::QuantityKind::number) target.unit = Unit::number, value = checked_number(q, state.out);
  if (attr.quantities.size() > 1) target.share = checked_percent(attr.quantities[1], state.out);
  if (!value || (attr.quantities.size() > 1 && !target.share)) return std::nullopt;
  target.value = *value;
  return target;
}

void standard_attr(BuilderState& state, Standard& standard, const syntax::Attr& attr) {
  const std::string& key = attr.keyword.text;
  auto once = [&](const auto& slot) {
    return first(state, slot, attr, given_at(slot), msg::diag_given_twice_standard, standard.id);
  };
  if (key == "allow") {
    allow(state, attr, standard.allowed);
  } else if (key == "note") {
    standard.notes.push_back(attr.texts.at(0).value);
  } else if (key == "dimension") {
    if (once(standard.dimension)) {
      standard.dimension =
          Located<Dimension>{grammar::value_of<Dimension>(attr.words.at(0).text, Dimension::reliability), attr.span};
    }
  } else if (key == "kind") {
    if (once(standard.kind)) {
      standard.kind =
          Located<StandardKind>{grammar::value_of<StandardKind>(attr.words.at(0).text, StandardKind::soft), attr.span};
    }
  } else if (key == "measure") {
    if (once(standard.measure)) standard.measure = Located<std::string>{attr.texts.at(0).value, attr.span};
  } else if (key == "target") {
    if (once(standard.target)) standard.target = build_target(state, attr);
  } else if (key == "owner") {
    if (once(standard.owner)) standard.owner = resolve_actor(state, attr.words.at(0));
  }
}

} // namespace

Actor build_actor(const syntax::Actor& a) {
  const ActorKind kind = grammar::value_of<ActorKind>(a.kind.text, ActorKind::partner);
  return Actor{a.id.text, a.label.value, kind, a.span, a.id.span};
}

Standard build_standard(BuilderState& state, const syntax::Standard& s) {
  Standard standard{s.id.text, s.label.value, {}, {}, {}, {}, {}, {}, {}, s.span, s.id.span};
  for (const syntax::Attr& attr : s.attrs)
    standard_attr(state, standard, attr);
  return standard;
}

} // namespace bp::model::building
