#include "compiler/render/scene_builder.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/render/gv_attributes.hpp"
#include "compiler/render/style.hpp"
#include "compiler/render/tooltips.hpp"

#include "compiler/model/journey.hpp"

#include <fmt/format.h>

#include <cmath>

namespace bp::render {

namespace {

using layout::Point;
using layout::Rect;
namespace m = layout::metrics;
namespace colour = style::colour;

void append(Attributes& to, const Attributes& more) { to.insert(to.end(), more.begin(), more.end()); }

// The kind of flow a legend arrow stands for; drawn with that flow's look.
model::Arrow legend_arrow(layout::LegendItem::Kind kind) {
  using K = layout::LegendItem::Kind;
  switch (kind) {
  case K::information: return model::Arrow::information;
  case K::interaction: return model::Arrow::interaction;
  case K::journey: return model::Arrow::journey;
  default: return model::Arrow::handoff;
  }
}

class SceneBuilder {
public:
  SceneBuilder(const model::Blueprint& blueprint, const layout::Layout& layout, const SceneOptions& options)
      : blueprint_(blueprint), layout_(layout), options_(options), frame_(layout.height) {}

  Drawing build() {
    graph();
    canvas();
    for (const auto& lane : layout_.lanes)
      lane_band(lane);
    for (const auto& stage : layout_.stages)
      stage_header(stage);
    for (const auto& line : layout_.title)
      text(line, style::text::title);
    for (const auto& box : layout_.steps)
      step(box);
    for (const auto& item : layout_.items)
      info_item(item);
    for (const auto& line : layout_.lines)
      rule(line);
    for (const auto& route : layout_.routes)
      flow(route);
    if (layout_.emotion) emotion(*layout_.emotion);
    legend();
    return std::move(drawing_);
  }

private:
  std::string next_id(const char* prefix) const { return fmt::format("{}{}", prefix, drawing_.nodes.size()); }

  void graph() {
    drawing_.graph = {{"bb", fmt::format("0,0,{},{}", coordinate(layout_.width), coordinate(layout_.height))},
                      {"bgcolor", colour::paper},
                      {"outputorder", "nodesfirst"},
                      {"notranslate", "true"},
                      {"splines", "true"},
                      {"fontname", diagram_font}};
    drawing_.node_defaults = {{"shape", "box"},
                              {"fixedsize", "true"},
                              {"label", ""},
                              {"fontname", diagram_font},
                              {"fontsize", plain_number(style::font_size)},
                              {"fontcolor", colour::ink},
                              {"margin", "0"},
                              {"penwidth", plain_number(style::node_pen)}};
    drawing_.edge_defaults = {{"arrowsize", plain_number(style::arrow_size)},
                              {"color", colour::arrow},
                              {"penwidth", plain_number(style::edge_pen)},
                              {"fontname", diagram_font}};
  }

  // Graphviz crops the drawing to what is drawn; two invisible points in the
  // corners keep the margins.
  void canvas() {
    drawing_.nodes.push_back(Node{"canvas-top-left", frame_.invisible_point(Point{0, 0})});
    drawing_.nodes.push_back(Node{"canvas-bottom-right", frame_.invisible_point(Point{layout_.width, layout_.height})});
  }

  void box_node(const std::string& id, const Rect& r, Attributes attrs) {
    Attributes all = frame_.pinned_box(r);
    append(all, attrs);
    drawing_.nodes.push_back(Node{id, std::move(all)});
  }

  void text(const layout::TextLine& line, const char* colour, const Attributes& extra = {}) {
    const double w = layout::text_width(line.text, line.size, line.bold) + 2;
    const Rect r{line.center.x - w / 2, line.center.y - m::line_height(line.size) / 2, w, m::line_height(line.size)};
    Attributes attrs{{"shape", "plaintext"},
                     {"label", label_text(line.text) + (line.left ? "\\l" : "")},
                     {"fontsize", coordinate(line.size)},
                     {"fontcolor", colour}};
    if (line.bold) attrs.emplace_back("fontname", diagram_bold_font);
    append(attrs, extra);
    box_node(next_id("t"), r, std::move(attrs));
  }

