#include "compiler/model/builder.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/model/actors_and_standards.hpp"
#include "compiler/model/attribute_rules.hpp"
#include "compiler/model/blueprint_attrs.hpp"
#include "compiler/model/builder_state.hpp"
#include "compiler/model/symbols.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

// The builder's parts not yet in files of their own.
namespace bp::model::building {

void step_attr(BuilderState& state, Step& step, const syntax::Attr& attr);

// Adds the stage and its steps to the blueprint, in declaration order.
void build_stage(BuilderState& state, const syntax::Stage& stage);

// Adds one flow per arrow of `flow` whose two ends name steps.
void build_flow(BuilderState& state, const syntax::Flow& flow);

// Joins each customer step to the next one, unless a declared flow already does.
void add_journey(BuilderState& state);

// Reports more steps or flows than the limits allow.
void check_counts(BuilderState& state);

// Reports a blueprint without stages and stages without steps, unless a syntax
// error explains the emptiness.
void check_not_empty(BuilderState& state);

namespace {

namespace msg = wording::msg;
using fmt::arg;

// An attribute on a step whose lane it does not belong in.
void report_lane(BuilderState& state, const Step& step, const syntax::Attr& attr, const wording::Message& message,
                 const wording::Message& hint) {
  state.report(diag::error(diag::checks::invalid_value, attr.keyword.span,
                           wording::format(message, arg("lane", to_string(step.lane)), arg("step", step.id)))
                   .with_hint(wording::format(hint)));
}

void moment_attr(BuilderState& state, Step& step, const syntax::Attr& attr) {
  if (step.lane == Lane::backstage || step.lane == Lane::support)
    report_lane(state, step, attr, msg::diag_moment_lane, msg::diag_moment_lane_hint);
  if (first(state, step.moment, attr, given_at(step.moment), msg::diag_given_twice_step, step.id))
    step.moment = Moment{attr.texts.at(0).value, attr.span};
}

void feeling_attr(BuilderState& state, Step& step, const syntax::Attr& attr) {
  if (step.lane != Lane::customer) report_lane(state, step, attr, msg::diag_feeling_lane, msg::diag_feeling_lane_hint);
  if (first(state, step.feeling, attr, given_at(step.feeling), msg::diag_given_twice_step, step.id)) {
    if (auto value = checked_feeling(attr.quantities.at(0), state.out)) step.feeling = Located<int>{*value, attr.span};
  }
}

FailPoint build_fail(BuilderState& state, const syntax::Attr& attr) {
  FailPoint fail;
  fail.text = attr.texts.at(0).value;
  fail.span = attr.span;
  fail.text_span = attr.texts.at(0).span;
  auto once = [&](const auto& slot, const syntax::Attr& item) {
    return first(state, slot, item, given_at(slot), msg::diag_given_twice_fail_point);
  };
  for (const syntax::Attr& item : attr.block) {
    const std::string& key = item.keyword.text;
    if (key == "recovery" && once(fail.recovery, item)) {
      fail.recovery = Located<std::string>{item.texts.at(0).value, item.span};
    } else if (key == "owner" && once(fail.owner, item)) {
      fail.owner = resolve_actor(state, item.words.at(0));
    } else if (key == "severity" && once(fail.severity, item)) {
      const std::string& w = item.words.at(0).text;
      fail.severity = Located<FailSeverity>{grammar::value_of<FailSeverity>(w, FailSeverity::high), item.span};
    }
  }
  return fail;
}

WaitPoint build_wait(BuilderState& state, const syntax::Attr& attr) {
  WaitPoint wait;
  wait.text = attr.texts.at(0).value;
  wait.span = attr.span;
  wait.text_span = attr.texts.at(0).span;
  for (const syntax::Attr& item : attr.block) {
    auto& slot = item.keyword.text == "expected" ? wait.expected : wait.tolerance;
    if (first(state, slot, item, given_at(slot), msg::diag_given_twice_wait_point)) {
      if (auto seconds = checked_duration(item.quantities.at(0), state.out))
        slot = Located<double>{*seconds, item.span};
    }
  }
  return wait;
}

} // namespace

void step_attr(BuilderState& state, Step& step, const syntax::Attr& attr) {
  const std::string& key = attr.keyword.text;
  if (key == "moment") {
    moment_attr(state, step, attr);
  } else if (key == "fail") {
    step.fail_points.push_back(build_fail(state, attr));
  } else if (key == "wait") {
    step.wait_points.push_back(build_wait(state, attr));
  } else if (key == "meets") {
    for (const syntax::Word& word : attr.words) {
      if (auto standard = resolve(state, word, SymbolKind::standard)) step.meets.push_back(*standard);
    }
  } else if (key == "feeling") {
    feeling_attr(state, step, attr);
  } else if (key == "note") {
    step.notes.push_back(attr.texts.at(0).value);
  } else if (key == "allow") {
    allow(state, attr, step.allowed);
  }
}

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
  for (const syntax::Attr& attr : s.attrs)
    step_attr(state, step, attr);
  return step;
}

