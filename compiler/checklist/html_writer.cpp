#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/model/meta_text.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

using escape::html;

constexpr std::string_view css = R"CSS(
:root { --ink: #26323b; --muted: #5f6b75; --line: #d5dde4; --accent: #2f73b8; --warn: #b7791f; --bad: #c53030;
        --ok: #2f855a; --paper: #ffffff; --band: #f4f7fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper);
       font: 14px/1.5 "Noto Sans", "Segoe UI", Helvetica, Arial, "Noto Sans CJK SC", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 40px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px;
     border-bottom: 2px solid var(--line); } h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .06em;
     color: var(--muted); margin: 18px 0 6px; }
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
  explicit HtmlWriter(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  std::string sections() {
    for (std::size_t i = 0; i < c_.stages.size(); ++i)
      stage(i);
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
    return a ? html(b_.actors[a->value].label) : "<span class=\"flag\">not set</span>";
  }

  // One checkbox item; `detail` is already HTML.
  void item(const std::string& text, const std::string& detail = {}) {
    out_ += "<li><label><input type=\"checkbox\"><span>" + text + "</span></label>";
    if (!detail.empty()) out_ += "<div class=\"detail\">" + detail + "</div>";
    out_ += "</li>\n";
  }

  void list(const char* title) { out_ += fmt::format("<h3>{}</h3>\n<ul class=\"checks\">\n", title); }

  void stage(std::size_t n) {
    const StageChecks& s = c_.stages[n];
    const model::Stage& stage = b_.stages[s.stage];
    out_ += fmt::format("<section class=\"stage\">\n<h2>{}. {} <code>{}</code></h2>\n", n + 1, html(stage.label),
                        html(stage.id));
    if (!s.standards.empty()) {
      list("Standards");
      for (const StandardCheck& sc : s.standards)
        standard_item(sc);
      out_ += "</ul>\n";
    }
    if (!s.moments.empty()) {
      list("Moments of truth");
      for (const MomentCheck& m : s.moments)
        moment_item(m);
      out_ += "</ul>\n";
    }
    if (!s.fails.empty()) {
      list("Fail points");
      for (const FailCheck& f : s.fails)
        fail_item(f);
      out_ += "</ul>\n";
    }
    if (!s.waits.empty()) {
      list("Waits");
      for (const WaitCheck& w : s.waits)
        wait_item(w);
      out_ += "</ul>\n";
    }
    list("Time");
    const std::string verdict = time_verdict(s.time);
    item(s.time.budget ? fmt::format("{}: <span class=\"{}\">{}</span>", html(time_item(s.time)),
                                     s.time.over_budget() ? "flag" : "ok", html(verdict))
                       : html(time_item(s.time)));
    out_ += "</ul>\n</section>\n";
  }

  void standard_item(const StandardCheck& sc) {
    const model::Standard& st = b_.standards[sc.standard];
    std::string at;
    for (Index i : sc.steps)
      at += (at.empty() ? "" : ", ") + step(i);
    item(fmt::format("<strong>{}</strong> at {}", standard(sc.standard), at),
         fmt::format("Measure: {} · Target: {} · Owner: {} · Kind: {} · Dimension: {}",
                     st.measure ? html(st.measure->value) : "<span class=\"flag\">not set</span>",
                     st.target ? html(describe_target(*st.target)) : "<span class=\"flag\">not set</span>",
                     actor(st.owner), st.kind ? model::to_string(st.kind->value) : "not set",
                     st.dimension ? model::to_string(st.dimension->value) : "not set"));
  }

  void moment_item(const MomentCheck& m) {
    std::string list;
    for (Index i : m.standards)
      list += (list.empty() ? "" : ", ") + standard(i);
    item(fmt::format("{}: {}", step(m.step), html(b_.steps[m.step].moment->text)),
         m.standards.empty() ? "<span class=\"flag\">No standard covers this moment.</span>" : "Standard: " + list);
  }

  void fail_item(const FailCheck& f) {
    const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
    item(fmt::format("{}: {}", step(f.step), html(fail.text)),
         fmt::format("Recovery: {} · Owner: {} · Severity: {}",
                     fail.recovery ? html(fail.recovery->value) : "<span class=\"flag\">none</span>", actor(fail.owner),
                     fail.severity ? model::to_string(fail.severity->value) : "not set"));
  }

  void wait_item(const WaitCheck& w) {
    const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
    item(fmt::format("{}: {}", step(w.step), html(wait.text)),
         fmt::format("Expected {} against a tolerance of {}{}",
                     describe_duration(wait.expected ? std::optional(wait.expected->value) : std::nullopt),
                     describe_duration(wait.tolerance ? std::optional(wait.tolerance->value) : std::nullopt),
                     w.over_tolerance ? ": <span class=\"flag\">over tolerance</span>" : ""));
  }

  void servqual() {
    out_ += "<section>\n<h2>SERVQUAL coverage</h2>\n<table><thead><tr><th>Dimension</th><th>Standards</th>"
            "<th>Coverage</th></tr></thead><tbody>\n";
    for (const DimensionCoverage& row : c_.servqual) {
      std::string list;
      for (Index i : row.standards)
        list += (list.empty() ? "" : "<br>") + standard(i);
      out_ += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", model::to_string(row.dimension), list.empty() ? "none" : list,
          row.standards.empty() ? "<span class=\"flag\">gap</span>" : "<span class=\"ok\">covered</span>");
    }
    out_ += "</tbody></table>\n";
    if (!c_.standards_without_dimension.empty()) {
      std::string list;
      for (Index i : c_.standards_without_dimension)
        list += (list.empty() ? "" : ", ") + standard(i);
      out_ += fmt::format("<p>Standards without a dimension: {}</p>\n", list);
    }
    out_ += "</section>\n";
  }

  void findings() {
    out_ += "<section>\n<h2>Open findings</h2>\n";
    if (c_.findings.empty()) {
      out_ += "<p>None.</p>\n</section>\n";
      return;
    }
    out_ += "<ul class=\"checks\">\n";
    for (const Finding& f : c_.findings) {
      const diag::Diagnostic& d = f.diagnostic;
      item(fmt::format("<span class=\"badge {0}\">{0}</span> <code>{1}</code> {2}: {3}", diag::to_string(d.severity),
                       d.code, diag::name_of(d.code), escape::html_message(d.message)),
           fmt::format("{}:{}:{}{}", html(c_.file), f.location.line, f.location.column,
                       d.hint.empty() ? "" : " · " + escape::html_message(d.hint)));
    }
    out_ += "</ul>\n</section>\n";
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  std::string out_;
};

} // namespace

std::string_view checklist_css() { return css; }

std::string write_html_sections(const Checklist& checklist) { return HtmlWriter(checklist).sections(); }

std::string write_html(const Checklist& checklist) {
  const model::Blueprint& b = *checklist.blueprint;
  std::string meta;
  for (const std::string& phrase : model::meta_phrases(b))
    meta += (meta.empty() ? "" : " · ") + html(phrase);
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Standards checklist: {0}</title>\n<style>{1}</style>\n</head>\n<body>\n<main>\n"
      "<h1>Standards checklist: {0}</h1>\n{2}"
      "<p>Tick each item once it has been verified in the live service.</p>\n{3}</main>\n</body>\n</html>\n",
      html(b.name), checklist_css(), meta.empty() ? "" : "<p class=\"meta\">" + meta + "</p>\n",
      write_html_sections(checklist));
}

} // namespace bp::checklist
