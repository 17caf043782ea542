#include "compiler/checklist/writers.hpp"

#include "compiler/checklist/html_parts.hpp"
#include "compiler/escape/escape.hpp"
#include "compiler/model/meta_text.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

using escape::html;
using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }
std::string flag(const wording::Message& message) { return "<span class=\"flag\">" + words(message) + "</span>"; }

constexpr std::string_view css = R"CSS(
:root { --ink: #26323b; --muted: #5f6b75; --line: #d5dde4; --accent: #2f73b8; --warn: #b7791f; --bad: #c53030;
        --ok: #2f855a; --paper: #ffffff; --band: #f4f7fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper);
       font: 14px/1.5 "Noto Sans", "Segoe UI", Helvetica, Arial, "Noto Sans CJK SC", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 40px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px;
     border-bottom: 2px solid var(--line); } h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .06em;
     color: var(--muted); margin: 18px 0 6px; } h3 code { text-transform: none; letter-spacing: 0; }
.meta { color: var(--muted); margin: 0 0 16px; }
code { font: 12.5px/1.4 "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--band); padding: 1px 5px;
       border-radius: 4px; }
ul.checks { list-style: none; padding: 0; margin: 0; }
ul.checks > li { padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; margin: 6px 0; background: #fff;
                 break-inside: avoid; }
ul.checks label { display: flex; gap: 10px; align-items: flex-start; cursor: pointer; }
ul.checks input { margin-top: 4px; width: 16px; height: 16px; flex: none; }
.detail { color: var(--muted); font-size: 13px; margin: 2px 0 0 26px; }
.flag { font-weight: 600; color: var(--bad); } .ok { color: var(--ok); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
.path-steps { font-size: 13px; } .path-steps code { white-space: nowrap; }
svg.feelings { width: 100%; height: auto; max-height: 220px; margin: 8px 0 4px; }
svg.feelings text { font: 11px "Noto Sans", "Noto Sans CJK SC", sans-serif; fill: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); background: var(--band); }
.badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 1px 8px; border-radius: 999px;
         background: var(--band); color: var(--muted); }
