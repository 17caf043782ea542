#include "compiler/render/gv_attributes.hpp"

#include "compiler/render/style.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace bp::render {

using layout::Point;

std::string coordinate(double v) { return fmt::format("{:.2f}", v); }

std::string plain_number(double v) { return fmt::format("{}", v); }

std::string label_text(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    const std::string_view ch = text.substr(pos, d.length);
    pos += std::max<std::size_t>(1, d.length);
    if (d.code_point == '\\')
      out += "\\\\";
    else if (d.code_point == '\n')
      out += "\\n";                                        // Graphviz's line break
    else if (!d.valid || source::is_control(d.code_point)) // C0, DEL, C1
      out += "\xEF\xBF\xBD";
    else
      out.append(ch);
  }
  return out;
}

std::string GraphvizFrame::point(Point p) const {
  const Point q = flip(p);
  return coordinate(q.x) + "," + coordinate(q.y);
}

std::string GraphvizFrame::pinned(Point p) const { return point(p) + "!"; }

Attributes GraphvizFrame::pinned_box(const layout::Rect& r) const {
  constexpr double points_per_inch = 72;
  return {{"pos", pinned(Point{r.cx(), r.cy()})},
          {"width", coordinate(r.w / points_per_inch)},
          {"height", coordinate(r.h / points_per_inch)}};
}

Attributes GraphvizFrame::invisible_point(Point p) const {
  return {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}, {"height", "0.01"}, {"pos", pinned(p)}};
}

std::string GraphvizFrame::spline(std::vector<Point> points, bool head, bool tail) const {
  std::string out;
  auto shorten = [](Point& end, const Point& towards) {
    const double dx = towards.x - end.x, dy = towards.y - end.y;
    const double len = std::max(std::hypot(dx, dy), 1e-9);
    const double cut = std::min(style::arrowhead_length, len - 1);
    end.x += dx / len * cut;
    end.y += dy / len * cut;
  };
  if (tail) {
    out += "s," + point(points.front()) + " ";
    shorten(points.front(), points[1]);
  }
  if (head) {
    out += "e," + point(points.back()) + " ";
    shorten(points.back(), points[points.size() - 2]);
  }
  out += point(points[0]);
  for (std::size_t i = 1; i < points.size(); ++i)
    out += " " + point(points[i - 1]) + " " + point(points[i]) + " " + point(points[i]);
  return out;
}

} // namespace bp::render
