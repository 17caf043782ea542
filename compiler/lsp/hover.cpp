// Hover: what an id stands for, gathered from the whole blueprint.

#include "compiler/check/paths.hpp"
#include "compiler/check/time_analysis.hpp"
#include "compiler/checklist/checklist.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/markdown_text.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/model/describe.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::lsp {

namespace {

using fmt::arg;
using model::Blueprint;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }
// Labels and texts from the blueprint, escaped: they never become markup.
std::string in_quotes(std::string_view text) { return fmt::format("\"{}\"", markdown_text(text)); }
// One item of a hover's list.
std::string item(const std::string& text) { return "- " + text + "\n"; }

// Ids are shown as code: they hold letters, digits and `_`, never a backtick.
std::string code(std::string_view id) { return fmt::format("`{}`", id); }

std::string lane_name(model::Lane lane) {
  constexpr const wording::Message* names[] = {&msg::editor_lane_evidence, &msg::editor_lane_customer,
                                               &msg::editor_lane_frontstage, &msg::editor_lane_backstage,
                                               &msg::editor_lane_support};
  return words(*names[static_cast<int>(lane)]);
}

std::string standard_line(const Blueprint& b, model::Index i) {
  const model::Standard& s = b.standards[i];
  const std::string line = fmt::format("{} {}", code(s.id), in_quotes(s.label));
  if (!s.target) return line;
  return format(msg::editor_standard_target, arg("standard", line), arg("target", model::describe_target(*s.target)));
}

// The v2 lines of a step: channel, personas, branches, and the paths through it.
std::string journey_items(const Blueprint& b, model::Index i) {
  const model::Step& s = b.steps[i];
  std::string md;
  if (s.channel) {
    const model::Channel& c = b.channels[s.channel->value];
    md += item(format(c.remote ? msg::editor_step_via_remote : msg::editor_step_via, arg("id", code(c.id)),
                      arg("label", in_quotes(c.label))));
  }
  if (!s.personas.empty()) {
    std::string ids;
    for (const auto& p : s.personas)
      ids += (ids.empty() ? "" : ", ") + code(b.personas[p.value].id);
    md += item(format(msg::editor_step_for, arg("ids", ids)));
  }
  if (s.decision) {
    std::string branches;
    for (model::Index f = 0; f < b.flows.size(); ++f) {
      const model::Flow& flow = b.flows[f];
      if (flow.from != i || flow.arrow == model::Arrow::journey || flow.arrow == model::Arrow::information) continue;
      branches += fmt::format("  - {} → {} ({:.0f}%)\n", flow.label ? in_quotes(*flow.label) : "—",
                              code(b.steps[flow.to].id), 100 * check::branch_probability(b, f));
    }
    md += item(words(msg::editor_step_decision)) + branches;
  }
  if (s.end) md += item(words(msg::editor_step_end));
  const check::PathAnalysis paths = check::analyze_paths(b);
  if (paths.paths.size() > 1) {
    std::size_t through = 0;
    for (const check::Path& p : paths.paths)
      through += std::find(p.steps.begin(), p.steps.end(), i) != p.steps.end();
    md += item(format(msg::editor_step_paths, arg("count", through), arg("total", paths.paths.size())));
  }
  return md;
}

std::string step_hover(const Blueprint& b, model::Index i) {
  const model::Step& s = b.steps[i];
  std::string md = fmt::format("**{}** {} {}\n\n", lane_name(s.lane), code(s.id), in_quotes(s.label));
  md += item(format(msg::editor_step_stage, arg("id", code(b.stages[s.stage].id)),
                    arg("label", in_quotes(b.stages[s.stage].label))));
  if (s.actor) {
    const model::Actor& actor = b.actors[s.actor->value];
    md += item(format(msg::editor_step_by, arg("kind", model::to_string(actor.kind)), arg("id", code(actor.id)),
                      arg("label", in_quotes(actor.label))));
  }
  if (s.takes) md += item(format(msg::editor_step_takes, arg("duration", model::describe_duration(s.takes->value))));
  md += journey_items(b, i);
  if (s.moment) md += item(format(msg::editor_step_moment, arg("text", in_quotes(s.moment->text))));
  for (const model::FailPoint& f : s.fail_points) {
    std::string line = format(msg::editor_step_fail, arg("text", in_quotes(f.text)));
    line += format(
        msg::editor_step_recovery,
        arg("recovery", f.recovery ? in_quotes(f.recovery->value) : "**" + words(msg::editor_step_no_recovery) + "**"));
    if (f.prevent) line += format(msg::editor_step_fail_prevent, arg("prevent", in_quotes(f.prevent->value)));
    if (f.cause) line += format(msg::editor_step_fail_cause, arg("cause", model::describe_cause(f.cause->value)));
    if (f.level) line += format(msg::editor_step_fail_level, arg("level", model::describe_level(f.level->value)));
    if (f.owner) line += format(msg::editor_step_fail_owner, arg("owner", code(b.actors[f.owner->value].id)));
    if (f.severity_score) line += format(msg::editor_step_fail_severity, arg("severity", model::describe_severity(f)));
    if (const std::optional<int> rpn = model::rpn(f)) line += format(msg::editor_step_fail_rpn, arg("rpn", *rpn));
    md += item(line);
  }
  for (const auto& pain : s.pains)
    md += item(format(msg::editor_step_pain, arg("text", in_quotes(pain.value))));
  for (const auto& idea : s.ideas)
    md += item(format(msg::editor_step_idea, arg("text", in_quotes(idea.value))));
  for (const model::WaitPoint& w : s.wait_points) {
    md += item(format(
        msg::editor_step_wait, arg("text", in_quotes(w.text)),
        arg("expected", model::describe_duration(w.expected ? std::optional(w.expected->value) : std::nullopt)),
        arg("tolerance", model::describe_duration(w.tolerance ? std::optional(w.tolerance->value) : std::nullopt))));
  }
  if (!s.meets.empty()) {
    md += item(words(msg::editor_step_meets));
    for (const auto& m : s.meets)
      md += "  - " + standard_line(b, m.value) + "\n";
  }
  if (s.feeling) md += item(format(msg::editor_step_feeling, arg("feeling", fmt::format("{:+}", s.feeling->value))));
  return md;
}