  void lane_band(const layout::LaneBand& lane) {
    if (lane.info_lane) {
      const model::InfoLane& info = blueprint_.info_lanes[*lane.info_lane];
      Attributes attrs = style::attributes(style::info_lane_band);
      attrs.emplace_back("tooltip", label_text(info.title));
      box_node("info-lane-" + info.id, lane.band, std::move(attrs));
    } else {
      box_node(fmt::format("lane-{}", model::to_string(lane.lane)), lane.band,
               style::attributes(style::lane_band(lane.lane)));
    }
    for (const auto& line : lane.name)
      text(line, style::text::lane_name);
  }

  void info_item(const layout::ItemBox& box) {
    const model::InfoItem& item = blueprint_.info_items[box.item];
    Attributes attrs = style::attributes(style::info_item);
    attrs.emplace_back("tooltip", label_text(tooltip::info_item(blueprint_, item)));
    box_node("item-" + item.id, box.box, std::move(attrs));
    for (const auto& line : box.lines)
      text(line, style::text::info_item);
  }

  // The finding's message under what it is about, in a tooltip.
  static std::string with_gap(std::string tip, const std::string* gap) {
    return gap ? tooltip::with_gap(std::move(tip), *gap) : tip;
  }

  template <typename Key> static const std::string* gap_of(const std::map<Key, std::string>& gaps, const Key& key) {
    const auto it = gaps.find(key);
    return it == gaps.end() ? nullptr : &it->second;
  }

  void stage_header(const layout::StageColumn& column) {
    const model::Stage& stage = blueprint_.stages[column.stage];
    const std::string* over = gap_of(options_.gaps.stages, column.stage);
    Attributes attrs = style::attributes(over ? style::over_budget_header : style::stage_header);
    attrs.emplace_back("tooltip", label_text(with_gap(tooltip::stage(stage), over)));
    box_node(fmt::format("stage-{}", stage.id), column.header, std::move(attrs));
    for (const auto& line : column.lines) // label lines, then the budget
      text(line, line.bold ? style::text::stage_label : over ? style::text::gap : style::text::stage_budget);
  }

  // A step outside the persona's journey (`render --persona`).
  bool dimmed(model::Index step) const {
    return options_.persona && !model::in_journey_of(blueprint_.steps[step], options_.persona);
  }

  model::Index index_of(const model::Step& s) const { return static_cast<model::Index>(&s - blueprint_.steps.data()); }

  void step(const layout::StepBox& box) {
    const model::Step& s = blueprint_.steps[box.step];
    const bool dim = dimmed(box.step);
    Attributes attrs = style::attributes(dim ? style::dimmed_step : s.moment ? style::moment_step : style::step);
    attrs.emplace_back("tooltip", label_text(tooltip::step(blueprint_, s)));
    box_node("step-" + s.id, box.box, std::move(attrs));
    if (options_.highlighted_steps.count(box.step)) finding_frame(s, box.box);
    if (options_.critical_steps.count(box.step)) critical_frame(s, box.box);
    std::size_t details = 0;
    for (const auto& line : box.lines) {
      const bool label = line.size == m::label_size;
      const bool detail = line.size == m::detail_size;
      const bool over = detail && details < box.detail_waits.size() &&
                        options_.gaps.waits.count({box.step, box.detail_waits[details]});
      details += detail ? 1 : 0;
      text(line, dim      ? style::text::dimmed
                 : over   ? style::text::gap
                 : label  ? style::text::step_label
                 : detail ? style::text::step_detail
                          : style::text::step_actor);
    }
    for (const auto& tag : box.tags)
      this->tag(tag);
    if (box.channel) channel(s, *box.channel);
    for (const auto& marker : box.markers)
      this->marker(s, marker);
    if (box.star) star(s, *box.star);
  }

  void finding_frame(const model::Step& s, const Rect& box) {
    constexpr double d = style::finding_frame_margin;
    Attributes attrs = style::attributes(style::finding_frame);
    attrs.emplace_back("tooltip", label_text(tooltip::finding()));
    box_node("finding-" + s.id, Rect{box.x - d, box.y - d, box.w + 2 * d, box.h + 2 * d}, std::move(attrs));
  }

  void critical_frame(const model::Step& s, const Rect& box) {
    constexpr double d = style::critical_frame_margin;
    Attributes attrs = style::attributes(style::critical_frame);
    attrs.emplace_back("tooltip", label_text(tooltip::critical_path()));
    box_node("critical-" + s.id, Rect{box.x - d, box.y - d, box.w + 2 * d, box.h + 2 * d}, std::move(attrs));
  }

