// BP101-BP105: who meets whom across the lines of interaction and visibility.

#include "compiler/check/check_context.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace {

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

bool stage_has_lane(const CheckContext& c, Index stage, std::initializer_list<Lane> lanes) {
  for (Index i : c.blueprint.stages[stage].steps) {
    if (is_any(c.step(i).lane, lanes)) return true;
  }
  return false;
}

void interaction_gap(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (touches_lane(c, i, {Lane::frontstage, Lane::evidence})) return;
  if (stage_has_lane(c, s.stage, {Lane::frontstage, Lane::evidence})) return;
  c.out.push_back({"BP101",
                   s.id_span,
                   fmt::format("customer step `{}` meets no frontstage step or evidence", s.id),
                   "add a frontstage step or evidence the customer meets here, and a flow to it",
                   {},
                   {{i}, {}, {}}});
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
  c.out.push_back({"BP102",
                   flow.span,
                   fmt::format("flow from `{}` ({}) to `{}` ({}) crosses the line of visibility without a frontstage "
                               "step",
                               a.id, model::to_string(a.lane), b.id, model::to_string(b.lane)),
                   "route the contact through a frontstage step; for remote contact (a phone order taken backstage) "
                   "add `allow visibility-breach` to either step",
                   {},
                   {{flow.from, flow.to}, {}, {}}});
}

// Follows flows through frontstage steps only, looking for a customer step.
bool reaches_customer(const CheckContext& c, Index start, std::vector<char>& seen) {
  std::vector<Index> stack{start};
  seen[start] = 1;
  while (!stack.empty()) {
    const Index at = stack.back();
    stack.pop_back();
    for (Index f : c.flows.touching(at)) {
      const model::Flow& flow = c.blueprint.flows[f];
      const Index next = flow.from == at ? flow.to : flow.from;
      if (c.step(next).lane == Lane::customer) return true;
      if (c.step(next).lane == Lane::frontstage && !seen[next]) {
        seen[next] = 1;
        stack.push_back(next);
      }
    }
  }
  return false;
}

void orphan_frontstage(const CheckContext& c) {
  // Frontstage steps connected through frontstage-only flows share one answer,
  // so each component is searched once: linear overall.
  const auto& steps = c.blueprint.steps;
  std::vector<char> seen(steps.size(), 0);
  std::vector<signed char> answer(steps.size(), -1);
  for (Index i = 0; i < steps.size(); ++i) {
    if (steps[i].lane != Lane::frontstage || answer[i] != -1) continue;
    std::vector<char> component(steps.size(), 0);
    const bool reached = reaches_customer(c, i, component);
    for (Index j = 0; j < steps.size(); ++j) {
      if (component[j] && !reached) answer[j] = 0;
    }
    answer[i] = reached ? 1 : 0;
    if (!reached) {
      c.out.push_back({"BP103",
                       steps[i].id_span,
                       fmt::format("frontstage step `{}` reaches no customer step", steps[i].id),
                       "add a flow from this step (or the frontstage steps it joins) to the customer step it serves",
                       {},
                       {{i}, {}, {}}});
    }
  }
  (void)seen;
}

void unsupported_frontstage(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (touches_lane(c, i, {Lane::backstage, Lane::support})) return;
  if (!stage_has_lane(c, s.stage, {Lane::backstage})) return;
  c.out.push_back({"BP104",
                   s.id_span,
                   fmt::format("frontstage step `{}` has no backstage or support step behind it", s.id),
                   "add a flow to the backstage or support step that makes this step possible",
                   {},
                   {{i}, {}, {}}});
}

void unreachable_step(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (!c.flows.touching(i).empty()) return;
  c.out.push_back({"BP105",
                   s.id_span,
                   fmt::format("{} step `{}` has no flow", model::to_string(s.lane), s.id),
                   "add a flow that shows what triggers this step or what it feeds",
                   {},
                   {{i}, {}, {}}});
}

} // namespace

void check_interaction(const CheckContext& c) {
  const auto& steps = c.blueprint.steps;
  for (Index i = 0; i < steps.size(); ++i) {
    if (steps[i].lane == Lane::customer) interaction_gap(c, i);
    if (steps[i].lane == Lane::frontstage) unsupported_frontstage(c, i);
    if (steps[i].lane == Lane::backstage || steps[i].lane == Lane::support) unreachable_step(c, i);
  }
  for (Index f = 0; f < c.blueprint.flows.size(); ++f)
    visibility_breach(c, f);
  orphan_frontstage(c);
}

} // namespace bp::check