void stage_attr(BuilderState& state, Stage& stage, const syntax::Attr& attr) {
  if (attr.keyword.text == "allow") {
    allow(state, attr, stage.allowed);
  } else if (attr.keyword.text == "note") {
    stage.notes.push_back(attr.texts.at(0).value);
  } else if (first(state, stage.budget, attr, given_at(stage.budget), msg::diag_given_twice_stage, stage.id)) {
    if (auto seconds = checked_duration(attr.quantities.at(0), state.out))
      stage.budget = Located<double>{*seconds, attr.span};
  }
}

} // namespace

void build_stage(BuilderState& state, const syntax::Stage& s) {
  Blueprint& bp = state.blueprint;
  const Index index = static_cast<Index>(bp.stages.size());
  Stage stage{s.id.text, s.label.value, {}, {}, {}, {}, s.span, s.id.span};
  for (const syntax::Attr& attr : s.attrs)
    stage_attr(state, stage, attr);
  for (const syntax::Step& step : s.steps) {
    stage.steps.push_back(static_cast<Index>(bp.steps.size()));
    bp.steps.push_back(build_step(state, step, index));
  }
  bp.stages.push_back(std::move(stage));
}

void build_flow(BuilderState& state, const syntax::Flow& f) {
  Blueprint& bp = state.blueprint;
  std::vector<std::optional<Located<Index>>> ends;
  for (const syntax::Word& end : f.ends)
    ends.push_back(resolve(state, end, SymbolKind::step));
  for (std::size_t i = 0; i + 1 < ends.size() && i < f.arrows.size(); ++i) {
    const auto& from = ends[i];
    const auto& to = ends[i + 1];
    if (!from || !to) continue;
    const std::string& a = f.arrows[i].text;
    Flow flow;
    flow.from = from->value;
    flow.to = to->value;
    flow.arrow = grammar::value_of<Arrow>(a, Arrow::interaction);
    if (f.label) flow.label = f.label->value;
    flow.crosses = lines_between(bp.steps[flow.from].lane, bp.steps[flow.to].lane);
    flow.span = f.arrows[i].span;
    flow.from_span = from->span;
    flow.to_span = to->span;
    bp.flows.push_back(std::move(flow));
  }
}

void add_journey(BuilderState& state) {
  Blueprint& bp = state.blueprint;
  std::unordered_map<std::uint64_t, bool> joined;
  auto key = [](Index a, Index b) { return (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b); };
  for (const Flow& flow : bp.flows)
    joined[key(flow.from, flow.to)] = true;
  std::optional<Index> previous;
  for (Index i = 0; i < bp.steps.size(); ++i) {
    if (bp.steps[i].lane != Lane::customer) continue;
    if (previous && !joined.count(key(*previous, i))) {
      Flow flow;
      flow.from = *previous;
      flow.to = i;
      flow.arrow = Arrow::journey;
      flow.span = bp.steps[i].id_span;
      flow.from_span = bp.steps[*previous].id_span;
      flow.to_span = bp.steps[i].id_span;
      bp.flows.push_back(std::move(flow));
    }
    previous = i;
  }
}