  void channel(const model::Step& s, const layout::Tag& chip) {
    Attributes attrs = style::attributes(style::channel_chip);
    append(attrs, {{"label", label_text(chip.text)},
                   {"fontsize", coordinate(m::tag_size)},
                   {"fontcolor", style::text::channel},
                   {"tooltip", label_text(tooltip::channel(blueprint_, s))}});
    box_node("channel-" + s.id, chip.box, std::move(attrs));
  }

  void tag(const layout::Tag& tag) {
    Attributes attrs = style::attributes(style::tag);
    append(attrs, {{"label", label_text(tag.text)},
                   {"fontsize", coordinate(m::tag_size)},
                   {"fontcolor", style::text::tag},
                   {"tooltip", label_text(tooltip::standard(blueprint_, tag.text))}});
    box_node(next_id("tag"), tag.box, std::move(attrs));
  }

  void star(const model::Step& s, Point centre) {
    constexpr double d = style::star_diameter;
    Attributes attrs = style::attributes(style::moment_star.box);
    append(attrs, style::star_attributes(style::moment_star.glyph.colour));
    attrs.emplace_back("tooltip", label_text(tooltip::moment(s)));
    box_node("moment-" + s.id, Rect{centre.x - d / 2, centre.y - d / 2, d, d}, std::move(attrs));
  }

  void marker(const model::Step& s, const layout::Marker& marker) {
    constexpr double d = m::marker_diameter;
    if (marker.kind == layout::Marker::Kind::decision) {
      Attributes attrs = style::attributes(style::decision_marker.box);
      append(attrs, style::letter_attributes(style::decision_marker.glyph));
      attrs.emplace_back("tooltip", label_text(tooltip::decision(blueprint_, s)));
      box_node("decision-" + s.id, Rect{marker.center.x - d / 2, marker.center.y - d / 2, d, d}, std::move(attrs));
      return;
    }
    const auto [look, kind, tip, gap] = marker_parts(s, marker);
    if (gap) gap_halo(fmt::format("gap-{}-{}-{}", kind, s.id, marker.index), marker.center, *gap);
    Attributes attrs = style::attributes(look->box);
    append(attrs, style::letter_attributes(look->glyph));
    attrs.emplace_back("tooltip", label_text(with_gap(tip, gap)));
    box_node(fmt::format("{}-{}-{}", kind, s.id, marker.index),
             Rect{marker.center.x - d / 2, marker.center.y - d / 2, d, d}, std::move(attrs));
  }

  // Drawn before the marker, so the marker sits in it.
  void gap_halo(const std::string& id, Point centre, const std::string& gap) {
    const double d = m::marker_diameter + 2 * style::gap_halo_margin;
    Attributes attrs = style::attributes(style::gap_halo);
    attrs.emplace_back("tooltip", label_text(gap));
    box_node(id, Rect{centre.x - d / 2, centre.y - d / 2, d, d}, std::move(attrs));
  }

  struct MarkerParts {
    const style::MarkerLook* look;
    const char* kind; // in the node's name
    std::string tooltip;
    const std::string* gap = nullptr; // the finding that makes it a gap
  };
  MarkerParts marker_parts(const model::Step& s, const layout::Marker& marker) const {
    using K = layout::Marker::Kind;
    switch (marker.kind) {
    case K::fail: {
      const model::FailPoint& f = s.fail_points[marker.index];
      return {f.prevent ? &style::fail_safed_marker : &style::fail_marker, "fail", tooltip::fail_point(blueprint_, f),
              gap_of(options_.gaps.fails, std::pair{index_of(s), marker.index})};
    }
    case K::wait:
      return {&style::wait_marker, "wait", tooltip::wait_point(s.wait_points[marker.index]),
              gap_of(options_.gaps.waits, std::pair{index_of(s), marker.index})};
    case K::pain: return {&style::pain_marker, "pain", tooltip::pain(s.pains[marker.index].value)};
    case K::idea: return {&style::idea_marker, "idea", tooltip::idea(s.ideas[marker.index].value)};
    case K::decision: break;
    }
    return {&style::decision_marker, "decision", tooltip::decision(blueprint_, s)};
  }

