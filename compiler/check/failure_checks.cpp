// BP201-BP204 and BP208: fail points, their recovery and owner, unguarded
// hand-offs, and risks over the threshold with nothing against them.

#include "compiler/check/check_context.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/model/describe.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace {

namespace msg = wording::msg;
using fmt::arg;

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
                              wording::format(msg::diag_missing_recovery, arg("fail", what), arg("step", s.id)),
                              {{i}, {}, {}})
                          .with_hint(wording::format(msg::diag_missing_recovery_hint)));
    }
    if (!fail.owner) {
      c.out.push_back(finding(diag::checks::missing_owner, fail.text_span,
                              wording::format(msg::diag_missing_owner, arg("fail", what), arg("step", s.id)),
                              {{i}, {}, {}})
                          .with_hint(wording::format(msg::diag_missing_owner_hint)));
    }
    const std::optional<int> risk = model::rpn(fail);
    if (risk && *risk > c.settings.rpn_threshold && !fail.prevent && !fail.recovery) {
      c.out.push_back(finding(diag::checks::unmitigated_risk, fail.text_span,
                              wording::format(msg::diag_unmitigated_risk, arg("fail", what), arg("step", s.id),
                                              arg("rpn", *risk), arg("threshold", c.settings.rpn_threshold)),
                              {{i}, {}, {}})
                          .with_hint(wording::format(msg::diag_unmitigated_risk_hint)));
    }
    if (s.moment || flows_into_moment(c, i)) {
      const wording::Message& sits = s.moment ? msg::diag_critical_fail_point_on : msg::diag_critical_fail_point_before;
      c.out.push_back(finding(diag::checks::critical_fail_point, fail.text_span,
                              wording::format(sits, arg("fail", what), arg("step", s.id)), {{i}, {}, {}})
                          .with_hint(wording::format(msg::diag_critical_fail_point_hint)));
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
  const model::Line line =
      flow.crosses.back() == model::Line::internal ? model::Line::internal : model::Line::visibility;
  c.out.push_back(finding(diag::checks::unguarded_handoff, flow.span,
                          wording::format(msg::diag_unguarded_handoff, arg("from", c.step(flow.from).id),
                                          arg("to", c.step(flow.to).id), arg("line", model::line_name(line))),
                          {{flow.from, flow.to}, {}, {}})
                      .with_hint(wording::format(msg::diag_unguarded_handoff_hint)));
}

} // namespace

void check_failure(const CheckContext& c) {
  for (Index i = 0; i < c.blueprint.steps.size(); ++i)
    fail_points(c, i);
  for (Index f = 0; f < c.blueprint.flows.size(); ++f)
    unguarded_handoff(c, f);
}

} // namespace bp::check
