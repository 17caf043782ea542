// BP201-BP204: fail points, their recovery and owner, and unguarded hand-offs.

#include "compiler/check/check_context.hpp"
#include "compiler/diag/quote.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace {

bool flows_into_moment(const CheckContext& c, Index i) {
  for (Index f : c.flows.outgoing(i)) {
    const model::Flow& flow = c.blueprint.flows[f];
    if (c.other_end(flow, i).moment) return true;
  }
  return false;
}

void fail_points(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  for (const model::FailPoint& fail : s.fail_points) {
    const std::string what = diag::quoted(fail.text);
    if (!fail.recovery) {
      c.out.push_back(finding(diag::checks::missing_recovery, fail.text_span,
                              fmt::format("fail point {} on `{}` has no recovery", what, s.id), {{i}, {}, {}})
                          .with_hint("add `recovery \"...\"` inside the fail block: what staff do when it happens"));
    }
    if (!fail.owner) {
      c.out.push_back(finding(diag::checks::missing_owner, fail.text_span,
                              fmt::format("fail point {} on `{}` has no owner", what, s.id), {{i}, {}, {}})
                          .with_hint("add `owner ROLE` inside the fail block: who is accountable for the recovery"));
    }
    if (s.moment || flows_into_moment(c, i)) {
      const std::string where = s.moment ? "on a moment of truth" : "right before a moment of truth";
      c.out.push_back(
          finding(diag::checks::critical_fail_point, fail.text_span,
                  fmt::format("fail point {} on `{}` sits {}", what, s.id, where), {{i}, {}, {}})
              .with_hint("make the recovery visible and fast here, or move the risk earlier, away from the moment"));
    }
  }
}

// The performer of a step: customer steps are the customer, a step without `by`
// is an actor of its own.
std::string actor_key(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (s.lane == model::Lane::customer) return "customer";
  if (s.actor) return "actor:" + c.blueprint.actors[s.actor->value].id;
  return "step:" + s.id;
}

void unguarded_handoff(const CheckContext& c, Index f) {
  const model::Flow& flow = c.blueprint.flows[f];
  if (flow.arrow == model::Arrow::journey) return;
  bool risky_line = false;
  for (model::Line line : flow.crosses) {
    risky_line = risky_line || line == model::Line::visibility || line == model::Line::internal;
  }
  if (!risky_line || actor_key(c, flow.from) == actor_key(c, flow.to)) return;
  if (!c.step(flow.from).fail_points.empty() || !c.step(flow.to).fail_points.empty()) return;
  c.out.push_back(
      finding(diag::checks::unguarded_handoff, flow.span,
              fmt::format("hand-off from `{}` to `{}` crosses the {} between different actors and has no fail "
                          "point",
                          c.step(flow.from).id, c.step(flow.to).id,
                          model::to_string(flow.crosses.back() == model::Line::internal ? model::Line::internal
                                                                                        : model::Line::visibility)),
              {{flow.from, flow.to}, {}, {}})
          .with_hint(
              "consider what can go wrong in this hand-off and add a `fail` block with its recovery to one end"));
}

} // namespace

void check_failure(const CheckContext& c) {
  for (Index i = 0; i < c.blueprint.steps.size(); ++i)
    fail_points(c, i);
  for (Index f = 0; f < c.blueprint.flows.size(); ++f)
    unguarded_handoff(c, f);
}

} // namespace bp::check
