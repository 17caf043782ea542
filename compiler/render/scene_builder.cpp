#include "compiler/render/scene_builder.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/source/utf8.hpp"

#include <fmt/format.h>

namespace bp::render {

namespace {

using layout::Point;
using layout::Rect;
namespace m = layout::metrics;

} // namespace

// Noto Sans first; fontconfig and browsers fall back per glyph (CJK, emoji). The
// emoji font is not named: Pango would then take digits from it, as keycaps.
const char* const diagram_font = "Noto Sans,Noto Sans CJK SC,DejaVu Sans,sans-serif";
const char* const diagram_bold_font = "Noto Sans,Noto Sans CJK SC,DejaVu Sans,sans-serif Bold";

namespace {

const char* const font = diagram_font;
const char* const bold_font = diagram_bold_font;

namespace colour {
constexpr const char* ink = "#26323B";
constexpr const char* muted = "#5F6B75";
constexpr const char* border = "#6B7883";
constexpr const char* header = "#E7EDF3";
constexpr const char* arrow = "#3E4C57";
constexpr const char* information = "#2F73B8";
constexpr const char* journey = "#9AA6B0";
constexpr const char* fail = "#D43D3D";
constexpr const char* wait = "#E39B0B";
constexpr const char* moment = "#D18F00";
constexpr const char* moment_fill = "#FFF7E3";
constexpr const char* tag_fill = "#EEF2F7";
constexpr const char* tag_border = "#A3B1C0";
constexpr const char* highlight = "#D43D3D";
constexpr const char* lanes[] = {"#F7F5EF", "#EDF4FB", "#EEF6EC", "#F5F0F7", "#F3F3F3"};
} // namespace colour

std::string num(double v) { return fmt::format("{:.2f}", v); }

class SceneBuilder {
public:
  SceneBuilder(const model::Blueprint& b, const layout::Layout& l, const SceneOptions& o) : b_(b), l_(l), o_(o) {}

  Drawing build() {
    graph();
    canvas();
    for (const auto& lane : l_.lanes)
      lane_band(lane);
    for (const auto& stage : l_.stages)
      stage_header(stage);
    for (const auto& line : l_.title)
      text(line, colour::ink);
    for (const auto& box : l_.steps)
      step(box);
    for (const auto& line : l_.lines)
      rule(line);
    for (const auto& route : l_.routes)
      flow(route);
    legend();
    return std::move(d_);
  }

private:
  Point gv(Point p) const { return Point{p.x, l_.height - p.y}; }
  std::string pos(Point p) const { return num(gv(p).x) + "," + num(gv(p).y) + "!"; }
  std::string next_id(const char* prefix) { return fmt::format("{}{}", prefix, d_.nodes.size()); }

  void graph() {
    d_.graph = {{"bb", fmt::format("0,0,{},{}", num(l_.width), num(l_.height))},
                {"bgcolor", "white"},
                {"outputorder", "nodesfirst"},
                {"notranslate", "true"},
                {"splines", "true"},
                {"fontname", font}};
    d_.node_defaults = {{"shape", "box"},   {"fixedsize", "true"},      {"label", ""},   {"fontname", font},
                        {"fontsize", "10"}, {"fontcolor", colour::ink}, {"margin", "0"}, {"penwidth", "1"}};
    d_.edge_defaults = {{"arrowsize", "0.7"}, {"color", colour::arrow}, {"penwidth", "1.3"}, {"fontname", font}};
  }

  // Graphviz crops the drawing to what is drawn; two invisible points in the
  // corners keep the margins.
  void canvas() {
    for (const auto& [id, p] :
         {std::pair{"canvas-top-left", Point{0, 0}}, std::pair{"canvas-bottom-right", Point{l_.width, l_.height}}}) {
      d_.nodes.push_back(
          Node{id, {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}, {"height", "0.01"}, {"pos", pos(p)}}});
    }
  }

  Node& box_node(const std::string& id, const Rect& r, Attributes attrs) {
    attrs.insert(attrs.begin(),
                 {{"pos", pos(Point{r.cx(), r.cy()})}, {"width", num(r.w / 72)}, {"height", num(r.h / 72)}});
    d_.nodes.push_back(Node{id, std::move(attrs)});
    return d_.nodes.back();
  }

  void text(const layout::TextLine& line, const char* color, Attributes extra = {}) {
    const double w = layout::text_width(line.text, line.size, line.bold) + 2;
    const Rect r{line.center.x - w / 2, line.center.y - m::line_height(line.size) / 2, w, m::line_height(line.size)};
    Attributes attrs{{"shape", "plaintext"},
                     {"label", label_text(line.text) + (line.left ? "\\l" : "")},
                     {"fontsize", num(line.size)},
                     {"fontcolor", color}};
    if (line.bold) attrs.emplace_back("fontname", bold_font);
    attrs.insert(attrs.end(), extra.begin(), extra.end());
    box_node(next_id("t"), r, std::move(attrs));
  }

