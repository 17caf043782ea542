// BP101-BP105: who meets whom across the lines of interaction and visibility.

#include "compiler/check/check_context.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace {

namespace msg = wording::msg;
using fmt::arg;
using model::Lane;

bool is_any(Lane lane, std::initializer_list<Lane> lanes) {
  for (Lane l : lanes) {
    if (lane == l) return true;
  }
  return false;
}

bool touches_lane(const CheckContext& c, Index step, std::initializer_list<Lane> lanes) {
  for (Index f : c.flows.touching(step)) {
    if (is_any(c.other_end(c.blueprint.flows[f], step).lane, lanes)) return true;
  }
  return false;
}

// Which lanes each stage has steps in, computed once: bit n for lane n.
std::vector<unsigned> lanes_per_stage(const model::Blueprint& b) {
  std::vector<unsigned> out(b.stages.size(), 0);
  for (const model::Step& step : b.steps)
    out[step.stage] |= 1u << static_cast<int>(step.lane);
  return out;
}

bool stage_has_lane(const std::vector<unsigned>& stage_lanes, Index stage, std::initializer_list<Lane> lanes) {
  for (Lane l : lanes) {
    if (stage_lanes[stage] & (1u << static_cast<int>(l))) return true;
  }
  return false;
}

void interaction_gap(const CheckContext& c, const std::vector<unsigned>& stage_lanes, Index i) {
  const model::Step& s = c.step(i);
  if (touches_lane(c, i, {Lane::frontstage, Lane::evidence})) return;
  if (stage_has_lane(stage_lanes, s.stage, {Lane::frontstage, Lane::evidence})) return;
  c.out.push_back(finding(diag::checks::interaction_gap, s.id_span,
                          wording::format(msg::diag_interaction_gap, arg("step", s.id)), {{i}, {}, {}})
                      .with_hint(wording::format(msg::diag_interaction_gap_hint)));
}

void visibility_breach(const CheckContext& c, Index f) {
  const model::Flow& flow = c.blueprint.flows[f];
  if (flow.arrow == model::Arrow::journey) return;
  const model::Step& a = c.step(flow.from);
  const model::Step& b = c.step(flow.to);
  const auto customer_side = {Lane::customer, Lane::evidence};
  const auto hidden_side = {Lane::backstage, Lane::support};
  const bool breach = (is_any(a.lane, customer_side) && is_any(b.lane, hidden_side)) ||
                      (is_any(b.lane, customer_side) && is_any(a.lane, hidden_side));
  if (!breach) return;
  // A contact through a remote channel meets no frontstage: the call is taken
  // in the back office, and the customer sees only the voice.
  const auto remote = [&](const model::Step& s) {
    return s.lane == Lane::customer && s.channel && c.blueprint.channels[s.channel->value].remote;
  };
  if (remote(a) || remote(b)) return;
  c.out.push_back(finding(diag::checks::visibility_breach, flow.span,
                          wording::format(msg::diag_visibility_breach, arg("from", a.id),
                                          arg("from_lane", model::to_string(a.lane)), arg("to", b.id),
                                          arg("to_lane", model::to_string(b.lane))),
                          {{flow.from, flow.to}, {}, {}})
                      .with_hint(wording::format(msg::diag_visibility_breach_hint)));
}

// Frontstage steps joined by flows between frontstage steps form groups; a group
// reaches the customer when any of its steps has a flow to a customer step. One
// pass over the flows labels every group: linear in steps + flows.
void orphan_frontstage(const CheckContext& c) {
  const auto& steps = c.blueprint.steps;
  std::vector<Index> group(steps.size(), static_cast<Index>(-1));
  std::vector<char> reaches;
  std::vector<Index> stack;
  for (Index i = 0; i < steps.size(); ++i) {
    if (steps[i].lane != Lane::frontstage || group[i] != static_cast<Index>(-1)) continue;
    const Index id = static_cast<Index>(reaches.size());
    reaches.push_back(0);
    group[i] = id;
    stack.assign(1, i);
    while (!stack.empty()) {
      const Index at = stack.back();
      stack.pop_back();
      for (Index f : c.flows.touching(at)) {
        const model::Flow& flow = c.blueprint.flows[f];
        const Index next = flow.from == at ? flow.to : flow.from;
        if (steps[next].lane == Lane::customer) reaches[id] = 1;
        if (steps[next].lane == Lane::frontstage && group[next] == static_cast<Index>(-1)) {
          group[next] = id;
          stack.push_back(next);
        }
      }
    }
  }
  for (Index i = 0; i < steps.size(); ++i) {
    if (steps[i].lane != Lane::frontstage || reaches[group[i]]) continue;
    c.out.push_back(finding(diag::checks::orphan_frontstage, steps[i].id_span,
                            wording::format(msg::diag_orphan_frontstage, arg("step", steps[i].id)), {{i}, {}, {}})
                        .with_hint(wording::format(msg::diag_orphan_frontstage_hint)));
  }
}

void unsupported_frontstage(const CheckContext& c, const std::vector<unsigned>& stage_lanes, Index i) {
  const model::Step& s = c.step(i);
  if (touches_lane(c, i, {Lane::backstage, Lane::support})) return;
  if (!stage_has_lane(stage_lanes, s.stage, {Lane::backstage})) return;
  c.out.push_back(finding(diag::checks::unsupported_frontstage, s.id_span,
                          wording::format(msg::diag_unsupported_frontstage, arg("step", s.id)), {{i}, {}, {}})
                      .with_hint(wording::format(msg::diag_unsupported_frontstage_hint)));
}

void unreachable_step(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (!c.flows.touching(i).empty()) return;
  c.out.push_back(
      finding(diag::checks::unreachable_step, s.id_span,
              wording::format(msg::diag_unreachable_step, arg("lane", model::to_string(s.lane)), arg("step", s.id)),
              {{i}, {}, {}})
          .with_hint(wording::format(msg::diag_unreachable_step_hint)));
}

} // namespace

void check_interaction(const CheckContext& c) {
  const auto& steps = c.blueprint.steps;
  const std::vector<unsigned> stage_lanes = lanes_per_stage(c.blueprint);
  for (Index i = 0; i < steps.size(); ++i) {
    if (steps[i].lane == Lane::customer) interaction_gap(c, stage_lanes, i);
    if (steps[i].lane == Lane::frontstage) unsupported_frontstage(c, stage_lanes, i);
    if (steps[i].lane == Lane::backstage || steps[i].lane == Lane::support) unreachable_step(c, i);
  }
  for (Index f = 0; f < c.blueprint.flows.size(); ++f)
    visibility_breach(c, f);
  orphan_frontstage(c);
  channel_switches(c);
}

} // namespace bp::check
