#include "compiler/layout/edge_router.hpp"

#include "compiler/layout/flow_text.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <queue>

namespace bp::layout {

namespace m = metrics;

namespace {

enum class Side { top, bottom, left, right };
enum class Shape { row_neighbours, under_row, straight_down, jog, channel, self_loop };

struct Plan {
  Index flow = 0;
  Shape shape = Shape::jog;
  int from = -1, to = -1; // boxes
  Side from_side = Side::bottom, to_side = Side::top;
  // The gutters an arrow runs along (leaving its source, reaching its target;
  // the same one between adjacent lanes) and the channel it runs down, if any.
  int first_gutter = -1, second_gutter = -1, channel = -1;
  // Its track within each of them.
  int first_track = 0, second_track = 0, channel_track = 0;
  double from_x = 0, to_x = 0; // port offsets within the boxes (top and bottom sides)
  double row_offset = 0;       // vertical offset of parallel row-neighbour arrows
};

struct Attachment {
  int box;
  Side side;
  double desired; // x key
  std::size_t plan;
  bool is_from;
};

// Which of a plan's tracks an interval is for.
enum class TrackOf { first_gutter, second_gutter, channel };

struct Interval {
  double lo, hi;
  std::size_t plan;
  TrackOf track_of;
};

int& track_for(Plan& p, TrackOf of) {
  switch (of) {
  case TrackOf::first_gutter: return p.first_track;
  case TrackOf::second_gutter: return p.second_track;
  case TrackOf::channel: break;
  }
  return p.channel_track;
}

// Greedy interval partitioning: the lowest free track for each interval.
int assign_tracks(std::vector<Interval>& intervals, std::vector<Plan>& plans, double clearance) {
  std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) {
    return std::tie(a.lo, a.hi, a.plan, a.track_of) < std::tie(b.lo, b.hi, b.plan, b.track_of);
  });
  using Busy = std::pair<double, int>; // end, track
  std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
  std::priority_queue<int, std::vector<int>, std::greater<>> free_tracks;
  int tracks = 0;
  for (const Interval& in : intervals) {
    while (!busy.empty() && busy.top().first + clearance < in.lo) {
      free_tracks.push(busy.top().second);
      busy.pop();
    }
    int track;
    if (!free_tracks.empty()) {
      track = free_tracks.top();
      free_tracks.pop();
    } else {
      track = tracks++;
    }
    busy.push({in.hi, track});
    track_for(plans[in.plan], in.track_of) = track;
  }
  return tracks;
}

// Track t of a gutter whose middle (the line between two lanes) is at `middle`:
// alternately above and below the line, never on it.
double gutter_track_y(double middle, int track) {
  const double distance = (track / 2 + 1) * m::track_gap;
  return track % 2 == 0 ? middle - distance : middle + distance;
}

void remove_redundant(std::vector<Point>& points) {
  std::vector<Point> out;
  for (const Point& p : points) {
    if (!out.empty() && std::abs(out.back().x - p.x) < 0.01 && std::abs(out.back().y - p.y) < 0.01) continue;
    if (out.size() >= 2) {
      const Point& a = out[out.size() - 2];
      const Point& b = out.back();
      const bool collinear = (std::abs(a.x - b.x) < 0.01 && std::abs(b.x - p.x) < 0.01) ||
                             (std::abs(a.y - b.y) < 0.01 && std::abs(b.y - p.y) < 0.01);
      if (collinear) out.pop_back();
    }
    out.push_back(p);
  }
  points = std::move(out);
}

} // namespace

struct RoutePlan::Impl {
  const model::Blueprint& blueprint;
  const Grid& grid;
  std::vector<Plan> plans;
  TrackCounts counts;

  Impl(const model::Blueprint& b, const Grid& g) : blueprint(b), grid(g) {
    plan_shapes();
    assign_ports();
    straighten();
    assign_gutter_tracks();
    assign_channel_tracks();
  }

  double left_key(int box) const { return grid.key(grid.box_column[box], grid.boxes[box].box.x); }
  double center_key(int box) const { return left_key(box) + grid.boxes[box].box.w / 2; }

