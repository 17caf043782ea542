#include "compiler/checklist/checklist.hpp"

#include "compiler/model/imports.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace bp::checklist {

namespace msg = wording::msg;

namespace {

StageChecks stage_checks(const model::Blueprint& b, Index s, const check::TimeAnalysis& time) {
  StageChecks out;
  out.stage = s;
  out.time = time.stages[s];
  std::map<Index, std::size_t> standard_row; // standard -> row in out.standards, in order of first use
  for (Index i : b.stages[s].steps) {
    const model::Step& step = b.steps[i];
    for (const auto& met : step.meets) {
      auto [it, fresh] = standard_row.emplace(met.value, out.standards.size());
      if (fresh) out.standards.push_back(StandardCheck{met.value, {}});
      out.standards[it->second].steps.push_back(i);
    }
    if (step.moment) {
      MomentCheck moment{i, {}};
      for (const auto& met : step.meets)
        moment.standards.push_back(met.value);
      out.moments.push_back(std::move(moment));
    }
    for (std::size_t f = 0; f < step.fail_points.size(); ++f)
      out.fails.push_back(FailCheck{i, f});
    if (step.channel) {
      auto used = std::find_if(out.channels.begin(), out.channels.end(),
                               [&](const ChannelUse& c) { return c.channel == step.channel->value; });
      if (used == out.channels.end()) used = out.channels.insert(used, ChannelUse{step.channel->value, {}});
      used->steps.push_back(i);
    }
    for (std::size_t w = 0; w < step.wait_points.size(); ++w) {
      const model::WaitPoint& wait = step.wait_points[w];
      const bool over = wait.expected && wait.tolerance && wait.expected->value > wait.tolerance->value;
      out.waits.push_back(WaitCheck{i, w, over});
    }
  }
  return out;
}

void feelings(const model::Blueprint& b, Checklist& out) {
  for (Index i = 0; i < b.steps.size(); ++i) {
    const model::Step& step = b.steps[i];
    if (step.lane != model::Lane::customer || !step.feeling) continue;
    out.feelings.push_back(i);
    const int value = step.feeling->value;
    if (value < 0 && (!out.lowest_feeling || value < b.steps[*out.lowest_feeling].feeling->value))
      out.lowest_feeling = i;
  }
}

} // namespace

bool has_journeys(const model::Blueprint& b) {
  if (b.promise || !b.personas.empty()) return true;
  return std::any_of(b.steps.begin(), b.steps.end(), [](const model::Step& s) { return s.decision || s.end; }) ||
         std::any_of(b.stages.begin(), b.stages.end(), [](const model::Stage& s) { return s.promise.has_value(); });
}

Checklist evaluate(const check::CheckedBlueprint& checked) {
  const model::Blueprint& b = checked.blueprint;
  Checklist out;
  out.blueprint = &b;
  out.file = checked.source.name();
  const check::TimeAnalysis time = check::analyze_time(b);
  out.journey_seconds = time.journey_seconds;
  if (has_journeys(b)) out.journeys = check::analyze_journeys(b);
  for (Index s = 0; s < b.stages.size(); ++s)
    out.stages.push_back(stage_checks(b, s, time));
  const std::vector<char> in_scope = model::standards_in_scope(b);
  for (model::Dimension d : model::all_dimensions) {
    DimensionCoverage row{d, {}};
    for (Index i = 0; i < b.standards.size(); ++i) {
      if (in_scope[i] && b.standards[i].dimension && b.standards[i].dimension->value == d) row.standards.push_back(i);
    }
    out.servqual.push_back(std::move(row));
  }
  for (Index i = 0; i < b.standards.size(); ++i) {
    if (in_scope[i] && !b.standards[i].dimension) out.standards_without_dimension.push_back(i);
  }
  feelings(b, out);
  if (model::uses_fail_point_depth(b)) out.risks = rank_risks(b);
  for (Index i = 0; i < b.steps.size(); ++i) {
    if (!b.steps[i].pains.empty() || !b.steps[i].ideas.empty()) out.workshop_steps.push_back(i);
  }
  for (const diag::Diagnostic& d : checked.findings) {
    if (d.severity == diag::Severity::error) continue;
    const source::SourceFile& file = checked.file_at(d.span.begin);
    out.findings.push_back({d, file.name(), file.location(d.span.begin)});
  }
  return out;
}

std::string time_verdict(const check::StageTime& time) {
  if (!time.budget) return std::string(wording::text(msg::checklist_no_budget));
  if (!time.over_budget()) return std::string(wording::text(msg::checklist_within_budget));
  return wording::format(msg::checklist_over_budget,
                         fmt::arg("excess", model::format_duration(time.visible_seconds - *time.budget)));
}

std::string share_text(double probability) { return fmt::format("{:.0f}%", 100 * probability); }

bool stage_on_journey(const model::Blueprint& b, const check::PathAnalysis& j, Index stage) {
  return std::any_of(j.paths.begin(), j.paths.end(), [&](const check::Path& p) {
    return std::any_of(p.steps.begin(), p.steps.end(), [&](Index i) { return b.steps[i].stage == stage; });
  });
}

double path_share(const check::PathAnalysis& j, std::size_t path) {
  double total = 0;
  for (const check::Path& p : j.paths)
    total += p.probability;
  return total > 0 ? j.paths[path].probability / total : j.paths[path].probability;
}

std::optional<std::string> branch_taken(const model::Blueprint& b, const check::Path& path, Index decision) {
  for (Index f : path.branches) {
    const model::Flow& flow = b.flows[f];
    if (flow.from == decision) return flow.label && !flow.label->empty() ? *flow.label : b.steps[flow.to].id;
  }
  return std::nullopt;
}

std::string scores_text(const model::FailPoint& fail) {
  const std::string not_set(wording::text(msg::checklist_not_set));
  auto score = [&](const std::optional<model::Located<int>>& s) { return s ? std::to_string(s->value) : not_set; };
  if (const std::optional<int> rpn = model::rpn(fail)) {
    return wording::format(msg::checklist_scores, fmt::arg("severity", fail.severity_score->value),
                           fmt::arg("likelihood", fail.likelihood->value), fmt::arg("detection", fail.detection->value),
                           fmt::arg("rpn", *rpn));
  }
  return wording::format(msg::checklist_scores_partial, fmt::arg("severity", score(fail.severity_score)),
                         fmt::arg("likelihood", score(fail.likelihood)), fmt::arg("detection", score(fail.detection)));
}

std::string duration_text(double seconds) { return model::format_duration(std::round(seconds)); }

std::string promise_verdict(double elapsed, double promise) {
  if (elapsed <= promise) return std::string(wording::text(msg::checklist_promise_kept));
  return wording::format(msg::checklist_promise_broken, fmt::arg("excess", model::format_duration(elapsed - promise)));
}

std::string budget_verdict(double seconds, double budget) {
  if (seconds <= budget) return std::string(wording::text(msg::checklist_within_budget));
  return wording::format(msg::checklist_over_budget, fmt::arg("excess", model::format_duration(seconds - budget)));
}

std::string time_item(const check::StageTime& time) {
  const std::string visible = model::format_duration(time.visible_seconds);
  if (!time.budget) return wording::format(msg::checklist_time_item_no_budget, fmt::arg("visible", visible));
  return wording::format(msg::checklist_time_item, fmt::arg("visible", visible),
                         fmt::arg("budget", model::format_duration(*time.budget)));
}

} // namespace bp::checklist
