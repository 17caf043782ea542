#include "compiler/report/report.hpp"

#include "compiler/checklist/html_parts.hpp"
#include "compiler/checklist/writers.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/escape/escape.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/render/render.hpp"
#include "compiler/report/diagram_html.hpp"
#include "compiler/report/file_name.hpp"
#include "compiler/report/findings_html.hpp"
#include "compiler/source/utf8.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::report {

namespace {

using escape::html;
using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

constexpr std::string_view report_css = R"CSS(
.cover { padding: 8px 0 20px; border-bottom: 3px solid var(--ink); margin-bottom: 8px; }
.cover .kicker { text-transform: uppercase; letter-spacing: .14em; font-size: 12px; color: var(--muted); margin: 0; }
.cover h1 { font-size: 34px; margin: 6px 0 8px; }
.cover dl { display: grid; grid-template-columns: repeat(4, auto); gap: 4px 28px; justify-content: start; margin: 14px 0 0; }
.cover dt { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.cover dd { margin: 0; font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 12px 0; }
.figure { border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; background: var(--band); }
.figure .value { font-size: 26px; font-weight: 700; line-height: 1.1; }
.figure .label { color: var(--muted); font-size: 12.5px; }
.figure.alert .value { color: var(--bad); }
.diagram { border: 1px solid var(--line); border-radius: 10px; padding: 8px; overflow-x: auto; background: #fff;
           width: min(96vw, 1800px); margin-left: calc(50% - min(48vw, 900px)); }
.diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 8px; padding: 10px 14px;
           margin: 10px 0; break-inside: avoid; }
.finding.warning { border-left-color: var(--warn); } .finding.note { border-left-color: var(--accent); }
.finding.error { border-left-color: var(--bad); }
.finding h3 { text-transform: none; letter-spacing: 0; color: var(--ink); font-size: 14.5px; margin: 0 0 4px; }
.finding .where { color: var(--muted); font-size: 12.5px; }
.finding .why { margin: 6px 0 0; font-size: 13px; }
.finding .count { color: var(--muted); font-weight: 400; font-size: 12.5px; margin-left: 6px; }
.finding .explanation { font-size: 13px; margin: 6px 0; } .finding .explanation p { margin: 4px 0; }
.finding .explanation ul { margin: 4px 0; padding-left: 20px; }
.finding ol.places { margin: 8px 0 0; padding-left: 22px; } .finding ol.places li { margin: 6px 0; }
.finding ol.places p.what { margin: 0; }
.fix-first ol { padding-left: 22px; } .fix-first li { margin: 4px 0; } .fix-first a { color: var(--ink); }
.bar { position: relative; height: 14px; background: var(--band); border-radius: 7px; overflow: hidden; min-width: 160px; }
.bar span { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); border-radius: 7px; }
.bar span.over { background: var(--bad); }
.footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 10px; }
@media print {
  .page { break-before: page; } .diagram { border: none; padding: 0; overflow: visible; width: auto; margin-left: 0; }
  .figures { grid-template-columns: repeat(4, 1fr); } .cover { break-after: avoid; }
}
)CSS";

struct Figures {
  std::size_t steps = 0, moments = 0, fails = 0, recovered = 0, waits_over = 0, pains = 0, ideas = 0;
};

Figures figures(const model::Blueprint& b) {
  Figures f;
  f.steps = b.steps.size();
  for (const model::Step& s : b.steps) {
    f.moments += s.moment ? 1 : 0;
    f.fails += s.fail_points.size();
    f.pains += s.pains.size();
    f.ideas += s.ideas.size();
    for (const auto& fail : s.fail_points)
      f.recovered += fail.recovery ? 1 : 0;
    for (const auto& w : s.wait_points)
      f.waits_over += w.expected && w.tolerance && w.expected->value > w.tolerance->value;
  }
  return f;
}

std::string figure(std::size_t value, const wording::Message& label, bool alert = false) {
  return fmt::format("<div class=\"figure{}\"><div class=\"value\">{}</div><div class=\"label\">{}</div></div>\n",
                     alert && value > 0 ? " alert" : "", value, words(label));
}

std::string cover(const model::Blueprint& b) {
  std::string out = "<header class=\"cover\">\n<p class=\"kicker\">" + words(msg::report_kicker) + "</p>\n";
  out += fmt::format("<h1>{}</h1>\n", html(b.name));
  if (b.description) out += fmt::format("<p class=\"meta\">{}</p>\n", html(*b.description));
  out += "<dl>";
  auto item = [&](const wording::Message& term, const std::optional<std::string>& value) {
    out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", words(term), value ? html(*value) : "&mdash;");
  };
  item(msg::report_owner, b.owner);
  item(msg::report_version, b.version);
  item(msg::report_status, b.status ? std::optional<std::string>(model::to_string(*b.status)) : std::nullopt);
  item(msg::report_updated, b.updated);
  return out + "</dl>\n</header>\n";
}

