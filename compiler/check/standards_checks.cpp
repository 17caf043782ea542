// BP301-BP305: customer-defined service standards (the gap model's gap 2).

#include "compiler/check/check_context.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace {

void moments(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (!s.moment || !s.meets.empty()) return;
  c.out.push_back(finding(diag::checks::moment_without_standard, s.moment->span,
                          fmt::format("moment of truth at `{}` meets no standard", s.id), {{i}, {}, {}})
                      .with_hint("add `meets STANDARD` to the step, defining what good looks like at this moment"));
}

void conflicts(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  for (const auto& met : s.meets) {
    const model::Standard& standard = c.blueprint.standards[met.value];
    if (!standard.target || standard.target->unit != model::Unit::seconds) continue;
    const model::Target& target = *standard.target;
    const auto conflict = [&](double seconds, Span span, const char* what) {
      if (meets_target(seconds, target)) return;
      c.out.push_back(finding(diag::checks::standard_conflict, span,
                              fmt::format("`{}` {} {}, which breaks standard `{}` (target {} {})", s.id, what,
                                          model::format_duration(seconds), standard.id,
                                          model::to_string(target.comparator), model::format_duration(target.value)),
                              {{i}, {}, met.value})
                          .with_hint("redesign the step to fit the standard, or revisit the standard's target")
                          .with_related(target.span, "target set here"));
    };
    if (s.takes) conflict(s.takes->value, s.takes->span, "takes");
    for (const model::WaitPoint& wait : s.wait_points) {
      if (wait.expected) conflict(wait.expected->value, wait.expected->span, "has an expected wait of");
    }
  }
}

void standard_findings(const CheckContext& c, const std::vector<char>& used) {
  const auto& standards = c.blueprint.standards;
  for (Index i = 0; i < standards.size(); ++i) {
    const model::Standard& s = standards[i];
    if (!used[i]) {
      c.out.push_back(finding(diag::checks::unused_standard, s.id_span,
                              fmt::format("standard `{}` is met by no step", s.id), {{}, {}, i})
                          .with_hint("add `meets " + s.id + "` to the steps it governs, or remove the standard"));
    }
    if (!s.measure || !s.target) {
      const char* missing = !s.measure && !s.target ? "measure and no target" : !s.measure ? "measure" : "target";
      c.out.push_back(
          finding(diag::checks::unmeasurable_standard, s.id_span, fmt::format("standard `{}` has no {}", s.id, missing),
                  {{}, {}, i})
              .with_hint("add `measure \"...\"` (how it is observed) and `target ...` (the level to reach), as in "
                         "`target <= 2min for 95%`"));
    }
  }
}

void dimensions(const CheckContext& c) {
  bool covered[5] = {};
  for (const model::Standard& s : c.blueprint.standards) {
    if (s.dimension) covered[static_cast<int>(s.dimension->value)] = true;
  }
  for (model::Dimension d : model::all_dimensions) {
    if (covered[static_cast<int>(d)]) continue;
    c.out.push_back(
        finding(diag::checks::uncovered_dimension, c.blueprint.name_span,
                fmt::format("no standard covers the SERVQUAL dimension `{}`", model::to_string(d)), {})
            .with_hint(fmt::format("add a standard with `dimension {}`, or `allow uncovered-dimension` if it does not "
                                   "apply to this service",
                                   model::to_string(d))));
  }
}

} // namespace

void check_standards(const CheckContext& c) {
  std::vector<char> used(c.blueprint.standards.size(), 0);
  for (Index i = 0; i < c.blueprint.steps.size(); ++i) {
    moments(c, i);
    conflicts(c, i);
    for (const auto& met : c.step(i).meets)
      used[met.value] = 1;
  }
  standard_findings(c, used);
  dimensions(c);
}

} // namespace bp::check
