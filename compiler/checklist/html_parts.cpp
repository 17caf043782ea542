#include "compiler/checklist/html_parts.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/model/describe.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::checklist::html_parts {

namespace {

using escape::html;
using fmt::arg;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

std::string step_ref(const model::Blueprint& b, Index i) {
  return fmt::format("<code>{}</code> {}", html(b.steps[i].id), html(b.steps[i].label));
}

std::string text_or_none(const std::optional<model::Located<std::string>>& text) {
  return text ? html(text->value) : "<span class=\"flag\">" + words(msg::checklist_none) + "</span>";
}

// One row of the Pareto table: the RPN as a bar against the highest.
std::string risk_row(const model::Blueprint& b, std::size_t n, const RiskRank& rank, int highest) {
  const model::Step& s = b.steps[rank.at.step];
  const model::FailPoint& fail = s.fail_points[rank.at.fail];
  const double width = highest > 0 ? 100.0 * rank.rpn / highest : 0;
  const std::string first =
      rank.fix_first ? " <span class=\"badge fix-first\">" + words(msg::checklist_fix_first) + "</span>" : "";
  return fmt::format(
      "<tr{}><td class=\"num\">{}</td><td>{}{}<div class=\"detail-cell\">{}</div></td><td>{}</td>"
      "<td class=\"num\"><div class=\"rpn\"><span style=\"width:{:.1f}%\"></span></div>{}</td><td class=\"num\">{}</td>"
      "<td>{}</td><td>{}</td><td>{}</td></tr>\n",
      rank.fix_first ? " class=\"fix-first\"" : "", n + 1, html(fail.text), first, step_ref(b, rank.at.step),
      html(model::describe_cause(model::cause_of(fail))), width, rank.rpn, share_text(rank.cumulative),
      text_or_none(fail.prevent), text_or_none(fail.recovery),
      fail.level ? html(model::describe_level(fail.level->value)) : words(msg::checklist_not_set));
}

std::string cause_table(const RiskRanking& r) {
  std::string out = fmt::format("<h3>{}</h3>\n<table class=\"causes\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>"
                                "<th>{}</th></tr></thead><tbody>\n",
                                words(msg::checklist_causes_heading), words(msg::checklist_column_cause),
                                words(msg::checklist_column_count), words(msg::checklist_column_prevented),
                                words(msg::checklist_column_recovered));
  for (const CauseGroup& g : r.causes) {
    out +=
        fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                    html(model::describe_cause(g.cause)), g.fails.size(), g.prevented, g.recovered);
  }
  return out + "</tbody></table>\n";
}

std::string joined(const std::vector<model::Located<std::string>>& texts) {
  std::string out;
  for (const auto& t : texts)
    out += "<li>" + html(t.value) + "</li>";
  return out.empty() ? "&mdash;" : "<ul class=\"plain\">" + out + "</ul>";
}

} // namespace

std::string risk_section(const Checklist& c) {
  if (!c.risks) return {};
  const model::Blueprint& b = *c.blueprint;
  const RiskRanking& r = *c.risks;
  std::string out = "<section class=\"risks\">\n<h2>" + words(msg::checklist_risk_heading) +
                    "</h2>\n<p class=\"meta\">" + escape::html_message(words(msg::checklist_risk_intro)) + "</p>\n";
  if (!r.ranked.empty()) {
    out += fmt::format("<table class=\"pareto\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
                       "<th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                       words(msg::checklist_column_rank), words(msg::checklist_column_fail),
                       words(msg::checklist_column_cause), words(msg::checklist_column_rpn),
                       words(msg::checklist_column_cumulative), words(msg::checklist_column_prevent),
                       words(msg::checklist_column_recovery), words(msg::checklist_column_level));
    for (std::size_t n = 0; n < r.ranked.size(); ++n)
      out += risk_row(b, n, r.ranked[n], r.ranked.front().rpn);
    out += "</tbody></table>\n";
  }
  if (!r.unscored.empty()) {
    std::string list;
    for (const FailRef& f : r.unscored)
      list += (list.empty() ? "" : "; ") + html(b.steps[f.step].fail_points[f.fail].text) + " (" + step_ref(b, f.step) +
              ")";
    out += "<p>" + wording::format(msg::checklist_risk_unscored, arg("fails", list)) + "</p>\n";
  }
  return out + cause_table(r) + "</section>\n";
}

std::string workshop_section(const Checklist& c, const wording::Message& heading, const wording::Message* intro) {
  if (c.workshop_steps.empty()) return {};
  const model::Blueprint& b = *c.blueprint;
  std::string out = "<section class=\"workshop\">\n<h2>" + words(heading) + "</h2>\n";
  if (intro) out += "<p class=\"meta\">" + words(*intro) + "</p>\n";
  out += fmt::format("<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                     words(msg::checklist_column_stage), words(msg::checklist_column_step),
                     words(msg::checklist_column_pains), words(msg::checklist_column_ideas));
  for (Index i : c.workshop_steps) {
    const model::Step& s = b.steps[i];
    out += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"pains\">{}</td><td class=\"ideas\">{}</td></tr>\n",
                       html(b.stages[s.stage].label), step_ref(b, i), joined(s.pains), joined(s.ideas));
  }
  return out + "</tbody></table>\n</section>\n";
}

std::string info_lanes_section(const Checklist& c) {
  const model::Blueprint& b = *c.blueprint;
  if (b.info_lanes.empty()) return {};
  std::string out = "<section class=\"info-lanes\">\n<h2>" + words(msg::checklist_info_lanes) + "</h2>\n";
  for (const model::InfoLane& lane : b.info_lanes) {
    const bool above = lane.place == model::InfoLane::Place::above_evidence;
    out += fmt::format("<h3>{} <code>{}</code></h3>\n<p class=\"meta\">{}</p>\n", html(lane.title), html(lane.id),
                       words(above ? msg::checklist_info_lane_above : msg::checklist_info_lane_below));
    if (lane.items.empty()) {
      out += "<p>" + words(msg::checklist_none) + "</p>\n";
      continue;
    }
    out += fmt::format("<table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                       words(msg::checklist_column_stage), words(msg::checklist_column_item));
    for (Index i : lane.items) {
      const model::InfoItem& item = b.info_items[i];
      out += fmt::format("<tr><td>{}</td><td><code>{}</code> {}</td></tr>\n", html(b.stages[item.stage].label),
                         html(item.id), html(item.label));
    }
    out += "</tbody></table>\n";
  }
  return out + "</section>\n";
}

std::string_view css() {
  return R"CSS(
td.num, th.num { text-align: right; white-space: nowrap; }
table.pareto tr.fix-first td { background: #fff8f1; }
.badge.fix-first { background: #fdecec; color: var(--bad); margin-left: 6px; }
.detail-cell { color: var(--muted); font-size: 12.5px; }
.rpn { display: inline-block; vertical-align: middle; width: 70px; height: 8px; margin-right: 8px; background: var(--band);
       border-radius: 4px; overflow: hidden; }
.rpn span { display: block; height: 100%; background: var(--bad); }
ul.plain { margin: 0; padding-left: 16px; }
td.pains li::marker { color: #b83280; } td.ideas li::marker { color: #1f8a7a; }
)CSS";
}

} // namespace bp::checklist::html_parts
