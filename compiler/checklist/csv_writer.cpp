#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

// One row per item to verify; `done` is left empty for the auditor.
class CsvWriter {
public:
  explicit CsvWriter(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  std::string write(bool bom) {
    if (bom) out_ += "\xEF\xBB\xBF";
    row({words(msg::checklist_csv_stage), words(msg::checklist_csv_section), words(msg::checklist_csv_step),
         words(msg::checklist_csv_item), words(msg::checklist_csv_detail), words(msg::checklist_csv_target),
         words(msg::checklist_csv_owner), words(msg::checklist_csv_status), words(msg::checklist_csv_done)});
    for (const StageChecks& s : c_.stages)
      stage(s);
    for (const check::PathAnalysis& j : c_.journeys)
      journey(j);
    if (c_.risks) risks(*c_.risks);
    workshop();
    // The information lanes' items: the lane's title as the section.
    for (const model::InfoItem& item : b_.info_items)
      row({b_.stages[item.stage].label, b_.info_lanes[item.lane].title, item.id, item.label, "", "", "", "", ""});
    for (const DimensionCoverage& d : c_.servqual) {
      std::string list;
      for (Index i : d.standards)
        list += (list.empty() ? "" : ", ") + b_.standards[i].id;
      row({"", words(msg::checklist_csv_servqual), "", model::to_string(d.dimension), list, "", "",
           words(d.standards.empty() ? msg::checklist_gap : msg::checklist_covered), ""});
    }
    for (const Finding& f : c_.findings) {
      row({"", words(msg::checklist_csv_finding), "",
           fmt::format("{} {}", f.diagnostic.code, diag::name_of(f.diagnostic.code)), f.diagnostic.message, "", "",
           fmt::format("{}:{}:{}", f.file, f.location.line, f.location.column), ""});
    }
    return std::move(out_);
  }

private:
  void row(std::initializer_list<std::string> fields) {
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out_ += ',';
      out_ += escape::csv_field(field);
      first = false;
    }
    out_ += "\r\n"; // RFC 4180
  }

  std::string actor(const std::optional<model::Located<Index>>& a) const { return a ? b_.actors[a->value].label : ""; }

  void stage(const StageChecks& s) {
    const std::string name = b_.stages[s.stage].label;
    for (const StandardCheck& sc : s.standards) {
      const model::Standard& st = b_.standards[sc.standard];
      std::string steps;
      for (Index i : sc.steps)
        steps += (steps.empty() ? "" : ", ") + b_.steps[i].id;
      row({name, words(msg::checklist_csv_standard), steps, st.label, st.measure ? st.measure->value : "",
           st.target ? describe_target(*st.target) : "", actor(st.owner),
           format(msg::checklist_csv_kind_dimension,
                  arg("kind", st.kind ? model::to_string(st.kind->value) : words(msg::checklist_csv_no_kind)),
                  arg("dimension",
                      st.dimension ? model::to_string(st.dimension->value) : words(msg::checklist_csv_no_dimension))),
           ""});
    }
    for (const MomentCheck& m : s.moments) {
      std::string list;
      for (Index i : m.standards)
        list += (list.empty() ? "" : ", ") + b_.standards[i].id;
      row({name, words(msg::checklist_csv_moment), b_.steps[m.step].id, b_.steps[m.step].moment->text, list, "", "",
           words(m.standards.empty() ? msg::checklist_csv_no_standard : msg::checklist_covered), ""});
    }
    for (const FailCheck& f : s.fails) {
      const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
      row({name, words(msg::checklist_csv_fail), b_.steps[f.step].id, fail.text,
           fail.recovery ? fail.recovery->value : "", "", actor(fail.owner),
           fail.severity_score ? model::describe_severity(fail) : "", ""});
    }
    for (const WaitCheck& w : s.waits) {
      const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
      row({name, words(msg::checklist_csv_wait), b_.steps[w.step].id, wait.text,
           format(
               msg::checklist_csv_expected,
               arg("duration", describe_duration(wait.expected ? std::optional(wait.expected->value) : std::nullopt))),
           format(msg::checklist_csv_tolerance,
                  arg("duration",
                      describe_duration(wait.tolerance ? std::optional(wait.tolerance->value) : std::nullopt))),
           "", words(w.over_tolerance ? msg::checklist_over_tolerance : msg::checklist_within_tolerance), ""});
    }
    for (const ChannelUse& c : s.channels) {
      std::string steps;
      for (Index i : c.steps)
        steps += (steps.empty() ? "" : ", ") + b_.steps[i].id;
      const model::Channel& channel = b_.channels[c.channel];
      row({name, words(msg::checklist_csv_channel), steps, channel.label,
           channel.remote ? words(msg::checklist_csv_remote) : "", "", "", "", ""});
    }
    row({name, words(msg::checklist_csv_time), "", words(msg::checklist_csv_visible_time),
         model::format_duration(s.time.visible_seconds),
         format(msg::checklist_csv_budget, arg("duration", describe_duration(s.time.budget))), "", time_verdict(s.time),
         ""});
  }