namespace {

namespace msg = wording::msg;
using fmt::arg;

// An empty stage whose text had a syntax error is empty because of that error.
// The syntax errors' offsets are sorted once, so each question is a search.
bool has_syntax_error_in(BuilderState& state, Span span) {
  auto& offsets = state.syntax_error_offsets;
  if (!offsets) {
    offsets.emplace();
    for (const diag::Diagnostic& d : state.out) {
      if (d.code == diag::checks::syntax) offsets->push_back(d.span.begin);
    }
    std::sort(offsets->begin(), offsets->end());
  }
  const auto it = std::lower_bound(offsets->begin(), offsets->end(), span.begin);
  return it != offsets->end() && *it <= span.end;
}

} // namespace

void check_counts(BuilderState& state) {
  const Blueprint& bp = state.blueprint;
  const source::Limits& limits = state.limits;
  if (bp.steps.size() > limits.max_steps) {
    state.report(diag::error(diag::checks::invalid_value, bp.steps[limits.max_steps].id_span,
                             wording::format(msg::diag_over_limit_steps, arg("count", bp.steps.size()),
                                             arg("limit", limits.max_steps)))
                     .with_hint(wording::format(msg::diag_over_limit_hint)));
  }
  if (bp.flows.size() > limits.max_flows) {
    state.report(diag::error(diag::checks::invalid_value, bp.flows[limits.max_flows].span,
                             wording::format(msg::diag_over_limit_flows, arg("count", bp.flows.size()),
                                             arg("limit", limits.max_flows)))
                     .with_hint(wording::format(msg::diag_over_limit_hint)));
  }
}

void check_not_empty(BuilderState& state) {
  if (!state.tree.blueprint.present) return;
  const Blueprint& bp = state.blueprint;
  if (bp.stages.empty() && !has_syntax_error_in(state, bp.span)) {
    state.report(diag::error(diag::checks::empty_blueprint, bp.name_span, wording::format(msg::diag_empty_blueprint))
                     .with_hint(wording::format(msg::diag_empty_blueprint_hint)));
  }
  for (const Stage& stage : bp.stages) {
    if (stage.steps.empty() && !has_syntax_error_in(state, stage.span)) {
      state.report(diag::error(diag::checks::empty_blueprint, stage.id_span,
                               wording::format(msg::diag_empty_stage, arg("stage", stage.id)))
                       .with_hint(wording::format(msg::diag_empty_stage_hint)));
    }
  }
}

} // namespace bp::model::building

namespace bp::model {

// The order matters: ids are declared before anything refers to them, steps
// exist before flows join them, and the counts are checked before the journey
// adds its flows, so the limit counts only the flows the author wrote.
Blueprint build(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits) {
  using namespace building;
  BuilderState state(tree, diagnostics, limits);
  const syntax::Blueprint& b = tree.blueprint;
  Blueprint& bp = state.blueprint;
  bp.name = b.name.value;
  bp.span = b.span;
  bp.name_span = b.name.span;
  declare_symbols(state);
  for (const syntax::Attr& attr : b.attrs)
    blueprint_attr(state, attr);
  for (const syntax::Actor& actor : b.actors)
    bp.actors.push_back(build_actor(actor));
  for (const syntax::Standard& standard : b.standards)
    bp.standards.push_back(build_standard(state, standard));
  for (const syntax::Stage& stage : b.stages)
    build_stage(state, stage);
  for (const syntax::Flow& flow : b.flows)
    build_flow(state, flow);
  check_counts(state);
  add_journey(state);
  check_not_empty(state);
  return std::move(bp);
}

} // namespace bp::model
