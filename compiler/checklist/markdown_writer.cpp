#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/model/meta_text.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

using escape::markdown;
using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }
std::string bold(const std::string& text) { return "**" + text + "**"; }

class MarkdownWriter {
public:
  explicit MarkdownWriter(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  std::string write() {
    out_ += "# " + format(msg::checklist_title, arg("name", markdown(b_.name))) + "\n\n";
    if (auto meta = meta_line(); !meta.empty()) out_ += meta + "  \n";
    out_ += format(msg::checklist_source, arg("file", markdown(c_.file))) + "\n\n" + words(msg::checklist_instruction) +
            "\n";
    for (std::size_t i = 0; i < c_.stages.size(); ++i)
      stage(i);
    journeys();
    feelings();
    risks();
    workshop();
    info_lanes();
    servqual();
    findings();
    return std::move(out_);
  }

private:
  std::string meta_line() const {
    std::string meta;
    for (const std::string& phrase : model::meta_phrases(b_))
      meta += (meta.empty() ? "" : words(msg::checklist_separator)) + markdown(phrase);
    return meta;
  }

  std::string step(Index i) const { return fmt::format("`{}` {}", b_.steps[i].id, markdown(b_.steps[i].label)); }
  std::string standard(Index i) const {
    return fmt::format("{} (`{}`)", markdown(b_.standards[i].label), b_.standards[i].id);
  }
  std::string actor(const std::optional<model::Located<Index>>& a) const {
    return a ? markdown(b_.actors[a->value].label) : words(msg::checklist_not_set);
  }

  void heading(const wording::Message& title) { out_ += "\n" + bold(words(title)) + "\n\n"; }

  void stage(std::size_t n) {
    const StageChecks& s = c_.stages[n];
    const model::Stage& stage = b_.stages[s.stage];
    out_ += fmt::format("\n## {}. {} (`{}`)\n", n + 1, markdown(stage.label), stage.id);
    if (!s.standards.empty()) heading(msg::checklist_heading_standards);
    for (const StandardCheck& sc : s.standards)
      standard_item(sc);
    if (!s.moments.empty()) heading(msg::checklist_heading_moments);
    for (const MomentCheck& m : s.moments)
      moment_item(m);
    if (!s.fails.empty()) heading(msg::checklist_heading_fails);
    for (const FailCheck& f : s.fails)
      fail_item(f);
    if (!s.waits.empty()) heading(msg::checklist_heading_waits);
    for (const WaitCheck& w : s.waits)
      wait_item(w);
    if (!s.channels.empty()) heading(msg::checklist_heading_channels);
    for (const ChannelUse& c : s.channels)
      channel_item(c);
    heading(msg::checklist_heading_time);
    out_ += "- [ ] " +
            (s.time.budget
                 ? format(msg::checklist_verdict, arg("item", time_item(s.time)), arg("verdict", time_verdict(s.time)))
                 : time_item(s.time)) +
            "\n";
  }

  void standard_item(const StandardCheck& sc) {
    const model::Standard& st = b_.standards[sc.standard];
    std::string at;
    for (Index i : sc.steps)
      at += (at.empty() ? "" : ", ") + step(i);
    const std::string not_set = words(msg::checklist_not_set);
    out_ += "- [ ] " +
            format(msg::checklist_standard_at, arg("standard", bold(standard(sc.standard))), arg("steps", at)) + "\n";
    out_ += "  - " +
            format(msg::checklist_measure, arg("measure", st.measure ? markdown(st.measure->value) : bold(not_set))) +
            "\n";
    out_ += "  - " +
            format(msg::checklist_target_line,
                   arg("target", st.target ? markdown(describe_target(*st.target)) : bold(not_set))) +
            "\n";
    out_ += "  - " +
            format(msg::checklist_owner_kind_dimension, arg("owner", actor(st.owner)),
                   arg("kind", st.kind ? model::to_string(st.kind->value) : not_set),
                   arg("dimension", st.dimension ? model::to_string(st.dimension->value) : not_set)) +
            "\n";
  }

  void moment_item(const MomentCheck& m) {
    const model::Step& s = b_.steps[m.step];
    std::string list;
    for (Index i : m.standards)
      list += (list.empty() ? "" : ", ") + standard(i);
    const std::string detail = m.standards.empty() ? bold(words(msg::checklist_moment_uncovered))
                                                   : format(msg::checklist_moment_standards, arg("standards", list));
    out_ += "- [ ] " +
            format(msg::checklist_item_detail, arg("subject", step(m.step)), arg("text", markdown(s.moment->text)),
                   arg("detail", detail)) +
            "\n";
  }

  void fail_item(const FailCheck& f) {
    const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
    const std::string not_set = words(msg::checklist_not_set);
    out_ +=
        "- [ ] " + format(msg::checklist_item, arg("subject", step(f.step)), arg("text", markdown(fail.text))) + "\n";
    out_ += "  - " +
            format(msg::checklist_recovery,
                   arg("recovery", fail.recovery ? markdown(fail.recovery->value) : bold(words(msg::checklist_none)))) +
            "\n";
    if (c_.risks) fail_depth(fail);
    out_ += "  - " +
            format(msg::checklist_owner_severity, arg("owner", fail.owner ? actor(fail.owner) : bold(not_set)),
                   arg("severity", fail.severity_score ? model::describe_severity(fail) : not_set)) +
            "\n";
  }

  // What v2 says of a fail point: its prevention, cause, recovery level and scores.
  void fail_depth(const model::FailPoint& fail) {
    const std::string not_set = words(msg::checklist_not_set);
    out_ += "  - " +
            format(msg::checklist_prevent,
                   arg("prevent", fail.prevent ? markdown(fail.prevent->value) : bold(words(msg::checklist_none)))) +
            "\n";
    out_ += "  - " +
            format(msg::checklist_cause_level, arg("cause", model::describe_cause(model::cause_of(fail))),
                   arg("level", fail.level ? model::describe_level(fail.level->value) : not_set)) +
            "\n";
    out_ += "  - " + scores_text(fail) + "\n";
  }

  void risks() {
    if (!c_.risks) return;
    const RiskRanking& r = *c_.risks;
    out_ += "\n## " + words(msg::checklist_risk_heading) + "\n\n" + words(msg::checklist_risk_intro) + "\n";
    if (!r.ranked.empty()) {
      out_ += fmt::format("\n| {} | {} | {} | {} | {} | {} | {} | {} |\n|---:|---|---|---:|---:|---|---|---|\n",
                          words(msg::checklist_column_rank), words(msg::checklist_column_fail),
                          words(msg::checklist_column_cause), words(msg::checklist_column_rpn),
                          words(msg::checklist_column_cumulative), words(msg::checklist_column_prevent),
                          words(msg::checklist_column_recovery), words(msg::checklist_column_level));
    }
    for (std::size_t n = 0; n < r.ranked.size(); ++n)
      risk_row(n, r.ranked[n]);
    if (!r.unscored.empty()) {
      std::string list;
      for (const FailRef& f : r.unscored)
        list += (list.empty() ? "" : "; ") + fail_name(f);
      out_ += "\n" + format(msg::checklist_risk_unscored, arg("fails", list)) + "\n";
    }
    causes(r);
  }

  void risk_row(std::size_t n, const RiskRank& rank) {
    const model::FailPoint& fail = b_.steps[rank.at.step].fail_points[rank.at.fail];
    const std::string none = words(msg::checklist_none);
    out_ += fmt::format("| {}{} | {} | {} | {} | {} | {} | {} | {} |\n", n + 1,
                        rank.fix_first ? " " + bold(words(msg::checklist_fix_first)) : "", fail_name(rank.at),
                        model::describe_cause(model::cause_of(fail)), rank.rpn, share_text(rank.cumulative),
                        fail.prevent ? markdown(fail.prevent->value) : none,
                        fail.recovery ? markdown(fail.recovery->value) : none,
                        fail.level ? model::describe_level(fail.level->value) : words(msg::checklist_not_set));
  }

  void causes(const RiskRanking& r) {
    out_ +=
        fmt::format("\n### {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|\n", words(msg::checklist_causes_heading),
                    words(msg::checklist_column_cause), words(msg::checklist_column_count),
                    words(msg::checklist_column_prevented), words(msg::checklist_column_recovered));
    for (const CauseGroup& g : r.causes)
      out_ += fmt::format("| {} | {} | {} | {} |\n", model::describe_cause(g.cause), g.fails.size(), g.prevented,
                          g.recovered);
  }

  // "Customer forgets the record" (`check_in`).
  std::string fail_name(const FailRef& f) const {
    return fmt::format("{} (`{}`)", markdown(b_.steps[f.step].fail_points[f.fail].text), b_.steps[f.step].id);
  }

  void workshop() {
    if (c_.workshop_steps.empty()) return;
    out_ += fmt::format("\n## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n", words(msg::checklist_pains_heading),
                        words(msg::checklist_column_stage), words(msg::checklist_column_step),
                        words(msg::checklist_column_pains), words(msg::checklist_column_ideas));
    for (Index i : c_.workshop_steps) {
      const model::Step& s = b_.steps[i];
      out_ += fmt::format("| {} | {} | {} | {} |\n", markdown(b_.stages[s.stage].label), step(i), joined(s.pains),
                          joined(s.ideas));
    }
  }

  // Each information lane with its items, stage by stage.
  void info_lanes() {
    if (b_.info_lanes.empty()) return;
    out_ += "\n## " + words(msg::checklist_info_lanes) + "\n";
    for (const model::InfoLane& lane : b_.info_lanes) {
      const bool above = lane.place == model::InfoLane::Place::above_evidence;
      out_ += fmt::format("\n### {} (`{}`, {})\n\n", markdown(lane.title), lane.id,
                          words(above ? msg::checklist_info_lane_above : msg::checklist_info_lane_below));
      if (lane.items.empty()) {
        out_ += words(msg::checklist_none) + "\n";
        continue;
      }
      out_ += fmt::format("| {} | {} |\n|---|---|\n", words(msg::checklist_column_stage),
                          words(msg::checklist_column_item));
      for (Index i : lane.items) {
        const model::InfoItem& item = b_.info_items[i];
        out_ += fmt::format("| {} | `{}` {} |\n", markdown(b_.stages[item.stage].label), item.id, markdown(item.label));
      }
    }
  }

  std::string joined(const std::vector<model::Located<std::string>>& texts) const {
    std::string out;
    for (const auto& t : texts)
      out += (out.empty() ? "" : "<br>") + markdown(t.value);
    return out.empty() ? "—" : out;
  }

  void wait_item(const WaitCheck& w) {
    const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
    std::string detail = format(
        msg::checklist_wait_expected,
        arg("expected", describe_duration(wait.expected ? std::optional(wait.expected->value) : std::nullopt)),
        arg("tolerance", describe_duration(wait.tolerance ? std::optional(wait.tolerance->value) : std::nullopt)));
    if (w.over_tolerance)
      detail = format(msg::checklist_verdict, arg("item", detail),
                      arg("verdict", bold(words(msg::checklist_over_tolerance))));
    out_ += "- [ ] " +
            format(msg::checklist_item_detail, arg("subject", step(w.step)), arg("text", markdown(wait.text)),
                   arg("detail", detail)) +
            "\n";
  }

  void channel_item(const ChannelUse& c) {
    const model::Channel& channel = b_.channels[c.channel];
    std::string name = fmt::format("{} (`{}`)", markdown(channel.label), channel.id);
    if (channel.remote) name = format(msg::checklist_channel_remote, arg("channel", name));
    out_ +=
        "- [ ] " + format(msg::checklist_channel_item, arg("channel", name), arg("steps", contacts(c.steps))) + "\n";
  }

  std::string contacts(const std::vector<Index>& list) const {
    std::string out;
    for (Index i : list)
      out += (out.empty() ? "" : ", ") + step(i);
    return out;
  }

  // A path's steps, each decision followed by the branch taken: `table_free` (*no*) → ...
  std::string path_steps(const check::Path& p) const {
    std::string out;
    for (Index i : p.steps) {
      out += (out.empty() ? "" : " → ") + fmt::format("`{}`", b_.steps[i].id);
      if (const auto branch = branch_taken(b_, p, i)) out += " (*" + markdown(*branch) + "*)";
    }
    return out;
  }

  std::string steps(const std::vector<Index>& list, const char* separator) const {
    std::string out;
    for (Index i : list)
      out += (out.empty() ? "" : separator) + fmt::format("`{}`", b_.steps[i].id);
    return out;
  }

  void journeys() {
    if (c_.journeys.empty()) return;
    out_ += "\n## " + words(msg::checklist_journeys) + "\n";
    for (const check::PathAnalysis& j : c_.journeys)
      journey(j);
  }

  void journey(const check::PathAnalysis& j) {
    const std::string who =
        j.persona ? format(msg::checklist_journey_persona, arg("label", markdown(b_.personas[*j.persona].label)),
                           arg("id", fmt::format("(`{}`)", b_.personas[*j.persona].id)))
                  : words(msg::checklist_journey_everyone);
    out_ += "\n### " + who + "\n\n" +
            format(msg::checklist_journey_summary, arg("paths", j.paths.size()),
                   arg("expected", duration_text(j.expected_seconds)),
                   arg("worst", model::format_duration(j.worst_seconds))) +
            "\n";
    if (j.truncated) out_ += "\n" + format(msg::checklist_journey_truncated, arg("max", check::max_paths)) + "\n";
    out_ += fmt::format("\n| {} | {} | {} | {} |\n|---|---|---|---|\n", words(msg::checklist_column_path),
                        words(msg::checklist_column_share), words(msg::checklist_column_time),
                        words(msg::checklist_column_steps));
    for (std::size_t n = 0; n < j.paths.size(); ++n) {
      const check::Path& p = j.paths[n];
      out_ += fmt::format("| {}{} | {} | {} | {} |\n", n + 1,
                          p.complete ? "" : " (" + bold(words(msg::checklist_path_dead_end)) + ")",
                          share_text(path_share(j, n)), model::format_duration(p.seconds()), path_steps(p));
    }
    out_ += "\n";
    for (Index s = 0; s < b_.stages.size(); ++s)
      stage_worst(j, s);
    promises(j);
  }

  void stage_worst(const check::PathAnalysis& j, Index s) {
    const model::Stage& stage = b_.stages[s];
    if (!stage.budget || s >= j.worst_path.size() || !j.worst_path[s] || !stage_on_journey(b_, j, s)) return;
    const double visible = j.worst[s].visible_seconds();
    const std::string verdict = budget_verdict(visible, stage.budget->value);
    const std::string item =
        format(msg::checklist_stage_worst, arg("stage", fmt::format("{} (`{}`)", markdown(stage.label), stage.id)),
               arg("visible", model::format_duration(visible)),
               arg("path", format(msg::checklist_path_number, arg("n", *j.worst_path[s] + 1))),
               arg("budget", model::format_duration(stage.budget->value)));
    out_ += "- [ ] " +
            format(msg::checklist_verdict, arg("item", item),
                   arg("verdict", visible > stage.budget->value ? bold(verdict) : verdict)) +
            "\n";
  }

  void promises(const check::PathAnalysis& j) {
    const double elapsed = j.critical.seconds;
    if (b_.promise) {
      const std::string item = format(msg::checklist_promise, arg("elapsed", model::format_duration(elapsed)),
                                      arg("promise", model::format_duration(b_.promise->value)));
      out_ += "- [ ] " + verdict_line(item, elapsed, b_.promise->value) + "\n";
    }
    for (Index s = 0; s < b_.stages.size(); ++s) {
      const model::Stage& stage = b_.stages[s];
      if (!stage.promise || s >= j.stage_critical.size() || !j.stage_critical[s]) continue;
      const double stage_elapsed = j.stage_critical[s]->seconds;
      const std::string item =
          format(msg::checklist_stage_promise, arg("stage", fmt::format("{} (`{}`)", markdown(stage.label), stage.id)),
                 arg("elapsed", model::format_duration(stage_elapsed)),
                 arg("promise", model::format_duration(stage.promise->value)));
      out_ += "- [ ] " + verdict_line(item, stage_elapsed, stage.promise->value) + "\n";
    }
    if (!b_.promise)
      out_ += "\n" + format(msg::checklist_elapsed, arg("elapsed", model::format_duration(elapsed))) + "  \n";
    else
      out_ += "\n";
    out_ += format(msg::checklist_critical_path, arg("steps", steps(j.critical.path, " → "))) + "\n";
  }

  std::string verdict_line(const std::string& item, double elapsed, double promise) const {
    const std::string verdict = promise_verdict(elapsed, promise);
    return format(msg::checklist_verdict, arg("item", item),
                  arg("verdict", elapsed > promise ? bold(verdict) : verdict));
  }

  void feelings() {
    if (c_.feelings.empty()) return;
    out_ += fmt::format("\n## {}\n\n| {} | {} | {} |\n|---|---|---|\n", words(msg::checklist_feelings),
                        words(msg::checklist_column_stage), words(msg::checklist_column_step),
                        words(msg::checklist_column_feeling));
    for (Index i : c_.feelings) {
      const model::Step& s = b_.steps[i];
      out_ += fmt::format("| {} | {} | {} |\n", markdown(b_.stages[s.stage].label), step(i),
                          describe_feeling(s.feeling->value));
    }
    if (c_.lowest_feeling)
      out_ += "\n- [ ] " +
              format(msg::checklist_feeling_lowest, arg("step", step(*c_.lowest_feeling)),
                     arg("feeling", describe_feeling(b_.steps[*c_.lowest_feeling].feeling->value))) +
              "\n";
  }

  void servqual() {
    out_ += fmt::format("\n## {}\n\n| {} | {} | {} |\n|---|---|---|\n", words(msg::checklist_servqual),
                        words(msg::checklist_column_dimension), words(msg::checklist_column_standards),
                        words(msg::checklist_column_coverage));
    for (const DimensionCoverage& row : c_.servqual) {
      std::string list;
      for (Index i : row.standards)
        list += (list.empty() ? "" : ", ") + standard(i);
      out_ += fmt::format("| {} | {} | {} |\n", model::to_string(row.dimension),
                          list.empty() ? words(msg::checklist_none) : list,
                          row.standards.empty() ? bold(words(msg::checklist_gap)) : words(msg::checklist_covered));
    }
    if (!c_.standards_without_dimension.empty()) {
      std::string list;
      for (Index i : c_.standards_without_dimension)
        list += (list.empty() ? "" : ", ") + standard(i);
      out_ += "\n" + format(msg::checklist_without_dimension, arg("standards", list)) + "\n";
    }
  }

  void findings() {
    out_ += "\n## " + words(msg::checklist_findings) + "\n\n";
    if (c_.findings.empty()) out_ += words(msg::checklist_no_findings) + "\n";
    for (const Finding& f : c_.findings) {
      const diag::Diagnostic& d = f.diagnostic;
      out_ += "- [ ] " +
              format(msg::checklist_finding_at, arg("severity", diag::to_string(d.severity)),
                     arg("code", fmt::format("`{}`", d.code)), arg("name", diag::name_of(d.code)),
                     arg("place", fmt::format("{}:{}:{}", markdown(f.file), f.location.line, f.location.column)),
                     arg("message", escape::markdown_message(d.message))) +
              "\n";
    }
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  std::string out_;
};

} // namespace

std::string write_markdown(const Checklist& checklist) { return MarkdownWriter(checklist).write(); }

} // namespace bp::checklist
