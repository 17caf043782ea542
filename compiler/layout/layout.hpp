#pragma once
// Blueprint grid to positions. Lanes are rows, stages are columns, steps of one
// cell sit left to right in declaration order; edges are routed orthogonally
// through the gutters between lanes and the channels between stages, so no arrow
// crosses a box. Coordinates are points, origin top-left, y growing downwards.
// Linear in steps + flows (plus a sort per gutter for track assignment).

#include "compiler/model/blueprint.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bp::layout {

using model::Index;

struct Point {
  double x = 0, y = 0;
  bool operator==(const Point&) const = default;
};

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  double cx() const { return x + w / 2; }
  double cy() const { return y + h / 2; }
  bool overlaps(const Rect& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
};

struct TextLine {
  std::string text;
  double size = 10;
  bool bold = false;
  Point center;      // the line's centre
  bool left = false; // left-aligned at center.x minus half its measured width
};

struct Tag {
  std::string text; // a standard's id
  Rect box;
};

struct Marker {
  enum class Kind { fail, wait, decision, pain, idea } kind;
  std::size_t index; // which fail or wait point, pain or idea of the step; 0 for the decision
  Point center;
};

struct StepBox {
  Index step = 0;
  Rect box;
  std::vector<TextLine> lines;                           // label, actor, wait details
  std::vector<std::size_t> detail_waits;                 // for each wait-detail line, in order, the wait it describes
  bool label_shortened = false, actor_shortened = false; // cut, ending in "…"
  std::vector<Tag> tags;
  std::optional<Tag> channel; // a contact's channel (`via`), its label as the text
  std::vector<Marker> markers;
  std::optional<Point> star; // moment of truth
};

struct LaneBand {
  model::Lane lane;               // meaningless for an information lane
  std::optional<Index> info_lane; // an information lane's row
  Rect band;
  std::vector<TextLine> name;
};

// An item of an information lane: a cell of the grid, its label in the box.
struct ItemBox {
  Index item = 0;
  Rect box;
  std::vector<TextLine> lines;
  bool label_shortened = false;
};

struct StageColumn {
  Index stage = 0;
  Rect header;
  Rect column; // the column's extent over all lanes
  std::vector<TextLine> lines;
};

struct LineRule {
  model::Line line;
  double y = 0, x0 = 0, x1 = 0;
  TextLine label;
};

struct Route {
  Index flow = 0;
  std::vector<Point> points; // polyline from the flow's source to its target
  std::optional<TextLine> label;
};

// The emotion curve: the customer steps with a `feeling`, left to right, drawn
// across a strip at the top of the customer lane (+2 at its top, -2 at its foot).
struct EmotionPoint {
  Index step = 0;
  int feeling = 0;
  Point center;
};

struct EmotionCurve {
  Rect strip;
  double zero_y = 0; // where feeling 0 lies
  std::vector<EmotionPoint> points;
  TextLine caption;            // in the lane-name column
  std::vector<TextLine> scale; // "+2" and "−2" at the strip's ends
};

struct LegendItem {
  enum class Kind {
    step,
    moment,
    fail,
    wait,
    tag,
    handoff,
    information,
    interaction,
    journey,
    decision,
    channel,
    feeling,
    critical,
    fail_safed,
    pain,
    idea,
    gap
  } kind;
  Rect sample;
  TextLine text;
};

struct Layout {
  double width = 0, height = 0;
  std::vector<TextLine> title;
  std::vector<StageColumn> stages;
  std::vector<LaneBand> lanes;
  std::vector<LineRule> lines;
  std::vector<StepBox> steps;
  std::vector<ItemBox> items; // of the information lanes
  std::vector<Route> routes;
  std::optional<EmotionCurve> emotion; // where a drawn customer step has a `feeling`
  Rect legend;
  std::vector<LegendItem> legend_items;
};

struct LayoutOptions {
  std::set<Index> stages;      // empty: every stage
  std::set<model::Lane> lanes; // with info_lanes empty too: every lane
  std::set<Index> info_lanes;  // the information lanes drawn, when any lane is chosen
  // `render --persona`: named under the title (the scene dims the other steps).
  std::optional<Index> persona;
  // `render --highlight critical-path`: its elapsed time, for the legend.
  std::optional<double> critical_seconds;
  // The diagram marks gaps (a fail point without recovery, a wait over its
  // tolerance, a stage over its budget): the legend says what the colour means.
  bool gaps = false;
};

Layout compute_layout(const model::Blueprint& blueprint, const LayoutOptions& options = {});

// A text the whole diagram (every stage and lane) cuts short, ending it in "…";
// its tooltip keeps it whole. `index` is the step's, actor's, stage's, flow's or
// information item's.
struct Shortened {
  enum class What { step_label, actor, stage_label, flow_label, item_label } what;
  Index index = 0;
  std::size_t limit = 0; // the lines the text may take
  bool operator==(const Shortened&) const = default;
};
// Each shortened text once (an actor for its first step), in the order of the
// steps, then the stages, the flows and the items. Sizes the boxes and headers
// as compute_layout does, without routing.
std::vector<Shortened> shortened_texts(const model::Blueprint& blueprint);

// The title drawn for a lane ("Customer actions"), from the message catalog;
// lines are named by model::line_name.
std::string_view lane_title(model::Lane lane);

} // namespace bp::layout