std::string standard_hover(const Blueprint& b, model::Index i) {
  const model::Standard& s = b.standards[i];
  std::string md = fmt::format("**{}** {} {}\n\n", words(msg::editor_standard), code(s.id), in_quotes(s.label));
  if (s.dimension)
    md += item(format(msg::editor_standard_dimension, arg("dimension", model::to_string(s.dimension->value))));
  if (s.kind) md += item(format(msg::editor_standard_kind, arg("kind", model::to_string(s.kind->value))));
  if (s.measure) md += item(format(msg::editor_standard_measure, arg("measure", in_quotes(s.measure->value))));
  md += item(format(msg::editor_standard_target_line, arg("target", s.target ? model::describe_target(*s.target)
                                                                             : "**" + words(msg::editor_none) + "**")));
  if (s.owner) md += item(format(msg::editor_standard_owner, arg("owner", code(b.actors[s.owner->value].id))));
  std::string met_by;
  for (const model::Step& step : b.steps) {
    for (const auto& m : step.meets) {
      if (m.value == i)
        met_by += fmt::format("  - {} {} ({})\n", code(step.id), in_quotes(step.label),
                              markdown_text(b.stages[step.stage].label));
    }
  }
  md += met_by.empty()
            ? item(format(msg::editor_standard_met_by_none, arg("none", "**" + words(msg::editor_no_step) + "**")))
            : item(words(msg::editor_standard_met_by)) + met_by;
  return md;
}

std::string actor_hover(const Blueprint& b, model::Index i) {
  const model::Actor& a = b.actors[i];
  std::string md = fmt::format("**{}** {} {}\n\n", model::to_string(a.kind), code(a.id), in_quotes(a.label));
  std::string steps;
  std::size_t count = 0;
  for (const model::Step& s : b.steps) {
    if (s.actor && s.actor->value == i && ++count <= 10)
      steps += fmt::format("  - {} {}\n", code(s.id), in_quotes(s.label));
  }
  md += count ? item(format(count == 1 ? msg::editor_actor_performs_one : msg::editor_actor_performs,
                            arg("count", count))) +
                    steps
              : item(words(msg::editor_actor_performs_none));
  if (count > 10) md += "  " + item(format(msg::editor_actor_more, arg("count", count - 10)));
  return md;
}

std::string stage_hover(const Blueprint& b, model::Index i) {
  const model::Stage& s = b.stages[i];
  const check::StageTime time = check::analyze_time(b).stages.at(i);
  std::string md = fmt::format("**{}** {} {}\n\n", words(msg::editor_stage), code(s.id), in_quotes(s.label));
  md += item(format(s.steps.size() == 1 ? msg::editor_stage_steps_one : msg::editor_stage_steps,
                    arg("count", s.steps.size())));
  md += item(checklist::time_item(time));
  return md;
}

// A persona or a channel: its label, notes and the steps that name it.
template <typename Names>
std::string profile_hover(const Blueprint& b, const wording::Message& kind, const std::string& id,
                          const std::string& label, const std::vector<std::string>& notes, Names names) {
  std::string md = fmt::format("**{}** {} {}\n\n", words(kind), code(id), in_quotes(label));
  for (const std::string& note : notes)
    md += item(markdown_text(note));
  std::string steps;
  std::size_t count = 0;
  for (const model::Step& s : b.steps) {
    if (names(s) && ++count <= 10) steps += fmt::format("  - {} {}\n", code(s.id), in_quotes(s.label));
  }
  md +=
      count
          ? item(format(count == 1 ? msg::editor_profile_steps_one : msg::editor_profile_steps, arg("count", count))) +
                steps
          : item(words(msg::editor_profile_steps_none));
  if (count > 10) md += "  " + item(format(msg::editor_actor_more, arg("count", count - 10)));
  return md;
}

