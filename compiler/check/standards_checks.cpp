// BP301-BP305: customer-defined service standards (the gap model's gap 2).

#include "compiler/check/check_context.hpp"
#include "compiler/model/imports.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace {

namespace msg = wording::msg;
using fmt::arg;

void moments(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  if (!s.moment || !s.meets.empty()) return;
  c.out.push_back(finding(diag::checks::moment_without_standard, s.moment->span,
                          wording::format(msg::diag_moment_without_standard, arg("step", s.id)), {{i}, {}, {}})
                      .with_hint(wording::format(msg::diag_moment_without_standard_hint)));
}

void conflicts(const CheckContext& c, Index i) {
  const model::Step& s = c.step(i);
  for (const auto& met : s.meets) {
    const model::Standard& standard = c.blueprint.standards[met.value];
    if (!standard.target || standard.target->unit != model::Unit::seconds) continue;
    const model::Target& target = *standard.target;
    const auto conflict = [&](double seconds, Span span, const wording::Message& breaks) {
      if (meets_target(seconds, target)) return;
      c.out.push_back(
          finding(diag::checks::standard_conflict, span,
                  wording::format(breaks, arg("step", s.id), arg("duration", model::format_duration(seconds)),
                                  arg("standard", standard.id), arg("comparator", model::to_string(target.comparator)),
                                  arg("target", model::format_duration(target.value))),
                  {{i}, {}, met.value})
              .with_hint(wording::format(msg::diag_standard_conflict_hint))
              .with_related(target.span, wording::format(msg::diag_standard_conflict_related)));
    };
    if (s.takes) conflict(s.takes->value, s.takes->span, msg::diag_standard_conflict_takes);
    for (const model::WaitPoint& wait : s.wait_points) {
      if (wait.expected) conflict(wait.expected->value, wait.expected->span, msg::diag_standard_conflict_wait);
    }
  }
}

void standard_findings(const CheckContext& c, const std::vector<char>& used) {
  const auto& standards = c.blueprint.standards;
  for (Index i = 0; i < standards.size(); ++i) {
    const model::Standard& s = standards[i];
    // A library's standard this blueprint does not apply is none of its business.
    if (!used[i] && c.blueprint.imported(s.span)) continue;
    if (!used[i]) {
      c.out.push_back(finding(diag::checks::unused_standard, s.id_span,
                              wording::format(msg::diag_unused_standard, arg("standard", s.id)), {{}, {}, i})
                          .with_hint(wording::format(msg::diag_unused_standard_hint, arg("standard", s.id))));
    }
    if (!s.measure || !s.target) {
      const wording::Message& missing = !s.measure && !s.target ? msg::diag_unmeasurable_standard_neither
                                        : !s.measure            ? msg::diag_unmeasurable_standard_measure
                                                                : msg::diag_unmeasurable_standard_target;
      c.out.push_back(finding(diag::checks::unmeasurable_standard, s.id_span,
                              wording::format(missing, arg("standard", s.id)), {{}, {}, i})
                          .with_hint(wording::format(msg::diag_unmeasurable_standard_hint)));
    }
  }
}

void dimensions(const CheckContext& c) {
  bool covered[5] = {};
  const std::vector<char> in_scope = model::standards_in_scope(c.blueprint);
  for (Index i = 0; i < c.blueprint.standards.size(); ++i) {
    const model::Standard& s = c.blueprint.standards[i];
    if (s.dimension && in_scope[i]) covered[static_cast<int>(s.dimension->value)] = true;
  }
  for (model::Dimension d : model::all_dimensions) {
    if (covered[static_cast<int>(d)]) continue;
    const std::string_view name = model::to_string(d);
    const auto dimension = arg("dimension", name); // holds a reference: `name` must outlive it
    c.out.push_back(finding(diag::checks::uncovered_dimension, c.blueprint.name_span,
                            wording::format(msg::diag_uncovered_dimension, dimension), {})
                        .with_hint(wording::format(msg::diag_uncovered_dimension_hint, dimension)));
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
