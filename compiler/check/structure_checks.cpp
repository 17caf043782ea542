// BP401-BP403: the shape of the grid and its cast.

#include "compiler/check/check_context.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace msg = wording::msg;
using fmt::arg;

void check_structure(const CheckContext& c) {
  const model::Blueprint& b = c.blueprint;
  for (Index s = 0; s < b.stages.size(); ++s) {
    bool customer = false, evidence = false;
    for (Index i : b.stages[s].steps) {
      customer = customer || b.steps[i].lane == model::Lane::customer;
      evidence = evidence || b.steps[i].lane == model::Lane::evidence;
    }
    const model::Stage& stage = b.stages[s];
    if (!customer) {
      c.out.push_back(finding(diag::checks::stage_without_customer, stage.id_span,
                              wording::format(msg::diag_stage_without_customer, arg("stage", stage.id)), {{}, s, {}})
                          .with_hint(wording::format(msg::diag_stage_without_customer_hint)));
    } else if (!evidence) {
      c.out.push_back(finding(diag::checks::stage_without_evidence, stage.id_span,
                              wording::format(msg::diag_stage_without_evidence, arg("stage", stage.id)), {{}, s, {}})
                          .with_hint(wording::format(msg::diag_stage_without_evidence_hint)));
    }
  }
  std::vector<char> used(b.actors.size(), 0);
  for (const model::Step& step : b.steps) {
    if (step.actor) used[step.actor->value] = 1;
    for (const model::FailPoint& fail : step.fail_points) {
      if (fail.owner) used[fail.owner->value] = 1;
    }
  }
  for (const model::Standard& standard : b.standards) {
    if (standard.owner) used[standard.owner->value] = 1;
  }
  for (Index a = 0; a < b.actors.size(); ++a) {
    const model::Actor& actor = b.actors[a];
    // A library names everyone of a network; a blueprint uses whom it needs.
    if (used[a] || b.imported(actor.span)) continue;
    c.out.push_back(finding(diag::checks::unused_actor, actor.id_span,
                            wording::format(msg::diag_unused_actor, arg("kind", model::to_string(actor.kind)),
                                            arg("actor", actor.id)),
                            {})
                        .with_hint(wording::format(msg::diag_unused_actor_hint)));
  }
}

} // namespace bp::check