  // An edge needs two nodes: invisible points at its ends, for lines and samples.
  void segment(const std::string& name, Point a, Point z, Attributes attrs) {
    drawing_.nodes.push_back(Node{name + "-from", frame_.invisible_point(a)});
    drawing_.nodes.push_back(Node{name + "-to", frame_.invisible_point(z)});
    drawing_.edges.push_back(Edge{name + "-from", name + "-to", std::move(attrs)});
  }

  void rule(const layout::LineRule& line) {
    const style::LineLook look = style::line(line.line);
    const Point a{line.x0, line.y}, z{line.x1, line.y};
    segment(fmt::format("line-{}", static_cast<int>(line.line)), a, z,
            {{"pos", frame_.spline({a, z}, false, false)},
             {"dir", "none"},
             {"color", look.colour},
             {"style", look.dash},
             {"penwidth", plain_number(look.pen)},
             {"tooltip", label_text(tooltip::line(line.line))}});
    text(line.label, style::text::line_label);
  }

  void flow(const layout::Route& route) {
    const model::Flow& f = blueprint_.flows[route.flow];
    if (route.points.size() < 2) return;
    const style::ArrowLook& look = arrow_look(route.flow);
    Attributes attrs{{"pos", frame_.spline(route.points, true, look.both_ends)}};
    append(attrs, style::attributes(look));
    attrs.emplace_back("tooltip", label_text(tooltip::flow(blueprint_, f)));
    drawing_.edges.push_back(
        Edge{"step-" + blueprint_.steps[f.from].id, "step-" + blueprint_.steps[f.to].id, std::move(attrs)});
    if (route.label) {
      text(*route.label, look.label_colour, {{"style", "filled"}, {"fillcolor", style::text::flow_label_fill}});
    }
  }

  // Its kind's look, unless it is on the critical path or touches a dimmed step.
  style::ArrowLook arrow_look(model::Index flow) const {
    const model::Flow& f = blueprint_.flows[flow];
    style::ArrowLook look = style::arrow(f.arrow);
    const style::ArrowLook* over = options_.critical_flows.count(flow) ? &style::critical_arrow
                                   : dimmed(f.from) || dimmed(f.to)    ? &style::dimmed_arrow
                                                                       : nullptr;
    if (over)
      look.colour = over->colour, look.pen = over->pen ? over->pen : look.pen, look.label_colour = over->label_colour;
    return look;
  }

  // The emotion curve: a dashed zero line, the curve from dot to dot, a dot per step.
  void emotion(const layout::EmotionCurve& curve) {
    const Point a{curve.strip.x, curve.zero_y}, z{curve.strip.right(), curve.zero_y};
    segment("feeling-zero", a, z, line_attributes(style::feeling_zero, a, z));
    text(curve.caption, style::text::feeling);
    for (const auto& mark : curve.scale)
      text(mark, style::text::feeling);
    constexpr double r = m::emotion_dot / 2;
    for (std::size_t i = 0; i + 1 < curve.points.size(); ++i) {
      const Point p = curve.points[i].center, q = curve.points[i + 1].center;
      const double dx = q.x - p.x, dy = q.y - p.y, length = std::hypot(dx, dy);
      if (length <= 2 * r) continue;
      const Point from{p.x + dx * r / length, p.y + dy * r / length}, to{q.x - dx * r / length, q.y - dy * r / length};
      segment(fmt::format("feeling-{}", i), from, to, line_attributes(style::feeling_curve, from, to));
    }
    for (const layout::EmotionPoint& point : curve.points) {
      const model::Step& s = blueprint_.steps[point.step];
      const char* colour = style::feeling_colour(point.feeling);
      box_node("feeling-" + s.id, Rect{point.center.x - r, point.center.y - r, 2 * r, 2 * r},
               {{"shape", "circle"},
                {"style", "filled"},
                {"fillcolor", colour},
                {"color", style::colour::paper},
                {"tooltip", label_text(tooltip::feeling(s))}});
    }
  }

  Attributes line_attributes(const style::LineLook& look, Point a, Point z) const {
    return {{"pos", frame_.spline({a, z}, false, false)},
            {"dir", "none"},
            {"color", look.colour},
            {"style", look.dash},
            {"penwidth", plain_number(look.pen)}};
  }

  void legend() {
    box_node("legend", layout_.legend, style::attributes(style::legend_frame));
    int n = 0;
    for (const auto& item : layout_.legend_items) {
      legend_sample(item, fmt::format("legend-{}", n++));
      text(item.text, style::text::legend);
    }
  }

