#include "compiler/layout/step_box.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <algorithm>

namespace bp::layout {

namespace m = metrics;

namespace {

std::string wait_detail(const model::WaitPoint& wait) {
  namespace msg = wording::msg;
  std::string text = wait.expected ? wording::format(msg::diagram_badge_wait_expected,
                                                     fmt::arg("expected", model::format_duration(wait.expected->value)))
                                   : std::string(wording::text(msg::diagram_badge_wait));
  if (wait.tolerance)
    text += wording::format(msg::diagram_badge_tolerance,
                            fmt::arg("tolerance", model::format_duration(wait.tolerance->value)));
  return text;
}

// Tags flow left to right and wrap within the box; returns the height used.
double place_tags(StepBox& box, const model::Blueprint& b, const model::Step& step, double top, double inner) {
  double x = 0, y = top;
  for (const auto& met : step.meets) {
    const std::string& id = b.standards[met.value].id;
    const double w = std::min(inner, text_width(id, m::tag_size) + 8);
    if (x > 0 && x + w > inner) x = 0, y += m::tag_height + 3;
    box.tags.push_back(Tag{id, Rect{m::step_padding + x, y, w, m::tag_height}});
    x += w + 4;
  }
  return step.meets.empty() ? 0 : y + m::tag_height - top;
}

// A contact's channel, on one line within the box.
std::optional<std::string> channel_text(const model::Blueprint& b, const model::Step& step, double inner_max) {
  if (!step.channel) return std::nullopt;
  return wrap(b.channels[step.channel->value].label, m::tag_size, inner_max - m::channel_chip_padding, 1).front();
}

} // namespace

StepBox size_step(const model::Blueprint& b, Index index) {
  const model::Step& step = b.steps[index];
  StepBox box;
  box.step = index;
  const double inner_max = m::step_max_width - 2 * m::step_padding;

  struct Pending {
    std::vector<std::string> lines;
    double size;
    bool bold;
  };
  std::vector<Pending> blocks;
  Wrapped label = wrap_text(step.label, m::label_size, inner_max, m::step_label_lines);
  box.label_shortened = label.shortened;
  blocks.push_back({std::move(label.lines), m::label_size, false});
  if (step.actor) {
    Wrapped actor = wrap_text(b.actors[step.actor->value].label, m::actor_size, inner_max, m::actor_lines);
    box.actor_shortened = actor.shortened;
    blocks.push_back({std::move(actor.lines), m::actor_size, false});
  }
  for (std::size_t w = 0; w < step.wait_points.size(); ++w) {
    blocks.push_back({wrap(wait_detail(step.wait_points[w]), m::detail_size, inner_max, 2), m::detail_size, false});
    box.detail_waits.insert(box.detail_waits.end(), blocks.back().lines.size(), w);
  }

  double inner = 0;
  for (const Pending& p : blocks) {
    for (const std::string& line : p.lines)
      inner = std::max(inner, text_width(line, p.size, p.bold));
  }
  for (const auto& met : step.meets)
    inner = std::max(inner, std::min(inner_max, text_width(b.standards[met.value].id, m::tag_size) + 8));
  const std::optional<std::string> channel = channel_text(b, step, inner_max);
  if (channel) inner = std::max(inner, text_width(*channel, m::tag_size) + m::channel_chip_padding);
  const std::size_t marks = step.fail_points.size() + step.wait_points.size() + step.pains.size() + step.ideas.size() +
                            (step.decision ? 1 : 0);
  const double markers = static_cast<double>(marks) * (m::marker_diameter + m::marker_gap);
  inner = std::clamp(std::max(inner, markers), m::step_min_width - 2 * m::step_padding, inner_max);
  const double width = inner + 2 * m::step_padding;

  double y = m::step_padding + 2;
  for (const Pending& p : blocks) {
    for (const std::string& line : p.lines) {
      const double h = m::line_height(p.size);
      box.lines.push_back(TextLine{line, p.size, p.bold, Point{width / 2, y + h / 2}});
      y += h;
    }
    y += 2;
  }
  const double tags = place_tags(box, b, step, y + 2, inner);
  y += tags > 0 ? tags + 4 : 0;
  if (channel) {
    const double w = std::min(inner, text_width(*channel, m::tag_size) + m::channel_chip_padding);
    box.channel = Tag{*channel, Rect{m::step_padding, y + (tags > 0 ? 0 : 2), w, m::tag_height}};
    y += m::tag_height + (tags > 0 ? 4 : 6);
  }
  box.box = Rect{0, 0, width, y + m::step_padding};

  // Markers sit on the top edge from the right: the decision, fail points, wait
  // points, then the workshop's pain points and ideas.
  double x = width - m::marker_diameter / 2 - 4;
  if (step.decision) {
    box.markers.push_back(Marker{Marker::Kind::decision, 0, Point{x, 0}});
    x -= m::marker_diameter + m::marker_gap;
  }
  for (std::size_t i = 0; i < step.fail_points.size(); ++i, x -= m::marker_diameter + m::marker_gap) {
    box.markers.push_back(Marker{Marker::Kind::fail, i, Point{x, 0}});
  }
  for (std::size_t i = 0; i < step.wait_points.size(); ++i, x -= m::marker_diameter + m::marker_gap) {
    box.markers.push_back(Marker{Marker::Kind::wait, i, Point{x, 0}});
  }
  for (std::size_t i = 0; i < step.pains.size(); ++i, x -= m::marker_diameter + m::marker_gap) {
    box.markers.push_back(Marker{Marker::Kind::pain, i, Point{x, 0}});
  }
  for (std::size_t i = 0; i < step.ideas.size(); ++i, x -= m::marker_diameter + m::marker_gap) {
    box.markers.push_back(Marker{Marker::Kind::idea, i, Point{x, 0}});
  }
  if (step.moment) box.star = Point{2, 2}; // on the corner, clear of the arrows' ports
  return box;
}

ItemBox size_item(const model::Blueprint& b, Index index) {
  ItemBox box;
  box.item = index;
  const double inner_max = m::step_max_width - 2 * m::step_padding;
  Wrapped wrapped = wrap_text(b.info_items[index].label, m::item_size, inner_max, m::item_lines);
  box.label_shortened = wrapped.shortened;
  const std::vector<std::string> lines = std::move(wrapped.lines);
  double inner = 0;
  for (const std::string& line : lines)
    inner = std::max(inner, text_width(line, m::item_size));
  const double width = std::clamp(inner, m::step_min_width - 2 * m::step_padding, inner_max) + 2 * m::step_padding;
  double y = m::step_padding;
  for (const std::string& line : lines) {
    const double h = m::line_height(m::item_size);
    box.lines.push_back(TextLine{line, m::item_size, false, Point{width / 2, y + h / 2}});
    y += h;
  }
  box.box = Rect{0, 0, width, y + m::step_padding};
  return box;
}

void place_item(ItemBox& box, Point at) {
  box.box.x += at.x;
  box.box.y += at.y;
  for (TextLine& line : box.lines)
    line.center.x += at.x, line.center.y += at.y;
}

void place_step(StepBox& box, Point at) {
  box.box.x += at.x;
  box.box.y += at.y;
  for (TextLine& line : box.lines)
    line.center.x += at.x, line.center.y += at.y;
  for (Tag& tag : box.tags)
    tag.box.x += at.x, tag.box.y += at.y;
  if (box.channel) box.channel->box.x += at.x, box.channel->box.y += at.y;
  for (Marker& marker : box.markers)
    marker.center.x += at.x, marker.center.y += at.y;
  if (box.star) box.star->x += at.x, box.star->y += at.y;
}

} // namespace bp::layout
