#include "compiler/layout/quality.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace bp::layout {

namespace {

struct Segment {
  Point a, z;
  std::size_t route;
  bool horizontal() const { return std::abs(a.y - z.y) < 0.01; }
  bool vertical() const { return std::abs(a.x - z.x) < 0.01; }
};

// Whether the segment passes through the inside of `r` (touching its edge is not).
bool crosses(const Segment& s, const Rect& r, double inset = 0.5) {
  const double x0 = std::min(s.a.x, s.z.x), x1 = std::max(s.a.x, s.z.x);
  const double y0 = std::min(s.a.y, s.z.y), y1 = std::max(s.a.y, s.z.y);
  return x1 > r.x + inset && x0 < r.right() - inset && y1 > r.y + inset && y0 < r.bottom() - inset;
}

Rect label_rect(const TextLine& line) {
  const double w = text_width(line.text, line.size, line.bold);
  const double h = metrics::line_height(line.size);
  return Rect{line.center.x - w / 2, line.center.y - h / 2, w, h}; // a left-aligned line is placed the same way
}

std::vector<Segment> segments_of(const Layout& l) {
  std::vector<Segment> out;
  for (std::size_t r = 0; r < l.routes.size(); ++r) {
    const auto& p = l.routes[r].points;
    for (std::size_t i = 0; i + 1 < p.size(); ++i)
      out.push_back(Segment{p[i], p[i + 1], r});
  }
  return out;
}

// A proper crossing of a horizontal and a vertical segment: inside both.
bool cross_each_other(const Segment& h, const Segment& v) {
  const double hx0 = std::min(h.a.x, h.z.x), hx1 = std::max(h.a.x, h.z.x);
  const double vy0 = std::min(v.a.y, v.z.y), vy1 = std::max(v.a.y, v.z.y);
  return v.a.x > hx0 + 0.5 && v.a.x < hx1 - 0.5 && h.a.y > vy0 + 0.5 && h.a.y < vy1 - 0.5;
}

} // namespace

LayoutQuality measure_quality(const model::Blueprint& b, const Layout& l) {
  LayoutQuality q;
  q.flows = l.routes.size();
  const std::vector<Segment> segments = segments_of(l);
  std::vector<char> through_label(l.routes.size(), 0), through_box(l.routes.size(), 0),
      through_header(l.routes.size(), 0);
  for (const Segment& s : segments) {
    const model::Flow& flow = b.flows[l.routes[s.route].flow];
    for (std::size_t r = 0; r < l.routes.size(); ++r) {
      if (r != s.route && l.routes[r].label && crosses(s, label_rect(*l.routes[r].label))) through_label[s.route] = 1;
    }
    for (const StepBox& box : l.steps) {
      if (box.step != flow.from && box.step != flow.to && crosses(s, box.box)) through_box[s.route] = 1;
    }
    for (const StageColumn& stage : l.stages) {
      if (crosses(s, stage.header)) through_header[s.route] = 1;
    }
    if (s.horizontal()) {
      for (const LineRule& line : l.lines) {
        const double x0 = std::min(s.a.x, s.z.x), x1 = std::max(s.a.x, s.z.x);
        if (std::abs(s.a.y - line.y) < line_clearance && x1 > line.x0 && x0 < line.x1) ++q.along_lines;
      }
    }
  }
  for (const Segment& h : segments) {
    if (!h.horizontal()) continue;
    for (const Segment& v : segments) {
      if (v.route != h.route && v.vertical() && !v.horizontal() && cross_each_other(h, v)) ++q.crossings;
    }
  }
  q.through_labels = static_cast<std::size_t>(std::count(through_label.begin(), through_label.end(), 1));
  q.through_boxes = static_cast<std::size_t>(std::count(through_box.begin(), through_box.end(), 1));
  q.through_headers = static_cast<std::size_t>(std::count(through_header.begin(), through_header.end(), 1));
  return q;
}

} // namespace bp::layout