  void lane_band(const layout::LaneBand& lane) {
    box_node(fmt::format("lane-{}", model::to_string(lane.lane)), lane.band,
             {{"style", "filled"}, {"fillcolor", colour::lanes[static_cast<int>(lane.lane)]}, {"color", "none"}});
    for (const auto& line : lane.name)
      text(line, colour::ink);
  }

  void stage_header(const layout::StageColumn& stage) {
    box_node(fmt::format("stage-{}", b_.stages[stage.stage].id), stage.header,
             {{"style", "rounded,filled"},
              {"fillcolor", colour::header},
              {"color", "none"},
              {"tooltip", label_text(b_.stages[stage.stage].label)}});
    for (std::size_t i = 0; i < stage.lines.size(); ++i)
      text(stage.lines[i], stage.lines[i].bold ? colour::ink : colour::muted); // label lines, then the budget
  }

  std::string step_tooltip(const model::Step& s) const {
    std::string tip = s.label + "\n" + model::to_string(s.lane) + " step `" + s.id + "`";
    if (s.actor) tip += ", by " + b_.actors[s.actor->value].label;
    if (s.takes) tip += ", takes " + model::format_duration(s.takes->value);
    if (s.moment) tip += "\nMoment of truth: " + s.moment->text;
    return label_text(tip);
  }

  void step(const layout::StepBox& box) {
    const model::Step& s = b_.steps[box.step];
    const bool moment = s.moment.has_value();
    box_node("step-" + s.id, box.box,
             {{"style", "rounded,filled"},
              {"fillcolor", moment ? colour::moment_fill : "white"},
              {"color", moment ? colour::moment : colour::border},
              {"penwidth", moment ? "2.4" : "1.1"},
              {"tooltip", step_tooltip(s)}});
    if (o_.highlighted_steps.count(box.step)) {
      const Rect r{box.box.x - 4, box.box.y - 4, box.box.w + 8, box.box.h + 8};
      box_node("finding-" + s.id, r,
               {{"style", "rounded,dashed"},
                {"color", colour::highlight},
                {"penwidth", "1.8"},
                {"tooltip", "has findings: run blueprint check"}});
    }
    for (std::size_t i = 0; i < box.lines.size(); ++i) {
      const bool label = box.lines[i].size == m::label_size;
      const bool detail = box.lines[i].size == m::detail_size;
      text(box.lines[i], label ? colour::ink : detail ? "#9A6700" : colour::muted);
    }
    for (const auto& tag : box.tags) {
      box_node(next_id("tag"), tag.box,
               {{"style", "rounded,filled"},
                {"fillcolor", colour::tag_fill},
                {"color", colour::tag_border},
                {"penwidth", "0.7"},
                {"label", label_text(tag.text)},
                {"fontsize", num(m::tag_size)},
                {"fontcolor", colour::ink},
                {"tooltip", label_text(standard_tooltip(tag.text))}});
    }
    for (const auto& marker : box.markers)
      this->marker(s, marker);
    if (box.star) {
      const Rect r{box.star->x - 8, box.star->y - 8, 16, 16};
      box_node("moment-" + s.id, r,
               {{"shape", "circle"},
                {"style", "filled"},
                {"fillcolor", colour::moment},
                {"color", "white"},
                {"label", "★"},
                {"fontcolor", "white"},
                {"fontsize", "9"},
                {"tooltip", label_text("Moment of truth: " + s.moment->text)}});
    }
  }

  std::string standard_tooltip(const std::string& id) const {
    const model::Symbol* symbol = b_.find(id);
    if (!symbol || symbol->kind != model::SymbolKind::standard) return id;
    const model::Standard& st = b_.standards[symbol->index];
    std::string tip = "Standard: " + st.label;
    if (st.measure) tip += "\nMeasure: " + st.measure->value;
    if (st.target) {
      const auto& t = *st.target;
      tip += fmt::format("\nTarget: {} {}", model::to_string(t.comparator),
                         t.unit == model::Unit::seconds   ? model::format_duration(t.value)
                         : t.unit == model::Unit::percent ? fmt::format("{}%", t.value)
                                                          : fmt::format("{}", t.value));
      if (t.share) tip += fmt::format(" for {}%", *t.share);
    }
    return tip;
  }

