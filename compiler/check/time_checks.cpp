// BP205-BP206: waits against tolerance, stage time against budget.

#include "compiler/check/check_context.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::check {

using model::format_duration;

void check_time(const CheckContext& c) {
  const auto& steps = c.blueprint.steps;
  for (Index i = 0; i < steps.size(); ++i) {
    for (const model::WaitPoint& wait : steps[i].wait_points) {
      if (!wait.expected || !wait.tolerance || wait.expected->value <= wait.tolerance->value) continue;
      c.out.push_back(
          finding(diag::checks::wait_over_tolerance, wait.expected->span,
                  fmt::format("wait {} on `{}` is expected to take {}, over its tolerance of {}",
                              diag::quoted(wait.text), steps[i].id, format_duration(wait.expected->value),
                              format_duration(wait.tolerance->value)),
                  {{i}, {}, {}})
              .with_hint("shorten the designed wait, or fill it (progress updates, something to do) and re-check the "
                         "tolerance with customers")
              .with_related(wait.tolerance->span, "tolerance given here"));
    }
  }
  for (Index s = 0; s < c.blueprint.stages.size(); ++s) {
    const StageTime& time = c.time.stages[s];
    const model::Stage& stage = c.blueprint.stages[s];
    if (!time.over_budget()) continue;
    c.out.push_back(
        finding(diag::checks::stage_over_budget, stage.budget->span,
                fmt::format("stage `{}` takes {} of customer-visible time, over its budget of {} ({} of steps, "
                            "{} of waiting)",
                            stage.id, format_duration(time.visible_seconds), format_duration(*time.budget),
                            format_duration(time.takes_seconds), format_duration(time.waiting_seconds)),
                {{}, s, {}})
            .with_hint(
                "shorten customer or frontstage steps, move work backstage, cut the waits, or raise the budget"));
  }
}

} // namespace bp::check