  static const style::MarkerLook& legend_marker(layout::LegendItem::Kind kind) {
    using K = layout::LegendItem::Kind;
    switch (kind) {
    case K::fail: return style::fail_marker;
    case K::wait: return style::wait_marker;
    case K::fail_safed: return style::fail_safed_marker;
    case K::gap: return style::fail_marker;
    case K::pain: return style::pain_marker;
    case K::idea: return style::idea_marker;
    default: return style::decision_marker;
    }
  }

  void legend_sample(const layout::LegendItem& item, const std::string& id) {
    using K = layout::LegendItem::Kind;
    const Rect& r = item.sample;
    switch (item.kind) {
    case K::step: box_node(id, r, style::attributes(style::default_pen(style::step))); break;
    case K::moment: {
      Attributes attrs = style::attributes(style::moment_step);
      append(attrs, style::star_attributes(style::moment_step.border));
      box_node(id, r, std::move(attrs));
      break;
    }
    case K::fail:
    case K::wait:
    case K::decision:
    case K::fail_safed:
    case K::pain:
    case K::idea:
    case K::gap: {
      if (item.kind == K::gap) {
        const double d = m::marker_diameter + 2 * style::gap_halo_margin;
        box_node(id + "-halo", Rect{r.cx() - d / 2, r.cy() - d / 2, d, d}, style::attributes(style::gap_halo));
      }
      const style::MarkerLook& look = legend_marker(item.kind);
      // v1's samples keep Graphviz's default pen; the fail-safed ring is its pen.
      Attributes attrs = style::attributes(item.kind == K::fail_safed ? look.box : style::default_pen(look.box));
      append(attrs, style::letter_attributes(look.glyph));
      box_node(id, r, std::move(attrs));
      break;
    }
    case K::tag: box_node(id, Rect{r.x, r.y + 1, r.w, m::tag_height}, style::attributes(style::tag)); break;
    case K::channel:
      box_node(id, Rect{r.x, r.y + 1, r.w, m::tag_height}, style::attributes(style::channel_chip));
      break;
    case K::feeling: feeling_sample(id, r); break;
    case K::critical: arrow_sample(r, style::critical_arrow); break;
    case K::handoff:
      handoff_underlay(id, r);
      arrow_sample(r, style::arrow(legend_arrow(item.kind)));
      break;
    case K::information:
    case K::interaction:
    case K::journey: arrow_sample(r, style::arrow(legend_arrow(item.kind))); break;
    }
  }

  // Under the hand-off sample lies a second edge between its own pinned ends,
  // whose `pos` is overridden by an empty one, so Graphviz routes it itself: a
  // straight arrow where the sample is drawn. Kept so the output stays the same.
  void handoff_underlay(const std::string& id, const Rect& r) {
    const Point a{r.x, r.cy()}, z{r.right(), r.cy()};
    segment(id, a, z, {{"pos", frame_.spline({a, z}, false, false)}, {"pos", ""}});
  }

  // A rising stretch of the curve into a dot.
  void feeling_sample(const std::string& id, const Rect& r) {
    constexpr double d = m::emotion_dot;
    const Point a{r.x, r.bottom()}, z{r.right() - d, r.y + d / 2};
    segment(id, a, z, line_attributes(style::feeling_curve, a, z));
    box_node(id + "-dot", Rect{r.right() - d, r.y, d, d},
             {{"shape", "circle"},
              {"style", "filled"},
              {"fillcolor", style::colour::feeling_up},
              {"color", style::colour::paper}});
  }

  // A legend arrow: an edge between two invisible points.
  void arrow_sample(const Rect& r, const style::ArrowLook& look) {
    const Point a{r.x, r.cy()}, z{r.right(), r.cy()};
    Attributes attrs{{"pos", frame_.spline({a, z}, true, look.both_ends)}};
    append(attrs, style::attributes(look));
    segment(next_id("sample"), a, z, std::move(attrs));
  }

  const model::Blueprint& blueprint_;
  const layout::Layout& layout_;
  const SceneOptions& options_;
  const GraphvizFrame frame_;
  Drawing drawing_;
};

} // namespace

Drawing build_scene(const model::Blueprint& blueprint, const layout::Layout& layout, const SceneOptions& options) {
  return SceneBuilder(blueprint, layout, options).build();
}

} // namespace bp::render
