#pragma once
// Graphviz's attribute syntax for a drawing whose every position is pinned:
// numbers, the y axis flipped (Graphviz's origin is bottom-left, the layout's
// top-left), splines with arrowhead ends, invisible end points for edges that
// join no box, and label text escaped.

#include "compiler/layout/layout.hpp"
#include "compiler/render/drawing.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bp::render {

// A coordinate or size, to two decimals: enough for a point and stable across
// platforms.
std::string coordinate(double v);

// A pen width or font size in its shortest form ("1", "2.4"), as a person
// would write it.
std::string plain_number(double v);

// Text as a Graphviz label: backslashes doubled (Graphviz reads `\N`, `\n`, ...
// in labels) and control characters replaced, so any label shows as written.
std::string label_text(std::string_view text);

// Layout coordinates (points, y down) as Graphviz positions (points, y up).
class GraphvizFrame {
public:
  explicit GraphvizFrame(double height) : height_(height) {}

  layout::Point flip(layout::Point p) const { return layout::Point{p.x, height_ - p.y}; }
  // "x,y" in Graphviz's frame.
  std::string point(layout::Point p) const;
  // A node position Graphviz keeps as given: "x,y!".
  std::string pinned(layout::Point p) const;
  // A node's pinned centre and its size (Graphviz takes sizes in inches).
  Attributes pinned_box(const layout::Rect& r) const;
  // An invisible node, at `p`, for an edge end that is no box.
  Attributes invisible_point(layout::Point p) const;
  // The `pos` of an edge through `points`: a polyline as a B-spline whose
  // control points sit on its corners, with `e,` (head) and `s,` (tail) arrow
  // ends; the line stops short of an arrow end by the arrowhead's length.
  std::string spline(std::vector<layout::Point> points, bool head, bool tail) const;

private:
  double height_;
};

} // namespace bp::render