  void plan_shapes() {
    std::map<std::pair<int, int>, std::vector<std::size_t>> neighbours;
    for (Index f = 0; f < blueprint.flows.size(); ++f) {
      Plan p;
      p.flow = f;
      p.from = grid.box_of_step[blueprint.flows[f].from];
      p.to = grid.box_of_step[blueprint.flows[f].to];
      if (p.from < 0 || p.to < 0) continue;
      plan_shape(p);
      if (p.shape == Shape::row_neighbours)
        neighbours[{std::min(p.from, p.to), std::max(p.from, p.to)}].push_back(plans.size());
      plans.push_back(p);
    }
    spread_parallel(neighbours);
  }

  // How an arrow between two boxes runs: its shape, the sides it leaves and
  // enters by, and the gutters and channel it runs through.
  void plan_shape(Plan& p) const {
    const int rf = grid.box_row[p.from], rt = grid.box_row[p.to];
    if (p.from == p.to) {
      p.shape = Shape::self_loop, p.from_side = p.to_side = Side::top;
    } else if (rf == rt && std::abs(grid.box_rank[p.from] - grid.box_rank[p.to]) == 1) {
      p.shape = Shape::row_neighbours;
      const bool rightwards = grid.box_rank[p.from] < grid.box_rank[p.to];
      p.from_side = rightwards ? Side::right : Side::left;
      p.to_side = rightwards ? Side::left : Side::right;
    } else if (rf == rt) {
      p.shape = Shape::under_row, p.from_side = p.to_side = Side::bottom, p.first_gutter = p.second_gutter = rf + 1;
    } else {
      plan_across_lanes(p, rf, rt);
    }
  }

  void plan_across_lanes(Plan& p, int rf, int rt) const {
    const bool down = rt > rf;
    p.from_side = down ? Side::bottom : Side::top;
    p.to_side = down ? Side::top : Side::bottom;
    p.first_gutter = down ? rf + 1 : rf;
    p.second_gutter = down ? rt : rt + 1;
    if (std::abs(rf - rt) == 1) {
      p.shape = overlap(p.from, p.to) ? Shape::straight_down : Shape::jog;
    } else {
      p.shape = Shape::channel;
      const int cf = grid.box_column[p.from], ct = grid.box_column[p.to];
      p.channel = ct > cf ? ct : ct < cf ? ct + 1 : ct;
    }
  }