std::string summary(const model::Blueprint& b, const diag::Diagnostics& diagnostics) {
  const Figures f = figures(b);
  const diag::Counts c = diag::count(diagnostics);
  std::string out = "<section>\n<h2>" + words(msg::report_summary) + "</h2>\n<div class=\"figures\">\n";
  out += figure(b.stages.size(), msg::report_stages) + figure(f.steps, msg::report_steps) +
         figure(f.moments, msg::report_moments);
  out += figure(f.fails, msg::report_fails) + figure(f.recovered, msg::report_recovered);
  out += figure(f.fails - f.recovered, msg::report_unrecovered, true);
  out += figure(f.waits_over, msg::report_waits_over, true);
  out += figure(c.warnings, msg::report_warnings, true) + figure(c.notes, msg::report_notes);
  // The workshop's findings, when it had any.
  if (f.pains + f.ideas > 0) out += figure(f.pains, msg::report_pain_count) + figure(f.ideas, msg::report_idea_count);
  return out + "</div>\n</section>\n";
}

// The language the blueprint is written in, for `<html lang>`: Chinese when its
// name or a step's label holds a Han character (the labels are what the page
// shows most), else English, the language of the page's own words.
std::string_view language_of(const model::Blueprint& b) {
  const auto han = [](std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
      const source::Decoded d = source::decode(text, pos);
      if (d.code_point >= 0x4E00 && d.code_point <= 0x9FFF) return true;
      pos += d.length;
    }
    return false;
  };
  if (han(b.name)) return "zh";
  return std::any_of(b.steps.begin(), b.steps.end(), [&](const model::Step& s) { return han(s.label); }) ? "zh" : "en";
}

std::string time_table(const model::Blueprint& b, const checklist::Checklist& list) {
  double longest = 1;
  for (const auto& s : list.stages)
    longest = std::max({longest, s.time.visible_seconds, s.time.budget.value_or(0)});
  std::string out =
      fmt::format("<section>\n<h2>{}</h2>\n<table><thead><tr><th>{}</th><th>{}</th>"
                  "<th>{}</th><th></th><th>{}</th></tr></thead><tbody>\n",
                  words(msg::report_time), words(msg::report_column_stage), words(msg::report_column_visible),
                  words(msg::report_column_budget), words(msg::report_column_verdict));
  for (const auto& s : list.stages) {
    const double pct = 100.0 * s.time.visible_seconds / longest;
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td><div class=\"bar\"><span class=\"{}\" style=\"width:{:.1f}%\">"
        "</span></div></td><td>{}</td></tr>\n",
        html(b.stages[s.stage].label), model::format_duration(s.time.visible_seconds),
        checklist::describe_duration(s.time.budget), s.time.over_budget() ? "over" : "", pct,
        html(checklist::time_verdict(s.time)));
  }
  out += "</tbody></table>\n<p class=\"meta\">" +
         format(msg::report_journey, arg("duration", model::format_duration(list.journey_seconds))) +
         "</p>\n</section>\n";
  return out;
}

} // namespace

diag::Result<std::string> write_report(const check::CheckedBlueprint& checked) {
  const model::Blueprint& b = checked.blueprint;
  render::RenderOptions options;
  options.highlight_findings = true;
  // Where the journey branches or a promise is made, the elapsed time's path matters.
  options.highlight_critical_path = checklist::has_journeys(b);
  const diag::Result<std::string> diagram = diagram_html(checked, options);
  if (!diagram) return diag::failure(diagram.error());
  checklist::Checklist list = checklist::evaluate(checked);
  // The client sees where a finding is, not the folders of the consultant's machine.
  list.file = shown_name(list.file);
  for (checklist::Finding& f : list.findings)
    f.file = shown_name(f.file);

  std::string page = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing may load or run: the report is opened by clients, offline.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}{}{}</style>\n</head>\n<body>\n<main>\n",
      language_of(b), format(msg::report_title, arg("name", html(b.name))), checklist::checklist_css(list), report_css,
      diagram_css);
  page += cover(b);
  page += fix_first(checked);
  page += summary(b, checked.findings);
  page += *diagram;
  page += findings(checked);
  page += checklist::html_parts::risk_section(list);
  page += checklist::html_parts::workshop_section(list, msg::report_pains, &msg::report_pains_intro);
  page += time_table(b, list);
  page += "<section class=\"page\">\n<h2>" + words(msg::report_checklist) + "</h2>\n<p>" +
          words(msg::checklist_instruction) + "</p>\n</section>\n";
  page += checklist::write_html_sections(list, {.risks = false, .workshop = false});
  page += "<p class=\"footer\">" +
          format(msg::report_footer, arg("version", BLUEPRINT_VERSION),
                 arg("file", html(shown_name(checked.source.name())))) +
          "</p>\n</main>\n</body>\n</html>\n";
  return page;
}

} // namespace bp::report