std::string persona_hover(const Blueprint& b, model::Index i) {
  const model::Persona& p = b.personas[i];
  return profile_hover(b, msg::editor_persona, p.id, p.label, p.notes, [&](const model::Step& s) {
    return std::any_of(s.personas.begin(), s.personas.end(), [&](const auto& x) { return x.value == i; });
  });
}

std::string channel_hover(const Blueprint& b, model::Index i) {
  const model::Channel& c = b.channels[i];
  return profile_hover(b, c.remote ? msg::editor_channel_remote : msg::editor_channel, c.id, c.label, c.notes,
                       [&](const model::Step& s) { return s.channel && s.channel->value == i; });
}

std::string info_lane_hover(const Blueprint& b, model::Index i) {
  const model::InfoLane& l = b.info_lanes[i];
  const bool above = l.place == model::InfoLane::Place::above_evidence;
  std::string md = fmt::format("**{}** {} {}\n\n", words(msg::editor_info_lane), code(l.id), in_quotes(l.title));
  md += item(words(above ? msg::editor_info_lane_above : msg::editor_info_lane_below));
  md += item(format(msg::editor_info_lane_items, arg("count", l.items.size())));
  return md;
}

std::string info_item_hover(const Blueprint& b, model::Index i) {
  const model::InfoItem& x = b.info_items[i];
  std::string md =
      fmt::format("**{}** {} {}\n\n", format(msg::editor_info_item, arg("lane", in_quotes(b.info_lanes[x.lane].title))),
                  code(x.id), in_quotes(x.label));
  for (const std::string& note : x.notes)
    md += item(markdown_text(note));
  return md;
}

// What a library declares, for the hover of its `import`.
std::string library_hover(const Blueprint& b, const model::Library& library) {
  const auto count = [&](const auto& declarations) {
    return std::count_if(declarations.begin(), declarations.end(),
                         [&](const auto& d) { return b.library_of(d.span) == &library; });
  };
  return fmt::format("**{}** {}\n\n", words(msg::editor_library), in_quotes(library.name)) +
         item(format(msg::editor_library_file, arg("file", markdown_text(library.file)))) +
         item(format(msg::editor_library_declares, arg("actors", count(b.actors)), arg("standards", count(b.standards)),
                     arg("personas", count(b.personas)), arg("channels", count(b.channels)),
                     arg("lanes", count(b.info_lanes))));
}

std::optional<Hover> import_hover(const Analysis& a, std::size_t offset) {
  const Blueprint& b = a.blueprint();
  for (const syntax::Import& i : a.compiled.tree.blueprint.imports) {
    if (offset < i.path.span.begin || offset > i.path.span.end) continue;
    for (const model::Library& library : b.libraries) {
      if (library.imported_at == i.span) return Hover{library_hover(b, library), range_of(a.file(), i.path.span)};
    }
  }
  return std::nullopt;
}

// Where the id comes from, when a library declares it.
std::string declared_in(const Analysis& a, const Occurrence& o) {
  const Occurrence* declaration = a.index.declaration_of(o.symbol);
  const model::Library* library = declaration ? a.blueprint().library_of(declaration->span) : nullptr;
  if (!library) return {};
  return item(format(msg::editor_declared_in_library, arg("library", in_quotes(library->name)),
                     arg("file", markdown_text(library->file))));
}

} // namespace

std::optional<Hover> hover(const Analysis& a, Position at) {
  const std::size_t offset = offset_of(a.file(), at);
  if (auto h = import_hover(a, offset)) return h;
  const Occurrence* o = a.index.at(offset);
  if (!o) return std::nullopt;
  const Blueprint& b = a.blueprint();
  std::string md;
  switch (o->symbol.kind) {
  case model::SymbolKind::step: md = step_hover(b, o->symbol.index); break;
  case model::SymbolKind::standard: md = standard_hover(b, o->symbol.index); break;
  case model::SymbolKind::actor: md = actor_hover(b, o->symbol.index); break;
  case model::SymbolKind::stage: md = stage_hover(b, o->symbol.index); break;
  case model::SymbolKind::persona: md = persona_hover(b, o->symbol.index); break;
  case model::SymbolKind::channel: md = channel_hover(b, o->symbol.index); break;
  case model::SymbolKind::info_lane: md = info_lane_hover(b, o->symbol.index); break;
  case model::SymbolKind::info_item: md = info_item_hover(b, o->symbol.index); break;
  }
  md += declared_in(a, *o);
  return Hover{std::move(md), range_of(a.file(), o->span)};
}

} // namespace bp::lsp