  void marker(const model::Step& s, const layout::Marker& marker) {
    const Rect r{marker.center.x - m::marker_diameter / 2, marker.center.y - m::marker_diameter / 2, m::marker_diameter,
                 m::marker_diameter};
    std::string tip;
    const bool fail = marker.kind == layout::Marker::Kind::fail;
    if (fail) {
      const model::FailPoint& f = s.fail_points[marker.index];
      tip = "Fail point: " + f.text + "\nRecovery: " + (f.recovery ? f.recovery->value : "none");
      if (f.owner) tip += "\nOwner: " + b_.actors[f.owner->value].label;
      if (f.severity) tip += std::string("\nSeverity: ") + model::to_string(f.severity->value);
    } else {
      const model::WaitPoint& w = s.wait_points[marker.index];
      tip = "Wait point: " + w.text;
      if (w.expected) tip += "\nExpected: " + model::format_duration(w.expected->value);
      if (w.tolerance) tip += "\nTolerance: " + model::format_duration(w.tolerance->value);
    }
    box_node(fmt::format("{}-{}-{}", fail ? "fail" : "wait", s.id, marker.index), r,
             {{"shape", "circle"},
              {"style", "filled"},
              {"fillcolor", fail ? colour::fail : colour::wait},
              {"color", "white"},
              {"penwidth", "1.2"},
              {"label", fail ? "F" : "W"},
              {"fontname", bold_font},
              {"fontsize", "8.5"},
              {"fontcolor", "white"},
              {"tooltip", label_text(tip)}});
  }

  // An edge needs two nodes: invisible points at its ends, for lines and samples.
  void segment(const std::string& name, Point a, Point b, Attributes attrs) {
    const std::string from = name + "-from", to = name + "-to";
    for (const auto& [id, p] : {std::pair{from, a}, std::pair{to, b}}) {
      d_.nodes.push_back(
          Node{id, {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}, {"height", "0.01"}, {"pos", pos(p)}}});
    }
    attrs.insert(attrs.begin(), {"pos", spline({a, b}, false, false)});
    d_.edges.push_back(Edge{from, to, std::move(attrs)});
  }

  void rule(const layout::LineRule& line) {
    const bool visibility = line.line == model::Line::visibility;
    segment(fmt::format("line-{}", static_cast<int>(line.line)), Point{line.x0, line.y}, Point{line.x1, line.y},
            {{"dir", "none"},
             {"color", visibility ? "#55626C" : colour::ink},
             {"style", visibility ? "dashed" : "solid"},
             {"penwidth", line.line == model::Line::internal ? "1" : "1.4"},
             {"tooltip", model::to_string(line.line)}});
    text(line.label, colour::muted);
  }

  // Graphviz draws edges as B-splines; a polyline is a spline whose control
  // points sit on its corners. Arrowheads take the last 7 points of a route.
  std::string spline(std::vector<Point> pts, bool head, bool tail) const {
    constexpr double arrow = 7;
    std::string out;
    auto shorten = [&](Point& end, const Point& towards) {
      const double dx = towards.x - end.x, dy = towards.y - end.y;
      const double len = std::max(std::hypot(dx, dy), 1e-9);
      const double cut = std::min(arrow, len - 1);
      end.x += dx / len * cut;
      end.y += dy / len * cut;
    };
    if (tail) {
      out += "s," + num(gv(pts.front()).x) + "," + num(gv(pts.front()).y) + " ";
      shorten(pts.front(), pts[1]);
    }
    if (head) {
      out += "e," + num(gv(pts.back()).x) + "," + num(gv(pts.back()).y) + " ";
      shorten(pts.back(), pts[pts.size() - 2]);
    }
    auto point = [&](Point p) { out += num(gv(p).x) + "," + num(gv(p).y) + " "; };
    point(pts[0]);
    for (std::size_t i = 1; i < pts.size(); ++i)
      point(pts[i - 1]), point(pts[i]), point(pts[i]);
    out.pop_back();
    return out;
  }

  void flow(const layout::Route& route) {
    const model::Flow& f = b_.flows[route.flow];
    if (route.points.size() < 2) return;
    const bool both = f.arrow == model::Arrow::interaction;
    Attributes attrs{{"pos", spline(route.points, true, both)}};
    if (both) attrs.emplace_back("dir", "both");
    if (f.arrow == model::Arrow::information)
      attrs.insert(attrs.end(), {{"style", "dashed"}, {"color", colour::information}});
    if (f.arrow == model::Arrow::journey) attrs.insert(attrs.end(), {{"color", colour::journey}, {"penwidth", "2.2"}});
    const std::string& from = b_.steps[f.from].id;
    const std::string& to = b_.steps[f.to].id;
    attrs.emplace_back(
        "tooltip",
        label_text(fmt::format("{} {} {}{}", from, f.arrow == model::Arrow::journey ? "→" : model::to_string(f.arrow),
                               to, f.label ? ": " + *f.label : "")));
    d_.edges.push_back(Edge{"step-" + from, "step-" + to, std::move(attrs)});
    if (route.label) {
      text(*route.label, f.arrow == model::Arrow::information ? colour::information : colour::arrow,
           {{"style", "filled"}, {"fillcolor", "white"}});
    }
  }

