#include "compiler/render/render.hpp"

#include "compiler/diag/check_table.hpp"

#include "compiler/check/paths.hpp"
#include "compiler/render/dot_writer.hpp"
#include "compiler/render/gv.hpp"
#include "compiler/render/scene_builder.hpp"
#include "compiler/render/style.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace bp::render {

namespace {

// Whether a finding is one of those `selectors` name; every finding without any.
bool selected(const diag::Diagnostic& d, const std::vector<std::string>& selectors) {
  if (selectors.empty()) return true;
  return std::any_of(selectors.begin(), selectors.end(), [&](const std::string& s) {
    if (s == "warnings") return d.severity == diag::Severity::warning;
    if (s == "errors") return d.severity == diag::Severity::error;
    if (s == "notes") return d.severity == diag::Severity::note;
    const diag::CheckInfo* check = diag::find_check(s);
    return check && check->code == d.code;
  });
}

// Steps a finding is about: those whose text holds its span, and both ends of a
// flow whose arrow it points at.
std::set<model::Index> steps_with_findings(const check::CheckedBlueprint& checked,
                                           const std::vector<std::string>& selectors) {
  std::set<model::Index> out;
  const model::Blueprint& b = checked.blueprint;
  std::unordered_map<std::uint32_t, const model::Flow*> flow_at;
  for (const model::Flow& f : b.flows) {
    if (f.arrow != model::Arrow::journey) flow_at.emplace(f.span.begin, &f);
  }
  for (const diag::Diagnostic& d : checked.findings) {
    if (!selected(d, selectors)) continue;
    // Steps are in text order: the last one starting at or before the span.
    const auto it = std::upper_bound(b.steps.begin(), b.steps.end(), d.span.begin,
                                     [](std::uint32_t at, const model::Step& s) { return at < s.span.begin; });
    if (it != b.steps.begin() && d.span.end <= std::prev(it)->span.end) {
      out.insert(static_cast<model::Index>(std::prev(it) - b.steps.begin()));
    }
    if (const auto f = flow_at.find(d.span.begin); f != flow_at.end()) out.insert({f->second->from, f->second->to});
  }
  return out;
}

// The gaps the checks reported (an `allow`ed finding is not one): each check
// points at the fail point's text, the wait's `expected` or the stage's `budget`.
Gaps gaps_of(const check::CheckedBlueprint& checked) {
  const model::Blueprint& b = checked.blueprint;
  std::map<std::uint32_t, std::pair<model::Index, std::size_t>> fail_at, wait_at;
  for (model::Index i = 0; i < b.steps.size(); ++i) {
    for (std::size_t k = 0; k < b.steps[i].fail_points.size(); ++k)
      fail_at.emplace(b.steps[i].fail_points[k].text_span.begin, std::pair{i, k});
    for (std::size_t k = 0; k < b.steps[i].wait_points.size(); ++k) {
      if (const auto& expected = b.steps[i].wait_points[k].expected)
        wait_at.emplace(expected->span.begin, std::pair{i, k});
    }
  }
  std::map<std::uint32_t, model::Index> budget_at;
  for (model::Index i = 0; i < b.stages.size(); ++i) {
    if (b.stages[i].budget) budget_at.emplace(b.stages[i].budget->span.begin, i);
  }
  Gaps gaps;
  for (const diag::Diagnostic& d : checked.findings) {
    const auto place = [&](const auto& at, auto& into) {
      if (const auto it = at.find(d.span.begin); it != at.end()) into.emplace(it->second, d.message);
    };
    if (d.code == diag::checks::missing_recovery) place(fail_at, gaps.fails);
    if (d.code == diag::checks::wait_over_tolerance) place(wait_at, gaps.waits);
    if (d.code == diag::checks::stage_over_budget) place(budget_at, gaps.stages);
  }
  return gaps;
}

// The critical path's steps, and the flows that join each to the next.
void mark_critical_path(const model::Blueprint& b, const check::Elapsed& critical, SceneOptions& scene) {
  scene.critical_steps.insert(critical.path.begin(), critical.path.end());
  std::set<std::pair<model::Index, model::Index>> joined;
  for (std::size_t i = 0; i + 1 < critical.path.size(); ++i)
    joined.emplace(critical.path[i], critical.path[i + 1]);
  for (model::Index f = 0; f < b.flows.size(); ++f) {
    if (joined.count({b.flows[f].from, b.flows[f].to})) scene.critical_flows.insert(f);
  }
}

// Graphviz copies the font name into SVG as it is; browsers need the weight apart.
// One pass into a new string: replacing in place would move the rest of a large
// SVG once per bold label.
void bold_for_browsers(std::string& svg) {
  const std::string from = std::string("font-family=\"") + diagram_bold_font + "\"";
  const std::string to = std::string("font-family=\"") + diagram_font + "\" font-weight=\"bold\"";
  std::string out;
  out.reserve(svg.size() + svg.size() / 16);
  std::size_t done = 0;
  for (std::size_t at = svg.find(from); at != std::string::npos; at = svg.find(from, done)) {
    out.append(svg, done, at - done);
    out += to;
    done = at + from.size();
  }
  out.append(svg, done, std::string::npos);
  svg = std::move(out);
}

// Graphviz shrinks a bitmap wider or taller than 32,767 px to fit, without a
// word (a 3,000-step blueprint became a 32767×251 strip); and a bitmap of more
// than 2^28 pixels (1 GiB at four bytes each) is more than a reader can open.
// The PNG is drawn at 96 dpi, with Graphviz's 4 pt of padding on each side.
constexpr double png_max_side = 32767, png_max_pixels = 268'435'456, png_pixels_per_point = 96.0 / 72;

std::optional<std::string> png_too_large(const layout::Layout& layout) {
  const double w = std::ceil((layout.width + 8) * png_pixels_per_point);
  const double h = std::ceil((layout.height + 8) * png_pixels_per_point);
  if (w <= png_max_side && h <= png_max_side && w * h <= png_max_pixels) return std::nullopt;
  const std::string limit = w > png_max_side || h > png_max_side ? "32,767 px a side" : "268 million pixels";
  return wording::format(wording::msg::diagram_png_too_large, fmt::arg("width", static_cast<long long>(w)),
                         fmt::arg("height", static_cast<long long>(h)), fmt::arg("limit", limit));
}

} // namespace

