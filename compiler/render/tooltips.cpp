#include "compiler/render/tooltips.hpp"

#include "compiler/check/paths.hpp"
#include "compiler/layout/flow_text.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/model/describe.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::render::tooltip {

namespace msg = wording::msg;
using fmt::arg;
using wording::format;

std::string stage(const model::Stage& stage) { return stage.label; }

std::string step(const model::Blueprint& b, const model::Step& s) {
  std::string tip =
      format(msg::diagram_tip_step, arg("label", s.label), arg("lane", model::to_string(s.lane)), arg("id", s.id));
  if (s.actor) tip += format(msg::diagram_tip_step_actor, arg("actor", b.actors[s.actor->value].label));
  if (s.takes) tip += format(msg::diagram_tip_step_takes, arg("duration", model::format_duration(s.takes->value)));
  if (s.moment) tip += format(msg::diagram_tip_moment_line, arg("text", s.moment->text));
  for (const std::string& note : s.notes)
    tip += format(msg::diagram_tip_note, arg("text", note));
  return tip;
}

std::string finding() { return std::string(wording::text(msg::diagram_tip_finding)); }

std::string with_gap(std::string tip, const std::string& message) {
  return tip + format(msg::diagram_tip_gap, arg("message", message));
}

std::string standard(const model::Blueprint& b, const std::string& id) {
  const model::Symbol* symbol = b.find(id);
  if (!symbol || symbol->kind != model::SymbolKind::standard) return id;
  const model::Standard& st = b.standards[symbol->index];
  std::string tip = format(msg::diagram_tip_standard, arg("label", st.label));
  if (st.measure) tip += format(msg::diagram_tip_measure, arg("measure", st.measure->value));
  if (st.target) tip += format(msg::diagram_tip_target, arg("target", model::describe_target(*st.target)));
  return tip;
}

std::string fail_point(const model::Blueprint& b, const model::FailPoint& f) {
  const std::string recovery =
      f.recovery ? f.recovery->value : std::string(wording::text(msg::diagram_tip_no_recovery));
  std::string tip = format(msg::diagram_tip_fail, arg("text", f.text), arg("recovery", recovery));
  if (f.prevent) tip += format(msg::diagram_tip_prevent, arg("prevent", f.prevent->value));
  if (f.cause) tip += format(msg::diagram_tip_cause, arg("cause", model::describe_cause(f.cause->value)));
  if (f.level) tip += format(msg::diagram_tip_level, arg("level", model::describe_level(f.level->value)));
  if (f.owner) tip += format(msg::diagram_tip_owner, arg("owner", b.actors[f.owner->value].label));
  if (const std::optional<int> rpn = model::rpn(f)) {
    tip += format(msg::diagram_tip_rpn, arg("rpn", *rpn), arg("severity", f.severity_score->value),
                  arg("likelihood", f.likelihood->value), arg("detection", f.detection->value));
  } else if (f.severity_score) {
    tip += format(msg::diagram_tip_severity, arg("severity", model::describe_severity(f)));
  }
  return tip;
}

std::string info_item(const model::Blueprint& b, const model::InfoItem& item) {
  std::string tip =
      format(msg::diagram_tip_info_item, arg("lane", b.info_lanes[item.lane].title), arg("label", item.label));
  for (const std::string& note : item.notes)
    tip += "\n" + note;
  return tip;
}

std::string pain(const std::string& text) { return format(msg::diagram_tip_pain, arg("text", text)); }
std::string idea(const std::string& text) { return format(msg::diagram_tip_idea, arg("text", text)); }

std::string wait_point(const model::WaitPoint& w) {
  std::string tip = format(msg::diagram_tip_wait, arg("text", w.text));
  if (w.expected) tip += format(msg::diagram_tip_expected, arg("duration", model::format_duration(w.expected->value)));
  if (w.tolerance)
    tip += format(msg::diagram_tip_tolerance, arg("duration", model::format_duration(w.tolerance->value)));
  return tip;
}

std::string decision(const model::Blueprint& b, const model::Step& s) {
  std::string tip = format(msg::diagram_tip_decision, arg("text", s.label));
  for (model::Index f = 0; f < b.flows.size(); ++f) {
    const model::Flow& flow = b.flows[f];
    if (b.steps[flow.from].id != s.id || flow.arrow == model::Arrow::journey || flow.arrow == model::Arrow::information)
      continue;
    const std::string percent = fmt::format("{:.0f}", 100 * check::branch_probability(b, f));
    tip += format(msg::diagram_tip_branch, arg("label", flow.label.value_or("—")), arg("step", b.steps[flow.to].label),
                  arg("percent", percent));
  }
  return tip;
}

std::string moment(const model::Step& s) { return format(msg::diagram_tip_moment, arg("text", s.moment->text)); }

std::string channel(const model::Blueprint& b, const model::Step& s) {
  const model::Channel& c = b.channels[s.channel->value];
  return format(c.remote ? msg::diagram_tip_channel_remote : msg::diagram_tip_channel, arg("label", c.label),
                arg("id", c.id));
}

std::string feeling(const model::Step& s) {
  return format(msg::diagram_tip_feeling, arg("label", s.label),
                arg("feeling", model::describe_feeling(s.feeling->value)));
}

std::string critical_path() { return std::string(wording::text(msg::diagram_tip_critical)); }

std::string line(model::Line line) { return std::string(model::line_name(line)); }

std::string flow(const model::Blueprint& b, const model::Flow& f) {
  const std::string arrow = f.arrow == model::Arrow::journey ? "→" : model::to_string(f.arrow);
  const std::string& from = b.steps[f.from].id;
  const std::string& to = b.steps[f.to].id;
  std::string tip = f.label ? format(msg::diagram_tip_flow_label, arg("from", from), arg("arrow", arrow), arg("to", to),
                                     arg("label", *f.label))
                            : format(msg::diagram_tip_flow, arg("from", from), arg("arrow", arrow), arg("to", to));
  if (layout::channel_switch(b, f))
    tip += format(msg::diagram_tip_channel_switch, arg("from", b.channels[b.steps[f.from].channel->value].label),
                  arg("to", b.channels[b.steps[f.to].channel->value].label));
  return tip;
}

} // namespace bp::render::tooltip