  // Parallel arrows between the same two neighbours are spread vertically.
  void spread_parallel(const std::map<std::pair<int, int>, std::vector<std::size_t>>& neighbours) {
    for (const auto& [pair, list] : neighbours) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        plans[list[i]].row_offset =
            (static_cast<double>(i) - (static_cast<double>(list.size()) - 1) / 2) * m::parallel_arrow_gap;
      }
    }
  }

  bool overlap(int a, int c) const {
    const double lo = std::max(left_key(a), left_key(c));
    const double hi = std::min(left_key(a) + grid.boxes[a].box.w, left_key(c) + grid.boxes[c].box.w);
    return hi - lo >= m::straight_overlap_min;
  }

  double overlap_center(int a, int c) const {
    const double lo = std::max(left_key(a), left_key(c));
    const double hi = std::min(left_key(a) + grid.boxes[a].box.w, left_key(c) + grid.boxes[c].box.w);
    return (lo + hi) / 2;
  }

  double desired(const Plan& p, bool is_from) const {
    const int other = is_from ? p.to : p.from;
    switch (p.shape) {
    case Shape::straight_down: return overlap_center(p.from, p.to);
    case Shape::channel: return grid.channel_key(p.channel);
    case Shape::self_loop: return center_key(p.from) + (is_from ? -m::self_loop_half_width : m::self_loop_half_width);
    default: return center_key(other);
    }
  }

  void assign_ports() {
    std::map<std::pair<int, int>, std::vector<Attachment>> sides;
    for (std::size_t i = 0; i < plans.size(); ++i) {
      const Plan& p = plans[i];
      if (p.shape == Shape::row_neighbours) continue;
      sides[{p.from, static_cast<int>(p.from_side)}].push_back({p.from, p.from_side, desired(p, true), i, true});
      sides[{p.to, static_cast<int>(p.to_side)}].push_back({p.to, p.to_side, desired(p, false), i, false});
    }
    for (auto& [key, list] : sides)
      spread(list);
  }

  // Ports at their desired places where possible, at least port_gap apart.
  void spread(std::vector<Attachment>& list) {
    std::sort(list.begin(), list.end(), [](const Attachment& a, const Attachment& c) {
      return std::tie(a.desired, a.plan, a.is_from) < std::tie(c.desired, c.plan, c.is_from);
    });
    const int box = list.front().box;
    // Ports keep clear of the star (top-left corner) and the markers (top right).
    const StepBox& sb = grid.boxes[box];
    const bool top = list.front().side == Side::top;
    const double w = sb.box.w, gap = m::port_gap;
    const double lo = top && sb.star ? m::port_inset_star : m::port_inset;
    const double hi =
        w - m::port_inset - (top ? static_cast<double>(sb.markers.size()) * (m::marker_diameter + m::marker_gap) : 0);
    std::vector<double> xs(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
      const double want = std::clamp(list[i].desired - left_key(box), lo, hi);
      xs[i] = i == 0 ? want : std::max(want, xs[i - 1] + gap);
    }
    for (std::size_t i = list.size(); i-- > 0;) {
      xs[i] = std::min(xs[i], i + 1 == list.size() ? hi : xs[i + 1] - gap);
    }
    if (xs.front() < lo) {
      for (std::size_t i = 0; i < xs.size(); ++i)
        xs[i] = lo + (hi - lo) * (i + 0.5) / static_cast<double>(xs.size());
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      Plan& p = plans[list[i].plan];
      (list[i].is_from ? p.from_x : p.to_x) = xs[i];
    }
  }

  void straighten() {
    for (Plan& p : plans) {
      if (p.shape != Shape::straight_down) continue;
      if (std::abs((left_key(p.from) + p.from_x) - (left_key(p.to) + p.to_x)) > 0.5) p.shape = Shape::jog;
    }
  }

  void assign_gutter_tracks() {
    std::vector<std::vector<Interval>> per_gutter(grid.rows() + 1);
    for (std::size_t i = 0; i < plans.size(); ++i) {
      const Plan& p = plans[i];
      const double fx = left_key(p.from) + p.from_x, tx = left_key(p.to) + p.to_x;
      if (p.shape == Shape::under_row || p.shape == Shape::jog) {
        per_gutter[p.first_gutter].push_back({std::min(fx, tx), std::max(fx, tx), i, TrackOf::first_gutter});
      } else if (p.shape == Shape::channel) {
        const double cx = grid.channel_key(p.channel);
        per_gutter[p.first_gutter].push_back({std::min(fx, cx), std::max(fx, cx), i, TrackOf::first_gutter});
        per_gutter[p.second_gutter].push_back({std::min(tx, cx), std::max(tx, cx), i, TrackOf::second_gutter});
      }
    }
    counts.gutter.resize(per_gutter.size());
    for (std::size_t g = 0; g < per_gutter.size(); ++g)
      counts.gutter[g] = assign_tracks(per_gutter[g], plans, m::gutter_track_clearance);
  }

  void assign_channel_tracks() {
    std::vector<std::vector<Interval>> per_channel(grid.columns() + 1);
    for (std::size_t i = 0; i < plans.size(); ++i) {
      const Plan& p = plans[i];
      if (p.shape != Shape::channel) continue;
      const auto [lo, hi] = std::minmax(p.first_gutter, p.second_gutter);
      per_channel[p.channel].push_back({double(lo), double(hi), i, TrackOf::channel});
    }
    counts.channel.resize(per_channel.size());
    for (std::size_t c = 0; c < per_channel.size(); ++c)
      counts.channel[c] = assign_tracks(per_channel[c], plans, m::channel_track_clearance);
  }

  double channel_track_x(int channel, int track, const Grid& g) const {
    const double n = std::max(1, counts.channel[channel]);
    return g.channel_x[channel] + g.channel_width[channel] / 2 + (track - (n - 1) / 2) * m::track_gap;
  }

  Route draw(const Plan& p, const Grid& g) const {
    const Rect& f = g.boxes[p.from].box;
    const Rect& t = g.boxes[p.to].box;
    const double fx = f.x + p.from_x, tx = t.x + p.to_x;
    const double fy = p.from_side == Side::top ? f.y : f.bottom();
    const double ty = p.to_side == Side::top ? t.y : t.bottom();
    const auto gutter_y = [&](int gutter, int track) {
      return gutter_track_y(g.gutter_y[gutter] + g.gutter_height[gutter] / 2, track);
    };
    Route r;
    r.flow = p.flow;
    switch (p.shape) {
    case Shape::row_neighbours: {
      const double y = f.cy() + p.row_offset;
      r.points = {{p.from_side == Side::right ? f.right() : f.x, y}, {p.to_side == Side::left ? t.x : t.right(), y}};
      break;
    }
    case Shape::self_loop: {
      const double y = f.y - m::self_loop_height;
      r.points = {{fx, f.y}, {fx, y}, {tx, y}, {tx, f.y}};
      break;
    }
    case Shape::straight_down: r.points = {{fx, fy}, {fx, ty}}; break;
    case Shape::under_row:
    case Shape::jog: {
      const double y = gutter_y(p.first_gutter, p.first_track); // adjacent rows share one gutter
      r.points = {{fx, fy}, {fx, y}, {tx, y}, {tx, ty}};
      break;
    }
    case Shape::channel: {
      const double y1 = gutter_y(p.first_gutter, p.first_track), y2 = gutter_y(p.second_gutter, p.second_track);
      const double cx = channel_track_x(p.channel, p.channel_track, g);
      r.points = {{fx, fy}, {fx, y1}, {cx, y1}, {cx, y2}, {tx, y2}, {tx, ty}};
      break;
    }
    }
    remove_redundant(r.points);
    label(r, g);
    return r;
  }

  // The middle of the gutter holding `y` (where a lane line may run), if any.
  static std::optional<double> gutter_middle(const Grid& g, double y) {
    for (std::size_t i = 0; i < g.gutter_y.size(); ++i) {
      if (y >= g.gutter_y[i] && y <= g.gutter_y[i] + g.gutter_height[i]) return g.gutter_y[i] + g.gutter_height[i] / 2;
    }
    return std::nullopt;
  }

  // The label sits along the longest horizontal run, on the side away from the
  // lane line in its gutter; a vertical arrow's label sits beside it, clear of
  // the gutter's middle.
  void label(Route& r, const Grid& g) const {
    const std::optional<std::string> words = flow_text(blueprint, blueprint.flows[r.flow]);
    if (!words) return;
    const std::string& text = *words;
    const double w = text_width(text, m::flow_label_size);
    double best = -1;
    Point at{};
    for (std::size_t i = 0; i + 1 < r.points.size(); ++i) {
      const Point& a = r.points[i];
      const Point& c = r.points[i + 1];
      if (std::abs(a.y - c.y) < 0.01 && std::abs(a.x - c.x) > best) {
        const auto middle = gutter_middle(g, a.y);
        const bool below = middle && a.y > *middle;
        best = std::abs(a.x - c.x),
        at = Point{(a.x + c.x) / 2, a.y + (below ? m::flow_label_offset : -m::flow_label_offset)};
      }
    }
    if (best < 0) {
      const Point& a = r.points.front();
      const Point& c = r.points.back();
      at = Point{a.x + 5 + w / 2, a.y + (c.y - a.y) * 0.25};
    }
    r.label = TextLine{text, m::flow_label_size, false, at};
  }
};

RoutePlan::RoutePlan(const model::Blueprint& blueprint, const Grid& grid)
    : impl_(std::make_unique<Impl>(blueprint, grid)) {}
RoutePlan::~RoutePlan() = default;
const TrackCounts& RoutePlan::tracks() const { return impl_->counts; }

std::vector<Route> RoutePlan::draw(const Grid& placed) const {
  std::vector<Route> routes;
  routes.reserve(impl_->plans.size());
  for (const Plan& p : impl_->plans)
    routes.push_back(impl_->draw(p, placed));
  return routes;
}

} // namespace bp::layout
