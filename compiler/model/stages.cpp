#include "compiler/model/stages.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/model/attribute_rules.hpp"
#include "compiler/model/info_lanes.hpp"
#include "compiler/model/step_attrs.hpp"
#include "compiler/model/symbols.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::model::building {

namespace {

namespace msg = wording::msg;
using fmt::arg;

// Evidence is a thing the customer sees: nobody performs it and it takes no time.
void report_on_evidence(BuilderState& state, Span at, const wording::Message& message, const wording::Message& hint,
                        const std::string& step) {
  state.report(diag::error(diag::checks::invalid_value, at, wording::format(message, arg("step", step)))
                   .with_hint(wording::format(hint)));
}

Step build_step(BuilderState& state, const syntax::Step& s, Index stage) {
  Step step;
  step.id = s.id.text;
  step.label = s.label.value;
  step.lane = grammar::value_of<Lane>(s.lane.text, Lane::customer);
  step.stage = stage;
  step.span = s.span;
  step.id_span = s.id.span;
  if (s.by) {
    if (step.lane == Lane::evidence)
      report_on_evidence(state, s.by->span, msg::diag_evidence_by, msg::diag_evidence_by_hint, step.id);
    step.actor = resolve_actor(state, *s.by);
  }
  if (s.takes) {
    if (step.lane == Lane::evidence)
      report_on_evidence(state, s.takes->span, msg::diag_evidence_takes, msg::diag_evidence_takes_hint, step.id);
    if (auto seconds = checked_duration(*s.takes, state.out)) step.takes = Located<double>{*seconds, s.takes->span};
  }
  step_clauses(state, step, s);
  for (const syntax::Attr& attr : s.attrs)
    step_attr(state, step, attr);
  return step;
}

void stage_attr(BuilderState& state, Stage& stage, const syntax::Attr& attr) {
  if (attr.keyword.text == "allow") {
    allow(state, attr, stage.allowed);
  } else if (attr.keyword.text == "note") {
    stage.notes.push_back(attr.texts.at(0).value);
  } else {
    std::optional<Located<double>>& slot = attr.keyword.text == "promise" ? stage.promise : stage.budget;
    if (first(state, slot, attr, given_at(slot), msg::diag_given_twice_stage, stage.id)) {
      if (auto seconds = checked_duration(attr.quantities.at(0), state.out))
        slot = Located<double>{*seconds, attr.span};
    }
  }
}

} // namespace

void build_stage(BuilderState& state, const syntax::Stage& s) {
  Blueprint& bp = state.blueprint;
  const Index index = static_cast<Index>(bp.stages.size());
  Stage stage{s.id.text, s.label.value, {}, {}, {}, {}, {}, {}, s.span, s.id.span};
  for (const syntax::Attr& attr : s.attrs)
    stage_attr(state, stage, attr);
  for (const syntax::Step& step : s.steps) {
    if (is_info_item(step)) continue;
    stage.steps.push_back(static_cast<Index>(bp.steps.size()));
    bp.steps.push_back(build_step(state, step, index));
  }
  bp.stages.push_back(std::move(stage));
  // The items of the information lanes, once the stage exists to hold them.
  for (const syntax::Step& step : s.steps) {
    if (is_info_item(step)) build_info_item(state, step, index);
  }
}

} // namespace bp::model::building