  void legend() {
    using K = layout::LegendItem::Kind;
    box_node("legend", l_.legend, {{"style", "rounded"}, {"color", "#C9D1D8"}, {"penwidth", "0.8"}});
    int n = 0;
    for (const auto& item : l_.legend_items) {
      const Rect& r = item.sample;
      const std::string id = fmt::format("legend-{}", n++);
      const Point a{r.x, r.cy()}, z{r.right(), r.cy()};
      switch (item.kind) {
      case K::step:
        box_node(id, r, {{"style", "rounded,filled"}, {"fillcolor", "white"}, {"color", colour::border}});
        break;
      case K::moment:
        box_node(id, r,
                 {{"style", "rounded,filled"},
                  {"fillcolor", colour::moment_fill},
                  {"color", colour::moment},
                  {"penwidth", "2.4"},
                  {"label", "★"},
                  {"fontcolor", colour::moment},
                  {"fontsize", "9"}});
        break;
      case K::fail:
      case K::wait:
        box_node(id, r,
                 {{"shape", "circle"},
                  {"style", "filled"},
                  {"fillcolor", item.kind == K::fail ? colour::fail : colour::wait},
                  {"color", "white"},
                  {"label", item.kind == K::fail ? "F" : "W"},
                  {"fontname", bold_font},
                  {"fontsize", "8.5"},
                  {"fontcolor", "white"}});
        break;
      case K::tag:
        box_node(id, Rect{r.x, r.y + 1, r.w, m::tag_height},
                 {{"style", "rounded,filled"},
                  {"fillcolor", colour::tag_fill},
                  {"color", colour::tag_border},
                  {"penwidth", "0.7"}});
        break;
      case K::handoff:
        segment(id, a, z, {{"pos", ""}});
        fix_sample(a, z, true, false, {});
        break;
      case K::information: fix_sample(a, z, true, false, {{"style", "dashed"}, {"color", colour::information}}); break;
      case K::interaction: fix_sample(a, z, true, true, {{"dir", "both"}}); break;
      case K::journey: fix_sample(a, z, true, false, {{"color", colour::journey}, {"penwidth", "2.2"}}); break;
      }
      text(item.text, colour::ink);
    }
  }

  // Legend arrows: an edge between two invisible points.
  void fix_sample(Point a, Point z, bool head, bool tail, Attributes attrs) {
    if (!d_.edges.empty() && d_.edges.back().attrs.size() == 1 && d_.edges.back().attrs[0].second.empty()) {
      d_.edges.back().attrs = {{"pos", spline({a, z}, head, tail)}}; // the hand-off sample made just above
      d_.edges.back().attrs.insert(d_.edges.back().attrs.end(), attrs.begin(), attrs.end());
      return;
    }
    attrs.insert(attrs.begin(), {"pos", spline({a, z}, head, tail)});
    const std::string name = next_id("sample");
    segment_nodes(name, a, z);
    d_.edges.push_back(Edge{name + "-from", name + "-to", std::move(attrs)});
  }

  void segment_nodes(const std::string& name, Point a, Point z) {
    for (const auto& [id, p] : {std::pair{name + "-from", a}, std::pair{name + "-to", z}}) {
      d_.nodes.push_back(
          Node{id, {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}, {"height", "0.01"}, {"pos", pos(p)}}});
    }
  }

  const model::Blueprint& b_;
  const layout::Layout& l_;
  const SceneOptions& o_;
  Drawing d_;
};

} // namespace

std::string label_text(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    const std::string_view ch = text.substr(pos, d.length);
    pos += std::max<std::size_t>(1, d.length);
    if (d.code_point == '\\')
      out += "\\\\";
    else if (d.code_point == '\n')
      out += "\\n"; // Graphviz's line break
    else if (!d.valid || d.code_point < 0x20 || d.code_point == 0x7F)
      out += "\xEF\xBF\xBD";
    else
      out.append(ch);
  }
  return out;
}

Drawing build_scene(const model::Blueprint& blueprint, const layout::Layout& layout, const SceneOptions& options) {
  return SceneBuilder(blueprint, layout, options).build();
}

} // namespace bp::render
