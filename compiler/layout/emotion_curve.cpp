#include "compiler/layout/emotion_curve.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/model/journey.hpp"
#include "compiler/wording/catalog.hpp"

#include <algorithm>

namespace bp::layout {

namespace m = metrics;

namespace {

bool on_curve(const model::Step& step, std::optional<Index> persona) {
  return step.feeling && model::in_journey_of(step, persona);
}

} // namespace

int emotion_row(const model::Blueprint& b, const Grid& g, std::optional<Index> persona) {
  const int row = g.row_of_lane[static_cast<int>(model::Lane::customer)];
  if (row < 0) return -1;
  for (Index i = 0; i < b.steps.size(); ++i) {
    if (on_curve(b.steps[i], persona) && g.box_of_step[i] >= 0 && g.box_row[g.box_of_step[i]] == row) return row;
  }
  return -1;
}

std::optional<EmotionCurve> emotion_curve(const model::Blueprint& b, const Grid& g, double right,
                                          std::optional<Index> persona) {
  const int row = emotion_row(b, g, persona);
  if (row < 0) return std::nullopt;
  EmotionCurve curve;
  const double left = m::margin + m::lane_label_width;
  curve.strip = Rect{left + 4, g.row_y[row] + 4, right - left - 8, m::emotion_height - 8};
  curve.zero_y = curve.strip.cy();
  // +2 a dot's radius below the strip's top, -2 as far above its foot.
  const double unit = (curve.strip.h / 2 - m::emotion_dot / 2 - 1) / 2;
  for (std::size_t i = 0; i < g.boxes.size(); ++i) {
    const model::Step& step = b.steps[g.boxes[i].step];
    if (g.box_row[i] != row || !on_curve(step, persona)) continue;
    curve.points.push_back(EmotionPoint{g.boxes[i].step, step.feeling->value,
                                        Point{g.boxes[i].box.cx(), curve.zero_y - step.feeling->value * unit}});
  }
  std::stable_sort(curve.points.begin(), curve.points.end(),
                   [](const EmotionPoint& a, const EmotionPoint& z) { return a.center.x < z.center.x; });
  const std::string caption(wording::text(wording::msg::diagram_feeling_caption));
  curve.caption =
      TextLine{caption, m::lane_size - 1, false, Point{m::margin + m::lane_label_width / 2 - 4, curve.zero_y}};
  const double scale_x = curve.strip.x + 2 + text_width("+2", m::line_label_size) / 2;
  curve.scale = {TextLine{"+2", m::line_label_size, false, Point{scale_x, curve.zero_y - 2 * unit}},
                 TextLine{"−2", m::line_label_size, false, Point{scale_x, curve.zero_y + 2 * unit}}};
  return curve;
}

} // namespace bp::layout
