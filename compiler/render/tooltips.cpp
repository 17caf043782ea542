#include "compiler/render/tooltips.hpp"

#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::render::tooltip {

std::string stage(const model::Stage& stage) { return stage.label; }

std::string step(const model::Blueprint& b, const model::Step& s) {
  std::string tip = s.label + "\n" + model::to_string(s.lane) + " step `" + s.id + "`";
  if (s.actor) tip += ", by " + b.actors[s.actor->value].label;
  if (s.takes) tip += ", takes " + model::format_duration(s.takes->value);
  if (s.moment) tip += "\nMoment of truth: " + s.moment->text;
  return tip;
}

std::string finding() { return "has findings: run blueprint check"; }

std::string describe_target(const model::Target& t) {
  std::string out = fmt::format("{} {}", model::to_string(t.comparator),
                                t.unit == model::Unit::seconds   ? model::format_duration(t.value)
                                : t.unit == model::Unit::percent ? fmt::format("{}%", t.value)
                                                                 : fmt::format("{}", t.value));
  if (t.share) out += fmt::format(" for {}%", *t.share);
  return out;
}

std::string standard(const model::Blueprint& b, const std::string& id) {
  const model::Symbol* symbol = b.find(id);
  if (!symbol || symbol->kind != model::SymbolKind::standard) return id;
  const model::Standard& st = b.standards[symbol->index];
  std::string tip = "Standard: " + st.label;
  if (st.measure) tip += "\nMeasure: " + st.measure->value;
  if (st.target) tip += "\nTarget: " + describe_target(*st.target);
  return tip;
}

std::string fail_point(const model::Blueprint& b, const model::FailPoint& f) {
  std::string tip = "Fail point: " + f.text + "\nRecovery: " + (f.recovery ? f.recovery->value : "none");
  if (f.owner) tip += "\nOwner: " + b.actors[f.owner->value].label;
  if (f.severity) tip += std::string("\nSeverity: ") + model::to_string(f.severity->value);
  return tip;
}

std::string wait_point(const model::WaitPoint& w) {
  std::string tip = "Wait point: " + w.text;
  if (w.expected) tip += "\nExpected: " + model::format_duration(w.expected->value);
  if (w.tolerance) tip += "\nTolerance: " + model::format_duration(w.tolerance->value);
  return tip;
}

std::string moment(const model::Step& s) { return "Moment of truth: " + s.moment->text; }

std::string line(model::Line line) { return model::to_string(line); }

std::string flow(const model::Blueprint& b, const model::Flow& f) {
  return fmt::format("{} {} {}{}", b.steps[f.from].id,
                     f.arrow == model::Arrow::journey ? "→" : model::to_string(f.arrow), b.steps[f.to].id,
                     f.label ? ": " + *f.label : "");
}

} // namespace bp::render::tooltip
