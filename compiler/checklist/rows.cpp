#include "compiler/checklist/rows.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

// What is missing, as "no recovery, no owner", or "ok".
std::string missing_or_ok(const std::vector<std::string>& missing) {
  if (missing.empty()) return words(msg::checklist_status_ok);
  std::string out;
  for (const std::string& m : missing)
    out += (out.empty() ? "" : words(msg::checklist_list_separator)) + m;
  return out;
}

class RowBuilder {
public:
  explicit RowBuilder(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  std::vector<Row> build() {
    for (const StageChecks& s : c_.stages)
      stage(s);
    for (const check::PathAnalysis& j : c_.journeys)
      journey(j);
    if (c_.risks) risks(*c_.risks);
    workshop();
    // The information lanes' items: the lane's title as the section.
    for (const model::InfoItem& item : b_.info_items)
      add(b_.stages[item.stage].label, b_.info_lanes[item.lane].title, item.id, item.label);
    servqual();
    findings();
    return std::move(rows_);
  }

private:
  // A row with the first columns filled; the caller fills the rest.
  Row& add(std::string stage, std::string section, std::string step, std::string item, std::string detail = "") {
    Row& r = rows_.emplace_back();
    r[Column::stage] = std::move(stage);
    r[Column::section] = std::move(section);
    r[Column::step] = std::move(step);
    r[Column::item] = std::move(item);
    r[Column::detail] = std::move(detail);
    return r;
  }

  static void verdict(Row& r, std::string status, bool gap) {
    r[Column::status] = std::move(status);
    r.gap = gap;
  }

  std::string actor(const std::optional<model::Located<Index>>& a) const { return a ? b_.actors[a->value].label : ""; }

  std::string step_ids(const std::vector<Index>& steps, const wording::Message& separator) const {
    std::string out;
    for (Index i : steps)
      out += (out.empty() ? "" : words(separator)) + b_.steps[i].id;
    return out;
  }

  std::string standard_ids(const std::vector<Index>& standards) const {
    std::string out;
    for (Index i : standards)
      out += (out.empty() ? "" : words(msg::checklist_list_separator)) + b_.standards[i].id;
    return out;
  }

  void stage(const StageChecks& s) {
    const std::string name = b_.stages[s.stage].label;
    for (const StandardCheck& sc : s.standards)
      standard(name, sc);
    for (const MomentCheck& m : s.moments) {
      Row& r = add(name, words(msg::checklist_csv_moment), b_.steps[m.step].id, b_.steps[m.step].moment->text,
                   standard_ids(m.standards));
      verdict(r, words(m.standards.empty() ? msg::checklist_csv_no_standard : msg::checklist_covered),
              m.standards.empty());
    }
    for (const FailCheck& f : s.fails)
      fail(name, f);
    for (const WaitCheck& w : s.waits)
      wait(name, w);
    for (const ChannelUse& use : s.channels) {
      const model::Channel& channel = b_.channels[use.channel];
      Row& r = add(name, words(msg::checklist_csv_channel), step_ids(use.steps, msg::checklist_list_separator),
                   channel.label);
      if (channel.remote) r[Column::category] = words(msg::checklist_csv_remote);
    }
    Row& r = add(name, words(msg::checklist_csv_time), "", words(msg::checklist_csv_visible_time),
                 model::format_duration(s.time.visible_seconds));
    r[Column::target] = format(msg::checklist_csv_budget, arg("duration", describe_duration(s.time.budget)));
    verdict(r, time_verdict(s.time), s.time.over_budget());
  }

  void standard(const std::string& stage_name, const StandardCheck& sc) {
    const model::Standard& st = b_.standards[sc.standard];
    Row& r = add(stage_name, words(msg::checklist_csv_standard), step_ids(sc.steps, msg::checklist_list_separator),
                 st.label, st.measure ? st.measure->value : "");
    r[Column::target] = st.target ? describe_target(*st.target) : "";
    r[Column::owner] = actor(st.owner);
    r[Column::category] =
        format(msg::checklist_csv_kind_dimension,
               arg("kind", st.kind ? model::to_string(st.kind->value) : words(msg::checklist_csv_no_kind)),
               arg("dimension",
                   st.dimension ? model::to_string(st.dimension->value) : words(msg::checklist_csv_no_dimension)));
    std::vector<std::string> missing;
    if (!st.measure) missing.push_back(words(msg::checklist_status_no_measure));
    if (!st.target) missing.push_back(words(msg::checklist_status_no_target));
    if (!st.owner) missing.push_back(words(msg::checklist_status_no_owner));
    verdict(r, missing_or_ok(missing), !missing.empty());
  }

  void fail(const std::string& stage_name, const FailCheck& f) {
    const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
    Row& r = add(stage_name, words(msg::checklist_csv_fail), b_.steps[f.step].id, fail.text,
                 fail.recovery ? fail.recovery->value : "");
    r[Column::target] = fail.prevent ? fail.prevent->value : "";
    r[Column::owner] = actor(fail.owner);
    if (fail.severity_score)
      r[Column::category] = format(msg::checklist_csv_severity, arg("severity", model::describe_severity(fail)));
    std::vector<std::string> missing;
    if (!fail.recovery) missing.push_back(words(msg::checklist_status_no_recovery));
    if (!fail.owner) missing.push_back(words(msg::checklist_status_no_owner));
    verdict(r, missing_or_ok(missing), !missing.empty());
  }

  void wait(const std::string& stage_name, const WaitCheck& w) {
    const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
    const auto seconds = [](const std::optional<model::Located<double>>& d) {
      return d ? std::optional(d->value) : std::nullopt;
    };
    Row& r = add(stage_name, words(msg::checklist_csv_wait), b_.steps[w.step].id, wait.text,
                 format(msg::checklist_csv_expected, arg("duration", describe_duration(seconds(wait.expected)))));
    r[Column::target] =
        format(msg::checklist_csv_tolerance, arg("duration", describe_duration(seconds(wait.tolerance))));
    verdict(r, words(w.over_tolerance ? msg::checklist_over_tolerance : msg::checklist_within_tolerance),
            w.over_tolerance);
  }

  // The ranking by RPN, highest first: the detail is the scores, the target
  // the prevention, the category the rank; "fix first" is the verdict.
  void risks(const RiskRanking& ranking) {
    for (std::size_t n = 0; n < ranking.ranked.size(); ++n) {
      const FailRef& at = ranking.ranked[n].at;
      const model::Step& step = b_.steps[at.step];
      const model::FailPoint& fail = step.fail_points[at.fail];
      Row& r = add(b_.stages[step.stage].label, words(msg::checklist_csv_risk), step.id, fail.text, scores_text(fail));
      r[Column::target] = fail.prevent ? fail.prevent->value : "";
      r[Column::owner] = actor(fail.owner);
      r[Column::category] = format(msg::checklist_csv_rank, arg("rank", n + 1), arg("count", ranking.ranked.size()));
      if (ranking.ranked[n].fix_first) verdict(r, words(msg::checklist_fix_first), true);
    }
  }

  void workshop() {
    for (Index i : c_.workshop_steps) {
      const model::Step& s = b_.steps[i];
      for (const auto& pain : s.pains)
        add(b_.stages[s.stage].label, words(msg::checklist_csv_pain), s.id, pain.value);
      for (const auto& idea : s.ideas)
        add(b_.stages[s.stage].label, words(msg::checklist_csv_idea), s.id, idea.value);
    }
  }

  // Per persona: each budgeted stage on its worst path, then the promises on the
  // critical path. The step column names the persona.
  void journey(const check::PathAnalysis& j) {
    const std::string who = j.persona ? b_.personas[*j.persona].id : "";
    for (Index s = 0; s < b_.stages.size(); ++s) {
      const model::Stage& stage = b_.stages[s];
      if (!stage.budget || s >= j.worst_path.size() || !j.worst_path[s] || !stage_on_journey(b_, j, s)) continue;
      const double visible = j.worst[s].visible_seconds();
      Row& r = add(stage.label, words(msg::checklist_csv_journey), who,
                   step_ids(j.paths[*j.worst_path[s]].steps, msg::checklist_path_separator),
                   model::format_duration(visible));
      r[Column::target] = format(msg::checklist_csv_budget, arg("duration", describe_duration(stage.budget->value)));
      verdict(r, budget_verdict(visible, stage.budget->value), visible > stage.budget->value);
    }
    if (b_.promise) promise("", who, j.critical.path, j.critical.seconds, b_.promise->value);
    for (Index s = 0; s < b_.stages.size(); ++s) {
      const model::Stage& stage = b_.stages[s];
      if (!stage.promise || s >= j.stage_critical.size() || !j.stage_critical[s]) continue;
      promise(stage.label, who, j.stage_critical[s]->path, j.stage_critical[s]->seconds, stage.promise->value);
    }
  }

  void promise(const std::string& stage_name, const std::string& who, const std::vector<Index>& path, double seconds,
               double promised) {
    Row& r = add(stage_name, words(msg::checklist_csv_promise), who, step_ids(path, msg::checklist_path_separator),
                 model::format_duration(seconds));
    r[Column::target] = model::format_duration(promised);
    verdict(r, promise_verdict(seconds, promised), seconds > promised);
  }

  void servqual() {
    for (const DimensionCoverage& d : c_.servqual) {
      Row& r =
          add("", words(msg::checklist_csv_servqual), "", model::to_string(d.dimension), standard_ids(d.standards));
      verdict(r, words(d.standards.empty() ? msg::checklist_gap : msg::checklist_covered), d.standards.empty());
    }
  }

  void findings() {
    for (const Finding& f : c_.findings) {
      Row& r = add("", words(msg::checklist_csv_finding), "",
                   fmt::format("{} {}", f.diagnostic.code, diag::name_of(f.diagnostic.code)), f.diagnostic.message);
      r[Column::category] = std::string(diag::to_string(f.diagnostic.severity));
      r[Column::location] = fmt::format("{}:{}:{}", f.file, f.location.line, f.location.column);
      verdict(r, words(msg::checklist_status_open), true);
    }
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  std::vector<Row> rows_;
};

} // namespace

std::array<std::string, column_count> column_names() {
  return {words(msg::checklist_csv_stage),    words(msg::checklist_csv_section),  words(msg::checklist_csv_step),
          words(msg::checklist_csv_item),     words(msg::checklist_csv_detail),   words(msg::checklist_csv_target),
          words(msg::checklist_csv_owner),    words(msg::checklist_csv_category), words(msg::checklist_csv_status),
          words(msg::checklist_csv_location), words(msg::checklist_csv_audit),    words(msg::checklist_csv_notes)};
}

std::vector<std::string> audit_choices() {
  return {words(msg::checklist_audit_done), words(msg::checklist_audit_not_met), words(msg::checklist_audit_na)};
}

std::vector<Row> rows_of(const Checklist& checklist) { return RowBuilder(checklist).build(); }

} // namespace bp::checklist
