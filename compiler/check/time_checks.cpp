// BP205-BP207: waits against tolerance, stage time against budget (on the
// stage's worst path, per persona where there are personas), elapsed time
// against promises (check/elapsed.hpp).

#include "compiler/check/check_context.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::check {

namespace msg = wording::msg;
using fmt::arg;
using model::format_duration;

namespace {

// The message for a stage over budget: v1's when the journey has one path, else
// on the worst path, and for whom when the personas differ there.
const wording::Message& over_budget_message(const PathAnalysis& journey, bool for_persona) {
  if (for_persona) return msg::diag_stage_over_budget_persona;
  return journey.paths.size() > 1 ? msg::diag_stage_over_budget_path : msg::diag_stage_over_budget;
}

// Each journey's stage over its budget; once, without a persona, when every
// persona's worst path takes the same time there.
void check_budgets(const CheckContext& c) {
  const model::Blueprint& b = c.blueprint;
  // Budgets are each persona's: the whole service's journey, analysed besides
  // them for its promise (check/paths.hpp), mixes their steps.
  std::vector<const PathAnalysis*> journeys;
  for (const PathAnalysis& journey : c.journeys)
    if (journey.persona || b.personas.empty()) journeys.push_back(&journey);
  std::vector<TimeAnalysis> times;
  for (const PathAnalysis* journey : journeys)
    times.push_back(analyze_time(b, *journey));
  for (Index s = 0; s < b.stages.size(); ++s) {
    const bool same = std::all_of(times.begin(), times.end(), [&](const TimeAnalysis& t) {
      return t.stages[s].visible_seconds == times.front().stages[s].visible_seconds;
    });
    for (std::size_t j = 0; j < journeys.size() && !(same && j > 0); ++j) {
      const PathAnalysis& journey = *journeys[j];
      const StageTime& time = times[j].stages[s];
      const model::Stage& stage = b.stages[s];
      if (!time.over_budget()) continue;
      const bool for_persona = journey.persona && !same;
      const std::string persona = for_persona ? b.personas[*journey.persona].id : std::string{};
      Finding f =
          finding(diag::checks::stage_over_budget, stage.budget->span,
                  wording::format(over_budget_message(journey, for_persona), arg("stage", stage.id),
                                  arg("persona", persona), arg("visible", format_duration(time.visible_seconds)),
                                  arg("budget", format_duration(*time.budget)),
                                  arg("takes", format_duration(time.takes_seconds)),
                                  arg("waiting", format_duration(time.waiting_seconds))),
                  {{}, s, {}})
              .with_hint(wording::format(msg::diag_stage_over_budget_hint));
      // Where the worst path turns, in this stage.
      if (journey.paths.size() > 1 && journey.worst_path[s]) {
        for (Index branch : journey.paths[*journey.worst_path[s]].branches) {
          if (b.steps[b.flows[branch].from].stage == s)
            f = std::move(f).with_related(b.flows[branch].span, wording::format(msg::diag_stage_over_budget_branch));
        }
      }
      c.out.push_back(std::move(f));
    }
  }
}

// "`a` → `b` → … → `z`": a path short enough for a message.
std::string path_text(const model::Blueprint& b, const std::vector<Index>& path) {
  constexpr std::size_t shown = 6;
  std::string out;
  for (std::size_t k = 0; k < path.size(); ++k) {
    if (path.size() > shown && k == shown - 1) {
      out += " → …";
      k = path.size() - 1;
    }
    out += fmt::format("{}`{}`", out.empty() ? "" : " → ", b.steps[path[k]].id);
  }
  return out;
}

void check_promises(const CheckContext& c, const PathAnalysis& journey) {
  const model::Blueprint& b = c.blueprint;
  const std::string persona = journey.persona ? b.personas[*journey.persona].id : std::string{};
  const Elapsed& all = journey.critical;
  if (b.promise && !all.path.empty() && all.seconds > b.promise->value) {
    const std::string first = b.steps[all.path.front()].id, last = b.steps[all.path.back()].id;
    c.out.push_back(
        finding(diag::checks::broken_promise, b.promise->span,
                wording::format(journey.persona ? msg::diag_broken_promise_persona : msg::diag_broken_promise,
                                arg("persona", persona), arg("elapsed", format_duration(all.seconds)),
                                arg("first", first), arg("last", last),
                                arg("promise", format_duration(b.promise->value))),
                {})
            .with_hint(wording::format(msg::diag_broken_promise_hint, arg("path", path_text(b, all.path)))));
  }
}

// A stage's promise, once: on the slowest of the journeys through it.
void check_stage_promises(const CheckContext& c) {
  const model::Blueprint& b = c.blueprint;
  for (Index s = 0; s < b.stages.size(); ++s) {
    const model::Stage& st = b.stages[s];
    const Elapsed* stage = nullptr;
    for (const PathAnalysis& journey : c.journeys) {
      const auto& e = journey.stage_critical[s];
      if (e && (!stage || e->seconds > stage->seconds)) stage = &*e;
    }
    if (!stage || !st.promise || stage->seconds <= st.promise->value) continue;
    c.out.push_back(
        finding(diag::checks::broken_promise, st.promise->span,
                wording::format(msg::diag_broken_promise_stage, arg("stage", st.id),
                                arg("elapsed", format_duration(stage->seconds)),
                                arg("promise", format_duration(st.promise->value))),
                {{}, s, {}})
            .with_hint(wording::format(msg::diag_broken_promise_hint, arg("path", path_text(b, stage->path)))));
  }
}

} // namespace

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
  check_budgets(c);
  for (const PathAnalysis& journey : c.journeys)
    check_promises(c, journey);
  check_stage_promises(c);
}

} // namespace bp::check