  // The ranking by RPN, highest first: the detail is the scores, the target
  // column the prevention, the status the rank (and "fix first").
  void risks(const RiskRanking& r) {
    for (std::size_t n = 0; n < r.ranked.size(); ++n) {
      const FailRef& at = r.ranked[n].at;
      const model::Step& step = b_.steps[at.step];
      const model::FailPoint& fail = step.fail_points[at.fail];
      std::string status = format(msg::checklist_csv_rank, arg("rank", n + 1), arg("count", r.ranked.size()));
      if (r.ranked[n].fix_first) status += words(msg::checklist_separator) + words(msg::checklist_fix_first);
      row({b_.stages[step.stage].label, words(msg::checklist_csv_risk), step.id, fail.text, scores_text(fail),
           fail.prevent ? fail.prevent->value : "", actor(fail.owner), status, ""});
    }
  }

  void workshop() {
    for (Index i : c_.workshop_steps) {
      const model::Step& s = b_.steps[i];
      for (const auto& pain : s.pains)
        row({b_.stages[s.stage].label, words(msg::checklist_csv_pain), s.id, pain.value, "", "", "", "", ""});
      for (const auto& idea : s.ideas)
        row({b_.stages[s.stage].label, words(msg::checklist_csv_idea), s.id, idea.value, "", "", "", "", ""});
    }
  }

  std::string ids(const std::vector<Index>& steps) const {
    std::string out;
    for (Index i : steps)
      out += (out.empty() ? "" : " → ") + b_.steps[i].id;
    return out;
  }

  // Per persona: each budgeted stage on its worst path, then the promises on the
  // critical path. The step column names the persona.
  void journey(const check::PathAnalysis& j) {
    const std::string who = j.persona ? b_.personas[*j.persona].id : "";
    for (Index s = 0; s < b_.stages.size(); ++s) {
      const model::Stage& stage = b_.stages[s];
      if (!stage.budget || s >= j.worst_path.size() || !j.worst_path[s] || !stage_on_journey(b_, j, s)) continue;
      const double visible = j.worst[s].visible_seconds();
      row({stage.label, words(msg::checklist_csv_journey), who, ids(j.paths[*j.worst_path[s]].steps),
           model::format_duration(visible),
           format(msg::checklist_csv_budget, arg("duration", describe_duration(stage.budget->value))), "",
           budget_verdict(visible, stage.budget->value), ""});
    }
    if (b_.promise)
      row({"", words(msg::checklist_csv_promise), who, ids(j.critical.path), model::format_duration(j.critical.seconds),
           model::format_duration(b_.promise->value), "", promise_verdict(j.critical.seconds, b_.promise->value), ""});
    for (Index s = 0; s < b_.stages.size(); ++s) {
      const model::Stage& stage = b_.stages[s];
      if (!stage.promise || s >= j.stage_critical.size() || !j.stage_critical[s]) continue;
      const double t = j.stage_critical[s]->seconds;
      row({stage.label, words(msg::checklist_csv_promise), who, ids(j.stage_critical[s]->path),
           model::format_duration(t), model::format_duration(stage.promise->value), "",
           promise_verdict(t, stage.promise->value), ""});
    }
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  std::string out_;
};

} // namespace

std::string write_csv(const Checklist& checklist, bool byte_order_mark) {
  return CsvWriter(checklist).write(byte_order_mark);
}

} // namespace bp::checklist
