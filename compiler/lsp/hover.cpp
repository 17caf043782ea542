// Hover: what an id stands for, gathered from the whole blueprint.

#include "compiler/check/time_analysis.hpp"
#include "compiler/checklist/checklist.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"

#include <fmt/format.h>

namespace bp::lsp {

namespace {

using model::Blueprint;

// Markdown code spans cannot hold a backtick; labels are shown in quotes.
std::string code(std::string_view id) { return fmt::format("`{}`", id); }

std::string lane_name(model::Lane lane) {
  constexpr const char* names[] = {"physical evidence", "customer action", "frontstage", "backstage",
                                   "support process"};
  return names[static_cast<int>(lane)];
}

std::string standard_line(const Blueprint& b, model::Index i) {
  const model::Standard& s = b.standards[i];
  std::string line = fmt::format("{} \"{}\"", code(s.id), s.label);
  if (s.target) line += " — target " + checklist::describe_target(*s.target);
  return line;
}

std::string step_hover(const Blueprint& b, model::Index i) {
  const model::Step& s = b.steps[i];
  std::string md = fmt::format("**{}** {} \"{}\"\n\n", lane_name(s.lane), code(s.id), s.label);
  md += fmt::format("- stage: {} \"{}\"\n", code(b.stages[s.stage].id), b.stages[s.stage].label);
  if (s.actor) {
    const model::Actor& actor = b.actors[s.actor->value];
    md += fmt::format("- by: {} {} \"{}\"\n", model::to_string(actor.kind), code(actor.id), actor.label);
  }
  if (s.takes) md += "- takes: " + checklist::describe_duration(s.takes->value) + "\n";
  if (s.moment) md += fmt::format("- ★ moment of truth: \"{}\"\n", s.moment->text);
  for (const model::FailPoint& f : s.fail_points) {
    md += fmt::format("- fail point: \"{}\"", f.text);
    md += f.recovery ? fmt::format("; recovery \"{}\"", f.recovery->value) : std::string("; **no recovery**");
    if (f.owner) md += "; owner " + code(b.actors[f.owner->value].id);
    if (f.severity) md += fmt::format("; severity {}", model::to_string(f.severity->value));
    md += "\n";
  }
  for (const model::WaitPoint& w : s.wait_points) {
    md += fmt::format("- wait point: \"{}\"; expected {}, tolerance {}\n", w.text,
                      checklist::describe_duration(w.expected ? std::optional(w.expected->value) : std::nullopt),
                      checklist::describe_duration(w.tolerance ? std::optional(w.tolerance->value) : std::nullopt));
  }
  if (!s.meets.empty()) {
    md += "- meets:\n";
    for (const auto& m : s.meets)
      md += "  - " + standard_line(b, m.value) + "\n";
  }
  if (s.feeling) md += fmt::format("- feeling: {:+}\n", s.feeling->value);
  return md;
}

std::string standard_hover(const Blueprint& b, model::Index i) {
  const model::Standard& s = b.standards[i];
  std::string md = fmt::format("**standard** {} \"{}\"\n\n", code(s.id), s.label);
  if (s.dimension) md += fmt::format("- dimension: {}\n", model::to_string(s.dimension->value));
  if (s.kind) md += fmt::format("- kind: {}\n", model::to_string(s.kind->value));
  if (s.measure) md += fmt::format("- measure: \"{}\"\n", s.measure->value);
  md += "- target: " + (s.target ? checklist::describe_target(*s.target) : std::string("**none**")) + "\n";
  if (s.owner) md += "- owner: " + code(b.actors[s.owner->value].id) + "\n";
  std::string met_by;
  for (const model::Step& step : b.steps) {
    for (const auto& m : step.meets) {
      if (m.value == i)
        met_by += fmt::format("  - {} \"{}\" ({})\n", code(step.id), step.label, b.stages[step.stage].label);
    }
  }
  md += met_by.empty() ? "- met by: **no step**\n" : "- met by:\n" + met_by;
  return md;
}

std::string actor_hover(const Blueprint& b, model::Index i) {
  const model::Actor& a = b.actors[i];
  std::string md = fmt::format("**{}** {} \"{}\"\n\n", model::to_string(a.kind), code(a.id), a.label);
  std::string steps;
  std::size_t count = 0;
  for (const model::Step& s : b.steps) {
    if (s.actor && s.actor->value == i && ++count <= 10) steps += fmt::format("  - {} \"{}\"\n", code(s.id), s.label);
  }
  md += count ? fmt::format("- performs {} step{}:\n{}", count, count == 1 ? "" : "s", steps) : "- performs no step\n";
  if (count > 10) md += fmt::format("  - and {} more\n", count - 10);
  return md;
}

std::string stage_hover(const Blueprint& b, model::Index i) {
  const model::Stage& s = b.stages[i];
  const check::StageTime time = check::analyze_time(b).stages.at(i);
  std::string md = fmt::format("**stage** {} \"{}\"\n\n- {} step{}\n", code(s.id), s.label, s.steps.size(),
                               s.steps.size() == 1 ? "" : "s");
  md += "- " + checklist::time_item(time) + "\n";
  return md;
}

} // namespace

std::optional<Hover> hover(const Analysis& a, Position at) {
  const std::size_t offset = offset_of(a.file(), at);
  const Occurrence* o = a.index.at(offset);
  if (!o) return std::nullopt;
  const Blueprint& b = a.blueprint();
  std::string md;
  switch (o->symbol.kind) {
  case model::SymbolKind::step: md = step_hover(b, o->symbol.index); break;
  case model::SymbolKind::standard: md = standard_hover(b, o->symbol.index); break;
  case model::SymbolKind::actor: md = actor_hover(b, o->symbol.index); break;
  case model::SymbolKind::stage: md = stage_hover(b, o->symbol.index); break;
  }
  return Hover{std::move(md), range_of(a.file(), o->span)};
}

} // namespace bp::lsp