.badge.warning { background: #fff4e0; color: var(--warn); } .badge.note { background: #e8f1fb; color: var(--accent); }
.badge.error { background: #fdecec; color: var(--bad); }
section.stage { break-inside: auto; }
@media print {
  @page { size: landscape; margin: 14mm; } /* A4 or Letter, as the printer has */
  body { font-size: 11.5px; } main { max-width: none; padding: 0; }
  ul.checks > li { border-color: #bbb; } h2 { break-after: avoid; } a { color: inherit; text-decoration: none; }
}
)CSS";

class HtmlWriter {
public:
  explicit HtmlWriter(const Checklist& c, HtmlSections which = {}) : c_(c), b_(*c.blueprint), which_(which) {}

  std::string sections() {
    for (std::size_t i = 0; i < c_.stages.size(); ++i)
      stage(i);
    journeys();
    feelings();
    if (which_.risks) out_ += html_parts::risk_section(c_);
    if (which_.workshop) out_ += html_parts::workshop_section(c_, msg::checklist_pains_heading);
    out_ += html_parts::info_lanes_section(c_);
    servqual();
    findings();
    return std::move(out_);
  }

private:
  std::string step(Index i) const {
    return fmt::format("<code>{}</code> {}", html(b_.steps[i].id), html(b_.steps[i].label));
  }
  std::string standard(Index i) const {
    return fmt::format("{} <code>{}</code>", html(b_.standards[i].label), html(b_.standards[i].id));
  }
  std::string actor(const std::optional<model::Located<Index>>& a) const {
    return a ? html(b_.actors[a->value].label) : flag(msg::checklist_not_set);
  }

  // One checkbox item; `detail` is already HTML.
  void item(const std::string& text, const std::string& detail = {}) {
    out_ += "<li><label><input type=\"checkbox\"><span>" + text + "</span></label>";
    if (!detail.empty()) out_ += "<div class=\"detail\">" + detail + "</div>";
    out_ += "</li>\n";
  }

  void list(const wording::Message& title) {
    out_ += fmt::format("<h3>{}</h3>\n<ul class=\"checks\">\n", words(title));
  }

  void stage(std::size_t n) {
    const StageChecks& s = c_.stages[n];
    const model::Stage& stage = b_.stages[s.stage];
    out_ += fmt::format("<section class=\"stage\">\n<h2>{}. {} <code>{}</code></h2>\n", n + 1, html(stage.label),
                        html(stage.id));
    if (!s.standards.empty()) {
      list(msg::checklist_heading_standards);
      for (const StandardCheck& sc : s.standards)
        standard_item(sc);
      out_ += "</ul>\n";
    }
    if (!s.moments.empty()) {
      list(msg::checklist_heading_moments);
      for (const MomentCheck& m : s.moments)
        moment_item(m);
      out_ += "</ul>\n";
    }
    if (!s.fails.empty()) {
      list(msg::checklist_heading_fails);
      for (const FailCheck& f : s.fails)
        fail_item(f);
      out_ += "</ul>\n";
    }
    if (!s.waits.empty()) {
      list(msg::checklist_heading_waits);
      for (const WaitCheck& w : s.waits)
        wait_item(w);
      out_ += "</ul>\n";
    }
    if (!s.channels.empty()) {
      list(msg::checklist_heading_channels);
      for (const ChannelUse& c : s.channels)
        channel_item(c);
      out_ += "</ul>\n";
    }
    list(msg::checklist_heading_time);
    const std::string verdict = time_verdict(s.time);
    item(s.time.budget ? format(msg::checklist_verdict, arg("item", html(time_item(s.time))),
                                arg("verdict", fmt::format("<span class=\"{}\">{}</span>",
                                                           s.time.over_budget() ? "flag" : "ok", html(verdict))))
                       : html(time_item(s.time)));
    out_ += "</ul>\n</section>\n";
  }

  void standard_item(const StandardCheck& sc) {
    const model::Standard& st = b_.standards[sc.standard];
    std::string at;
    for (Index i : sc.steps)
      at += (at.empty() ? "" : ", ") + step(i);
    const std::string not_set = words(msg::checklist_not_set);
    const std::string separator = words(msg::checklist_separator);
    item(format(msg::checklist_standard_at, arg("standard", "<strong>" + standard(sc.standard) + "</strong>"),
                arg("steps", at)),
         format(msg::checklist_measure,
                arg("measure", st.measure ? html(st.measure->value) : flag(msg::checklist_not_set))) +
             separator +
             format(msg::checklist_target_line,
                    arg("target", st.target ? html(describe_target(*st.target)) : flag(msg::checklist_not_set))) +
             separator +
             format(msg::checklist_owner_kind_dimension, arg("owner", actor(st.owner)),
                    arg("kind", st.kind ? model::to_string(st.kind->value) : not_set),
                    arg("dimension", st.dimension ? model::to_string(st.dimension->value) : not_set)));
  }

  void moment_item(const MomentCheck& m) {
    std::string list;
    for (Index i : m.standards)
      list += (list.empty() ? "" : ", ") + standard(i);
    item(format(msg::checklist_item, arg("subject", step(m.step)), arg("text", html(b_.steps[m.step].moment->text))),
         m.standards.empty() ? flag(msg::checklist_moment_uncovered)
                             : format(msg::checklist_moment_standards, arg("standards", list)));
  }

  void fail_item(const FailCheck& f) {
    const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
    item(format(msg::checklist_item, arg("subject", step(f.step)), arg("text", html(fail.text))),
         format(msg::checklist_recovery_owner_severity,
                arg("recovery", fail.recovery ? html(fail.recovery->value) : flag(msg::checklist_none)),
                arg("owner", actor(fail.owner)),
                arg("severity", fail.severity_score ? model::describe_severity(fail) : words(msg::checklist_not_set))) +
             (c_.risks ? fail_depth(fail) : std::string()));
  }

  // What v2 says of a fail point: prevention, cause and level, the scores.
  std::string fail_depth(const model::FailPoint& fail) const {
    return "<br>" +
           format(msg::checklist_prevent,
                  arg("prevent", fail.prevent ? html(fail.prevent->value) : flag(msg::checklist_none))) +
           words(msg::checklist_separator) +
           format(msg::checklist_cause_level, arg("cause", html(model::describe_cause(model::cause_of(fail)))),
                  arg("level",
                      fail.level ? html(model::describe_level(fail.level->value)) : words(msg::checklist_not_set))) +
           "<br>" + html(scores_text(fail));
  }

  void wait_item(const WaitCheck& w) {
    const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
    const std::string expected = format(
        msg::checklist_wait_expected,
        arg("expected", describe_duration(wait.expected ? std::optional(wait.expected->value) : std::nullopt)),
        arg("tolerance", describe_duration(wait.tolerance ? std::optional(wait.tolerance->value) : std::nullopt)));
    item(format(msg::checklist_item, arg("subject", step(w.step)), arg("text", html(wait.text))),
         w.over_tolerance ? format(msg::checklist_verdict, arg("item", expected),
                                   arg("verdict", flag(msg::checklist_over_tolerance)))
                          : expected);
  }

  void channel_item(const ChannelUse& c) {
    const model::Channel& channel = b_.channels[c.channel];
    std::string name = fmt::format("{} <code>{}</code>", html(channel.label), html(channel.id));
    if (channel.remote) name = format(msg::checklist_channel_remote, arg("channel", name));
    item(format(msg::checklist_channel_item, arg("channel", name), arg("steps", contacts(c.steps))));
  }

  std::string contacts(const std::vector<Index>& list) const {
    std::string out;
    for (Index i : list)
      out += (out.empty() ? "" : ", ") + step(i);
    return out;
  }

  // A path's steps, each decision followed by the branch taken.
  std::string path_steps(const check::Path& p) const {
    std::string out;
    for (Index i : p.steps) {
      out += (out.empty() ? "" : " → ") + fmt::format("<code>{}</code>", html(b_.steps[i].id));
      if (const auto branch = branch_taken(b_, p, i)) out += " (<em>" + html(*branch) + "</em>)";
    }
    return out;
  }

  std::string steps(const std::vector<Index>& list, const char* separator) const {
    std::string out;
    for (Index i : list)
      out += (out.empty() ? "" : separator) + fmt::format("<code>{}</code>", html(b_.steps[i].id));
    return out;
  }

  std::string verdict_span(const std::string& verdict, bool bad) const {
    return fmt::format("<span class=\"{}\">{}</span>", bad ? "flag" : "ok", html(verdict));
  }

  void journeys() {
    if (c_.journeys.empty()) return;
    out_ += "<section>\n<h2>" + words(msg::checklist_journeys) + "</h2>\n";
    for (const check::PathAnalysis& j : c_.journeys)
      journey(j);
    out_ += "</section>\n";
  }

  void journey(const check::PathAnalysis& j) {
    const std::string who =
        j.persona ? format(msg::checklist_journey_persona, arg("label", html(b_.personas[*j.persona].label)),
                           arg("id", "<code>" + html(b_.personas[*j.persona].id) + "</code>"))
                  : words(msg::checklist_journey_everyone);
    out_ += "<h3>" + who + "</h3>\n<p>" +
            format(msg::checklist_journey_summary, arg("paths", j.paths.size()),
                   arg("expected", duration_text(j.expected_seconds)),
                   arg("worst", model::format_duration(j.worst_seconds))) +
            "</p>\n";
    if (j.truncated) out_ += "<p>" + format(msg::checklist_journey_truncated, arg("max", check::max_paths)) + "</p>\n";
    out_ += fmt::format("<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                        words(msg::checklist_column_path), words(msg::checklist_column_share),
                        words(msg::checklist_column_time), words(msg::checklist_column_steps));
    for (std::size_t n = 0; n < j.paths.size(); ++n) {
      const check::Path& p = j.paths[n];
      out_ += fmt::format("<tr><td>{}{}</td><td>{}</td><td>{}</td><td class=\"path-steps\">{}</td></tr>\n", n + 1,
                          p.complete ? "" : " " + flag(msg::checklist_path_dead_end), share_text(path_share(j, n)),
                          model::format_duration(p.seconds()), path_steps(p));
    }
    out_ += "</tbody></table>\n<ul class=\"checks\">\n";
    for (Index s = 0; s < b_.stages.size(); ++s)
      stage_worst(j, s);
    promises(j);
    out_ += "</ul>\n";
    if (!b_.promise)
      out_ +=
          "<p>" + format(msg::checklist_elapsed, arg("elapsed", model::format_duration(j.critical.seconds))) + "</p>\n";
    out_ += "<p>" + format(msg::checklist_critical_path, arg("steps", steps(j.critical.path, " → "))) + "</p>\n";
  }

  void stage_worst(const check::PathAnalysis& j, Index s) {
    const model::Stage& stage = b_.stages[s];
    if (!stage.budget || s >= j.worst_path.size() || !j.worst_path[s] || !stage_on_journey(b_, j, s)) return;
    const double visible = j.worst[s].visible_seconds();
    item(format(
        msg::checklist_verdict,
        arg("item", format(msg::checklist_stage_worst,
                           arg("stage", fmt::format("{} <code>{}</code>", html(stage.label), html(stage.id))),
                           arg("visible", model::format_duration(visible)),
                           arg("path", format(msg::checklist_path_number, arg("n", *j.worst_path[s] + 1))),
                           arg("budget", model::format_duration(stage.budget->value)))),
        arg("verdict", verdict_span(budget_verdict(visible, stage.budget->value), visible > stage.budget->value))));
  }

  void promises(const check::PathAnalysis& j) {
    const double elapsed = j.critical.seconds;
    if (b_.promise) {
      item(format(
          msg::checklist_verdict,
          arg("item", format(msg::checklist_promise, arg("elapsed", model::format_duration(elapsed)),
                             arg("promise", model::format_duration(b_.promise->value)))),
          arg("verdict", verdict_span(promise_verdict(elapsed, b_.promise->value), elapsed > b_.promise->value))));
    }
    for (Index s = 0; s < b_.stages.size(); ++s) {
      const model::Stage& stage = b_.stages[s];
      if (!stage.promise || s >= j.stage_critical.size() || !j.stage_critical[s]) continue;
      const double t = j.stage_critical[s]->seconds;
      item(format(msg::checklist_verdict,
                  arg("item", format(msg::checklist_stage_promise,
                                     arg("stage", fmt::format("{} <code>{}</code>", html(stage.label), html(stage.id))),
                                     arg("elapsed", model::format_duration(t)),
                                     arg("promise", model::format_duration(stage.promise->value)))),
                  arg("verdict", verdict_span(promise_verdict(t, stage.promise->value), t > stage.promise->value))));
    }
  }

  void feelings() {
    if (c_.feelings.empty()) return;
    out_ += "<section>\n<h2>" + words(msg::checklist_feelings) + "</h2>\n" + feeling_chart() +
            fmt::format("<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                        words(msg::checklist_column_stage), words(msg::checklist_column_step),
                        words(msg::checklist_column_feeling));
    for (Index i : c_.feelings) {
      const model::Step& s = b_.steps[i];
      out_ += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", html(b_.stages[s.stage].label), step(i),
                          describe_feeling(s.feeling->value));
    }
    out_ += "</tbody></table>\n";
    if (c_.lowest_feeling) {
      out_ += "<ul class=\"checks\">\n";
      item(format(msg::checklist_feeling_lowest, arg("step", step(*c_.lowest_feeling)),
                  arg("feeling", describe_feeling(b_.steps[*c_.lowest_feeling].feeling->value))));
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  // The curve as an inline SVG: one point per step, evenly spaced, +2 at the
  // top; each point's id under the chart and its label as the tooltip.
  std::string feeling_chart() const {
    constexpr double step_w = 90, top = 14, unit = 22, left = 34;
    const std::size_t n = c_.feelings.size();
    const double width = left + step_w * static_cast<double>(n), zero = top + 2 * unit;
    auto x = [&](std::size_t i) { return left + step_w * (static_cast<double>(i) + 0.5); };
    auto y = [&](Index step) { return zero - unit * b_.steps[step].feeling->value; };
    std::string svg =
        fmt::format("<svg class=\"feelings\" viewBox=\"0 0 {:g} {:g}\" role=\"img\">\n", width, zero + 2 * unit + 34);
    svg +=
        fmt::format("<line x1=\"{0:g}\" y1=\"{1:g}\" x2=\"{2:g}\" y2=\"{1:g}\" stroke=\"#b8c2cb\" "
                    "stroke-dasharray=\"4 3\"/>\n<text x=\"4\" y=\"{3:g}\">+2</text><text x=\"4\" y=\"{1:g}\">0</text>"
                    "<text x=\"4\" y=\"{4:g}\">−2</text>\n",
                    left - 6, zero, width, top + 4, zero + 2 * unit + 4);
    std::string points;
    for (std::size_t i = 0; i < n; ++i)
      points += fmt::format("{}{:g},{:g}", i ? " " : "", x(i), y(c_.feelings[i]));
    svg += "<polyline fill=\"none\" stroke=\"#5f6b75\" stroke-width=\"2\" points=\"" + points + "\"/>\n";
    for (std::size_t i = 0; i < n; ++i) {
      const model::Step& s = b_.steps[c_.feelings[i]];
      const int f = s.feeling->value;
      svg += fmt::format("<circle cx=\"{:g}\" cy=\"{:g}\" r=\"6\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1.5\">"
                         "<title>{}</title></circle>\n<text x=\"{:g}\" y=\"{:g}\" text-anchor=\"middle\">{}</text>\n",
                         x(i), y(c_.feelings[i]),
                         f > 0   ? "#2f855a"
                         : f < 0 ? "#c53030"
                                 : "#7d8a95",
                         html(s.label + " (" + describe_feeling(f) + ")"), x(i), zero + 2 * unit + 24, html(s.id));
    }
    return svg + "</svg>\n";
  }

  void servqual() {
    out_ +=
        fmt::format("<section>\n<h2>{}</h2>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                    words(msg::checklist_servqual), words(msg::checklist_column_dimension),
                    words(msg::checklist_column_standards), words(msg::checklist_column_coverage));
    for (const DimensionCoverage& row : c_.servqual) {
      std::string list;
      for (Index i : row.standards)
        list += (list.empty() ? "" : "<br>") + standard(i);
      out_ += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", model::to_string(row.dimension),
                          list.empty() ? words(msg::checklist_none) : list,
                          row.standards.empty() ? flag(msg::checklist_gap)
                                                : "<span class=\"ok\">" + words(msg::checklist_covered) + "</span>");
    }
    out_ += "</tbody></table>\n";
    if (!c_.standards_without_dimension.empty()) {
      std::string list;
      for (Index i : c_.standards_without_dimension)
        list += (list.empty() ? "" : ", ") + standard(i);
      out_ += "<p>" + format(msg::checklist_without_dimension, arg("standards", list)) + "</p>\n";
    }
    out_ += "</section>\n";
  }

  void findings() {
    out_ += "<section>\n<h2>" + words(msg::checklist_findings) + "</h2>\n";
    if (c_.findings.empty()) {
      out_ += "<p>" + words(msg::checklist_no_findings) + "</p>\n</section>\n";
      return;
    }
    out_ += "<ul class=\"checks\">\n";
    for (const Finding& f : c_.findings) {
      const diag::Diagnostic& d = f.diagnostic;
      const std::string_view severity = diag::to_string(d.severity);
      item(format(msg::checklist_finding,
                  arg("severity", fmt::format("<span class=\"badge {0}\">{0}</span>", severity)),
                  arg("code", fmt::format("<code>{}</code>", d.code)), arg("name", diag::name_of(d.code)),
                  arg("message", escape::html_message(d.message))),
           fmt::format("{}:{}:{}{}", html(f.file), f.location.line, f.location.column,
                       d.hint.empty() ? "" : words(msg::checklist_separator) + escape::html_message(d.hint)));
    }
    out_ += "</ul>\n</section>\n";
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  HtmlSections which_;
  std::string out_;
};

} // namespace

std::string checklist_css(const Checklist& checklist) {
  std::string out(css);
  if (checklist.risks || !checklist.workshop_steps.empty()) out += html_parts::css();
  return out;
}

std::string write_html_sections(const Checklist& checklist, HtmlSections which) {
  return HtmlWriter(checklist, which).sections();
}

std::string write_html(const Checklist& checklist) {
  const model::Blueprint& b = *checklist.blueprint;
  std::string meta;
  for (const std::string& phrase : model::meta_phrases(b))
    meta += (meta.empty() ? "" : words(msg::checklist_separator)) + html(phrase);
  return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     // Nothing may load or run, as in the report: a second line of
                     // defence behind the escaping, for a page mailed to auditors.
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "style-src 'unsafe-inline'\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{0}</title>\n<style>{1}</style>\n</head>\n<body>\n<main>\n"
                     "<h1>{0}</h1>\n{2}"
                     "<p>{4}</p>\n{3}</main>\n</body>\n</html>\n",
                     format(msg::checklist_title, arg("name", html(b.name))), checklist_css(checklist),
                     meta.empty() ? "" : "<p class=\"meta\">" + meta + "</p>\n", write_html_sections(checklist),
                     words(msg::checklist_instruction));
}

} // namespace bp::checklist
