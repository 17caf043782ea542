// BP205-BP206: waits against tolerance, stage time against budget.

#include "compiler/check/check_context.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace msg = wording::msg;
using fmt::arg;
using model::format_duration;

void check_time(const CheckContext& c) {
  const auto& steps = c.blueprint.steps;
  for (Index i = 0; i < steps.size(); ++i) {
    for (const model::WaitPoint& wait : steps[i].wait_points) {
      if (!wait.expected || !wait.tolerance || wait.expected->value <= wait.tolerance->value) continue;
      c.out.push_back(
          finding(diag::checks::wait_over_tolerance, wait.expected->span,
                  wording::format(msg::diag_wait_over_tolerance, arg("wait", diag::quoted(wait.text)),
                                  arg("step", steps[i].id), arg("expected", format_duration(wait.expected->value)),
                                  arg("tolerance", format_duration(wait.tolerance->value))),
                  {{i}, {}, {}})
              .with_hint(wording::format(msg::diag_wait_over_tolerance_hint))
              .with_related(wait.tolerance->span, wording::format(msg::diag_wait_over_tolerance_related)));
    }
  }
  for (Index s = 0; s < c.blueprint.stages.size(); ++s) {
    const StageTime& time = c.time.stages[s];
    const model::Stage& stage = c.blueprint.stages[s];
    if (!time.over_budget()) continue;
    c.out.push_back(finding(diag::checks::stage_over_budget, stage.budget->span,
                            wording::format(msg::diag_stage_over_budget, arg("stage", stage.id),
                                            arg("visible", format_duration(time.visible_seconds)),
                                            arg("budget", format_duration(*time.budget)),
                                            arg("takes", format_duration(time.takes_seconds)),
                                            arg("waiting", format_duration(time.waiting_seconds))),
                            {{}, s, {}})
                        .with_hint(wording::format(msg::diag_stage_over_budget_hint)));
  }
}

} // namespace bp::check
