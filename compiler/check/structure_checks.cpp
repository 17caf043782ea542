// BP401-BP403: the shape of the grid and its cast.

#include "compiler/check/check_context.hpp"

#include <fmt/format.h>

namespace bp::check {

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
      c.out.push_back(
          finding(diag::checks::stage_without_customer, stage.id_span,
                  fmt::format("stage `{}` has no customer step", stage.id), {{}, s, {}})
              .with_hint("every stage is a step of the customer's journey: add what the customer does here, or merge "
                         "the stage into its neighbour"));
    } else if (!evidence) {
      c.out.push_back(
          finding(diag::checks::stage_without_evidence, stage.id_span,
                  fmt::format("stage `{}` has customer steps but no evidence", stage.id), {{}, s, {}})
              .with_hint("add an `evidence` step: what the customer sees, holds or receives in this stage"));
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
    if (used[a]) continue;
    c.out.push_back(finding(diag::checks::unused_actor, b.actors[a].id_span,
                            fmt::format("{} `{}` performs no step and owns nothing", model::to_string(b.actors[a].kind),
                                        b.actors[a].id),
                            {})
                        .with_hint("use it with `by` or `owner`, or remove it"));
  }
}

} // namespace bp::check