bool is_finding_selector(std::string_view selector) {
  return selector == "warnings" || selector == "errors" || selector == "notes" || diag::find_check(selector);
}

const char* extension(Format format) {
  constexpr const char* names[] = {"svg", "png", "pdf", "dot"};
  return names[static_cast<int>(format)];
}

diag::Result<std::string> render(const check::CheckedBlueprint& checked, const RenderOptions& options) {
  layout::LayoutOptions layout_options = options.layout;
  layout_options.persona = options.persona;
  SceneOptions scene;
  scene.persona = options.persona;
  scene.gaps = gaps_of(checked);
  layout_options.gaps = !scene.gaps.empty();
  if (options.highlight_findings || !options.highlight_only.empty()) {
    scene.highlighted_steps = steps_with_findings(checked, options.highlight_only);
  }
  if (options.highlight_critical_path) {
    const check::PathAnalysis journey = check::analyze_paths(checked.blueprint, options.persona);
    mark_critical_path(checked.blueprint, journey.critical, scene);
    layout_options.critical_seconds = journey.critical.seconds;
  }
  const layout::Layout layout = layout::compute_layout(checked.blueprint, layout_options);
  if (options.format == Format::png) {
    if (std::optional<std::string> too_large = png_too_large(layout)) return diag::failure(std::move(*too_large));
  }
  const Drawing drawing = build_scene(checked.blueprint, layout, scene);
  if (options.format == Format::dot) return write_dot(drawing);
  diag::Result<std::string> rendered = render_with_graphviz(drawing, extension(options.format));
  if (!rendered) return rendered;
  std::string bytes = std::move(rendered).value();
  if (options.format == Format::svg) bold_for_browsers(bytes);
  return bytes;
}

} // namespace bp::render
