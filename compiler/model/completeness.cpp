#include "compiler/model/completeness.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::model::building {

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
