#include "compiler/layout/layout.hpp"
#include "grammar/vocabulary.hpp"

#include "compiler/layout/edge_router.hpp"
#include "compiler/layout/emotion_curve.hpp"
#include "compiler/layout/flow_text.hpp"
#include "compiler/layout/grid.hpp"
#include "compiler/layout/metrics.hpp"
#include "compiler/layout/step_box.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/model/describe.hpp"
#include "compiler/model/meta_text.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <algorithm>

namespace bp::layout {

namespace m = metrics;
namespace msg = wording::msg;

namespace {

// The gap after each step in its cell: wide enough for the label of an arrow to
// the next step, which is drawn straight between the two.
std::vector<double> gaps_after(const model::Blueprint& b) {
  std::vector<double> gap(b.steps.size(), m::cell_gap);
  for (const model::Flow& f : b.flows) {
    if (b.steps[f.from].lane != b.steps[f.to].lane || b.steps[f.from].stage != b.steps[f.to].stage) continue;
    const std::optional<std::string> words = flow_text(b, f);
    if (!words) continue;
    // A label alone is measured whole, as v1 always has.
    const bool label_alone = f.label && !f.share && !channel_switch(b, f);
    const Index left = std::min(f.from, f.to);
    const double w =
        std::min(text_width(label_alone ? *f.label : *words, m::flow_label_size), m::flow_label_max_width) +
        m::flow_label_padding;
    gap[left] = std::max(gap[left], w);
  }
  return gap;
}

// The rows top to bottom: the information lanes above the evidence, the five
// lanes, those below the support processes, each in the order declared.
void rows(const model::Blueprint& b, const LayoutOptions& options, Grid& g) {
  const bool every = options.lanes.empty() && options.info_lanes.empty();
  g.row_of_lane.assign(5, -1);
  g.row_of_info_lane.assign(b.info_lanes.size(), -1);
  auto info_rows = [&](model::InfoLane::Place place) {
    for (Index l = 0; l < b.info_lanes.size(); ++l) {
      if (b.info_lanes[l].place != place || !(every || options.info_lanes.count(l))) continue;
      g.row_of_info_lane[l] = static_cast<int>(g.lanes.size());
      g.lanes.push_back(GridRow{model::Lane::customer, l});
    }
  };
  info_rows(model::InfoLane::Place::above_evidence);
  for (model::Lane lane : model::all_lanes) {
    if (every || options.lanes.count(lane)) {
      g.row_of_lane[static_cast<int>(lane)] = static_cast<int>(g.lanes.size());
      g.lanes.push_back(GridRow{lane, std::nullopt});
    }
  }
  info_rows(model::InfoLane::Place::below_support);
}

// The items of the information lanes in one column, after its steps.
void place_items(const model::Blueprint& b, Grid& g, std::size_t c, std::vector<double>& cell_x) {
  for (Index i : b.stages[g.stages[c]].items) {
    const int row = g.row_of_info_lane[b.info_items[i].lane];
    if (row < 0) continue;
    ItemBox box = size_item(b, i);
    box.box.x = cell_x[row];
    cell_x[row] += box.box.w + m::cell_gap;
    g.items.push_back(std::move(box));
    g.item_column.push_back(static_cast<int>(c));
    g.item_row.push_back(row);
  }
}

// Index space: which stages and lanes are drawn, and the boxes of each cell.
Grid build_grid(const model::Blueprint& b, const LayoutOptions& options) {
  Grid g;
  g.column_of_stage.assign(b.stages.size(), -1);
  g.box_of_step.assign(b.steps.size(), -1);
  for (Index s = 0; s < b.stages.size(); ++s) {
    if (options.stages.empty() || options.stages.count(s)) {
      g.column_of_stage[s] = static_cast<int>(g.stages.size());
      g.stages.push_back(s);
    }
  }
  rows(b, options, g);
  std::vector<int> rank(g.rows(), 0);
  const std::vector<double> gap = gaps_after(b);
  for (std::size_t c = 0; c < g.columns(); ++c) {
    std::vector<double> cell_x(g.rows(), 0);
    for (Index i : b.stages[g.stages[c]].steps) {
      const int row = g.row_of_lane[static_cast<int>(b.steps[i].lane)];
      if (row < 0) continue;
      StepBox box = size_step(b, i);
      box.box.x = cell_x[row];
      cell_x[row] += box.box.w + gap[i];
      g.box_of_step[i] = static_cast<int>(g.boxes.size());
      g.boxes.push_back(std::move(box));
      g.box_column.push_back(static_cast<int>(c));
      g.box_row.push_back(row);
      g.box_rank.push_back(rank[row]++);
    }
    place_items(b, g, c, cell_x);
    double width = m::column_min_width;
    for (double x : cell_x)
      width = std::max(width, x - m::cell_gap);
    g.column_width.push_back(width);
  }
  return g;
}

std::vector<TextLine> text_block(const std::vector<std::string>& lines, double size, bool bold, double cx, double top) {
  std::vector<TextLine> out;
  for (const std::string& line : lines) {
    out.push_back(TextLine{line, size, bold, Point{cx, top + m::line_height(size) / 2}});
    top += m::line_height(size);
  }
  return out;
}

std::vector<TextLine> title_block(const model::Blueprint& b, double width, double& y, std::optional<Index> persona) {
  std::vector<TextLine> out;
  const double x = m::margin;
  auto left = [&](const std::string& text, double size, bool bold) {
    for (const std::string& line : wrap(text, size, width - 2 * m::margin, 3, bold)) {
      out.push_back(
          TextLine{line, size, bold, Point{x + text_width(line, size, bold) / 2, y + m::line_height(size) / 2}, true});
      y += m::line_height(size);
    }
  };
  left(b.name, m::title_size, true);
  std::string meta;
  for (const std::string& phrase : model::meta_phrases(b))
    meta += (meta.empty() ? "" : std::string(wording::text(msg::diagram_title_separator))) + phrase;
  if (!meta.empty()) y += 2, left(meta, m::meta_size, false);
  if (b.description) left(*b.description, m::meta_size, false);
  if (persona)
    y += 2, left(wording::format(msg::diagram_title_persona, fmt::arg("persona", b.personas[*persona].label)),
                 m::meta_size, true);
  y += 14;
  return out;
}

// The middle of a row's boxes: below the emotion curve's strip in its row.
double boxes_middle(const Grid& g, std::size_t r, int emotion) {
  const double strip = static_cast<int>(r) == emotion ? m::emotion_height : 0;
  return g.row_y[r] + strip + (g.row_height[r] - strip) / 2;
}

// Column and channel x positions, row and gutter y positions.
void place(Grid& g, const TrackCounts& tracks, double top, int emotion) {
  double x = m::margin + m::lane_label_width;
  for (std::size_t c = 0; c <= g.columns(); ++c) {
    g.channel_x.push_back(x);
    g.channel_width.push_back(m::channel_base + std::max(0, tracks.channel[c] - 1) * m::track_gap);
    x += g.channel_width.back();
    if (c < g.columns()) g.column_x.push_back(x), x += g.column_width[c];
  }
  std::vector<double> tallest(g.rows(), 0);
  for (std::size_t i = 0; i < g.boxes.size(); ++i) {
    tallest[g.box_row[i]] = std::max(tallest[g.box_row[i]], g.boxes[i].box.h);
  }
  for (std::size_t i = 0; i < g.items.size(); ++i)
    tallest[g.item_row[i]] = std::max(tallest[g.item_row[i]], g.items[i].box.h);
  double y = top;
  for (std::size_t r = 0; r <= g.rows(); ++r) {
    const int pairs = (tracks.gutter[r] + 1) / 2;
    g.gutter_y.push_back(y);
    g.gutter_height.push_back(m::gutter_base + 2 * pairs * m::track_gap);
    y += g.gutter_height.back();
    if (r == g.rows()) break;
    g.row_y.push_back(y);
    g.row_height.push_back((tallest[r] > 0 ? tallest[r] + 2 * m::row_padding : m::empty_lane_height) +
                           (static_cast<int>(r) == emotion ? m::emotion_height : 0));
    y += g.row_height.back();
  }
  for (std::size_t i = 0; i < g.boxes.size(); ++i) {
    StepBox& box = g.boxes[i];
    const int r = g.box_row[i];
    const double cy = boxes_middle(g, r, emotion);
    const double offset = box.box.x; // within the column, set by build_grid
    box.box.x = 0;
    place_step(box, Point{g.column_x[g.box_column[i]] + offset, cy - box.box.h / 2});
  }
  for (std::size_t i = 0; i < g.items.size(); ++i) {
    ItemBox& item = g.items[i];
    const double offset = item.box.x;
    item.box.x = 0;
    place_item(item,
               Point{g.column_x[g.item_column[i]] + offset, boxes_middle(g, g.item_row[i], emotion) - item.box.h / 2});
  }
}

void stage_headers(const model::Blueprint& b, const Grid& g, Layout& out, double top, double height) {
  for (std::size_t c = 0; c < g.columns(); ++c) {
    const model::Stage& stage = b.stages[g.stages[c]];
    StageColumn column;
    column.stage = g.stages[c];
    column.header = Rect{g.column_x[c] - 6, top, g.column_width[c] + 12, height};
    column.column = Rect{g.column_x[c], g.row_y.front(), g.column_width[c], g.gutter_y.back() - g.row_y.front()};
    const double inner = column.header.w - 2 * m::header_padding;
    double y = top + m::header_padding;
    for (TextLine& line : text_block(wrap(stage.label, m::stage_size, inner, m::stage_label_lines, true), m::stage_size,
                                     true, column.header.cx(), y)) {
      column.lines.push_back(line);
      y += m::line_height(m::stage_size);
    }
    if (stage.budget) {
      column.lines.push_back(TextLine{
          wording::format(msg::diagram_stage_budget, fmt::arg("duration", model::format_duration(stage.budget->value))),
          m::meta_size, false, Point{column.header.cx(), y + m::line_height(m::meta_size) / 2}});
    }
    out.stages.push_back(std::move(column));
  }
}

double header_height(const model::Blueprint& b, const Grid& g) {
  double tallest = 0;
  for (std::size_t c = 0; c < g.columns(); ++c) {
    const model::Stage& stage = b.stages[g.stages[c]];
    const double inner = g.column_width[c] + 12 - 2 * m::header_padding;
    double h =
        wrap(stage.label, m::stage_size, inner, m::stage_label_lines, true).size() * m::line_height(m::stage_size);
    if (stage.budget) h += m::line_height(m::meta_size);
    tallest = std::max(tallest, h);
  }
  return tallest + 2 * m::header_padding;
}

void lanes_and_lines(const model::Blueprint& b, const Grid& g, Layout& out, double right, int emotion) {
  for (std::size_t r = 0; r < g.rows(); ++r) {
    // Bands meet in the middle of the gutters, where the lines are drawn; the outer
    // bands cover the outer gutters, so every arrow runs inside the grid.
    const double top = r == 0 ? g.gutter_y[0] + 8 : g.gutter_y[r] + g.gutter_height[r] / 2;
    const double bottom = r + 1 == g.rows() ? g.gutter_y[r + 1] + g.gutter_height[r + 1] - 8
                                            : g.gutter_y[r + 1] + g.gutter_height[r + 1] / 2;
    LaneBand band{g.lanes[r].lane, g.lanes[r].info_lane, Rect{m::margin, top, right - m::margin, bottom - top}, {}};
    const std::string title =
        g.lanes[r].info_lane ? b.info_lanes[*g.lanes[r].info_lane].title : std::string(lane_title(g.lanes[r].lane));
    const auto name = wrap(title, m::lane_size, m::lane_label_width - 20, 2, true);
    const double h = name.size() * m::line_height(m::lane_size);
    const double middle = static_cast<int>(r) == emotion ? boxes_middle(g, r, emotion) : band.band.cy();
    band.name = text_block(name, m::lane_size, true, m::margin + m::lane_label_width / 2 - 4, middle - h / 2);
    out.lanes.push_back(std::move(band));
  }
  // A line is drawn between two of the five lanes when both are shown.
  for (std::size_t r = 0; r + 1 < g.rows(); ++r) {
    if (g.lanes[r].info_lane || g.lanes[r + 1].info_lane) continue;
    const int above = static_cast<int>(g.lanes[r].lane);
    if (static_cast<int>(g.lanes[r + 1].lane) != above + 1 || above < 1) continue;
    const auto line = static_cast<model::Line>(above - 1);
    const double y = g.gutter_y[r + 1] + g.gutter_height[r + 1] / 2;
    const std::string name(model::line_name(line));
    out.lines.push_back(
        LineRule{line, y, m::margin, right,
                 TextLine{name, m::line_label_size, false,
                          Point{m::margin + 6 + text_width(name, m::line_label_size) / 2, y - 6}, true}});
  }
}

// What the legend shows beyond v1's items, each only where it is drawn, so v1
// diagrams keep their legend.
struct LegendExtras {
  bool decisions = false, channels = false, feelings = false, fail_safed = false, pains = false, ideas = false;
  bool gaps = false;
  std::optional<double> critical_seconds;
};

LegendExtras legend_extras(const model::Blueprint& b, const Grid& g, const Layout& out, const LayoutOptions& o) {
  LegendExtras x;
  for (const StepBox& box : g.boxes) {
    x.decisions = x.decisions || b.steps[box.step].decision.has_value();
    x.channels = x.channels || box.channel.has_value();
    const model::Step& s = b.steps[box.step];
    for (const model::FailPoint& f : s.fail_points)
      x.fail_safed = x.fail_safed || f.prevent.has_value();
    x.pains = x.pains || !s.pains.empty();
    x.ideas = x.ideas || !s.ideas.empty();
  }
  x.feelings = out.emotion.has_value();
  x.critical_seconds = o.critical_seconds;
  x.gaps = o.gaps;
  return x;
}

void legend(Layout& out, double top, double width, const LegendExtras& extras) {
  using K = LegendItem::Kind;
  const std::pair<K, const wording::Message*> items[] = {{K::step, &msg::diagram_legend_step},
                                                         {K::moment, &msg::diagram_legend_moment},
                                                         {K::fail, &msg::diagram_legend_fail},
                                                         {K::fail_safed, &msg::diagram_legend_fail_safed},
                                                         {K::wait, &msg::diagram_legend_wait},
                                                         {K::pain, &msg::diagram_legend_pain},
                                                         {K::idea, &msg::diagram_legend_idea},
                                                         {K::tag, &msg::diagram_legend_tag},
                                                         {K::handoff, &msg::diagram_legend_handoff},
                                                         {K::information, &msg::diagram_legend_information},
                                                         {K::interaction, &msg::diagram_legend_interaction},
                                                         {K::journey, &msg::diagram_legend_journey},
                                                         {K::decision, &msg::diagram_legend_decision},
                                                         {K::channel, &msg::diagram_legend_channel},
                                                         {K::feeling, &msg::diagram_legend_feeling},
                                                         {K::critical, &msg::diagram_legend_critical},
                                                         {K::gap, &msg::diagram_legend_gap}};
  double x = m::margin + 10, y = top + 10;
  for (const auto& [kind, message] : items) {
    if ((kind == K::decision && !extras.decisions) || (kind == K::channel && !extras.channels) ||
        (kind == K::feeling && !extras.feelings) || (kind == K::critical && !extras.critical_seconds) ||
        (kind == K::fail_safed && !extras.fail_safed) || (kind == K::pain && !extras.pains) ||
        (kind == K::idea && !extras.ideas) || (kind == K::gap && !extras.gaps))
      continue;
    const std::string text =
        kind == K::critical
            ? wording::format(*message, fmt::arg("duration", model::format_duration(*extras.critical_seconds)))
            : std::string(wording::text(*message));
    const bool marker = kind == K::fail || kind == K::wait || kind == K::decision || kind == K::fail_safed ||
                        kind == K::pain || kind == K::idea || kind == K::gap;
    // A gap's sample is a marker in its halo, wider than the marker.
    const double sample_w = kind == K::gap                         ? m::marker_diameter + 2 * m::gap_halo_margin
                            : marker                               ? m::marker_diameter
                            : kind == K::tag || kind == K::channel ? 30
                                                                   : 34;
    const double w = sample_w + 6 + text_width(text, m::meta_size) + 22;
    if (x + w > width - m::margin) x = m::margin + 10, y += 26;
    const Rect sample = kind == K::gap ? Rect{x + m::gap_halo_margin, y + 3, m::marker_diameter, m::marker_diameter}
                                       : Rect{x, y + 3, sample_w, marker ? m::marker_diameter : 14};
    const double tx = x + sample_w + 6 + text_width(text, m::meta_size) / 2;
    out.legend_items.push_back(LegendItem{kind, sample, TextLine{text, m::meta_size, false, Point{tx, y + 10}}});
    x += w;
  }
  out.legend = Rect{m::margin, top, width - 2 * m::margin, y + 30 - top};
}

} // namespace

// The lane's display name: the catalog message its vocabulary row names (a test
// makes sure every row's key is in the catalog).
std::string_view lane_title(model::Lane lane) {
  const grammar::Word* word = grammar::find_word(grammar::word_for(lane));
  const wording::Message* title = word ? wording::find(word->display) : nullptr;
  return title ? wording::text(*title) : grammar::word_for(lane);
}

Layout compute_layout(const model::Blueprint& b, const LayoutOptions& options) {
  Layout out;
  Grid grid = build_grid(b, options);
  const RoutePlan plan(b, grid);

  double grid_right = m::margin + m::lane_label_width;
  {
    // Widths first (the title wraps to them), then everything top to bottom.
    double x = grid_right;
    for (std::size_t c = 0; c <= grid.columns(); ++c) {
      x += m::channel_base + std::max(0, plan.tracks().channel[c] - 1) * m::track_gap;
      if (c < grid.columns()) x += grid.column_width[c];
    }
    grid_right = x;
  }
  out.width = std::max(grid_right + m::margin, 720.0);
  double y = m::margin;
  out.title = title_block(b, out.width, y, options.persona);
  const double header_top = y;
  const double header_h = header_height(b, grid);
  const int emotion = emotion_row(b, grid, options.persona);
  place(grid, plan.tracks(), header_top + header_h, emotion);
  stage_headers(b, grid, out, header_top, header_h);
  lanes_and_lines(b, grid, out, out.width - m::margin, emotion);
  out.routes = plan.draw(grid);
  out.emotion = emotion_curve(b, grid, out.width - m::margin, options.persona);
  // Below the last gutter: arrows between steps of the bottom lane run there.
  const double grid_bottom = std::max(grid.gutter_y.back() + grid.gutter_height.back(),
                                      out.lanes.empty() ? 0.0 : out.lanes.back().band.bottom());
  legend(out, grid_bottom + 18, out.width, legend_extras(b, grid, out, options));
  out.height = out.legend.bottom() + m::margin;
  out.steps = std::move(grid.boxes);
  out.items = std::move(grid.items);
  return out;
}

std::vector<Shortened> shortened_texts(const model::Blueprint& b) {
  using W = Shortened::What;
  std::vector<Shortened> out;
  const Grid g = build_grid(b, {});
  std::vector<bool> actor_seen(b.actors.size(), false);
  for (const StepBox& box : g.boxes) {
    if (box.label_shortened) out.push_back({W::step_label, box.step, m::step_label_lines});
    const auto& actor = b.steps[box.step].actor;
    if (box.actor_shortened && !actor_seen[actor->value]) {
      actor_seen[actor->value] = true;
      out.push_back({W::actor, actor->value, m::actor_lines});
    }
  }
  for (std::size_t c = 0; c < g.columns(); ++c) {
    const double inner = g.column_width[c] + 12 - 2 * m::header_padding; // as stage_headers() sets it
    if (wrap_text(b.stages[g.stages[c]].label, m::stage_size, inner, m::stage_label_lines, true).shortened)
      out.push_back({W::stage_label, g.stages[c], m::stage_label_lines});
  }
  for (Index f = 0; f < b.flows.size(); ++f) {
    if (flow_label_shortened(b.flows[f])) out.push_back({W::flow_label, f, m::flow_label_lines});
  }
  for (const ItemBox& item : g.items) {
    if (item.label_shortened) out.push_back({W::item_label, item.item, m::item_lines});
  }
  return out;
}

} // namespace bp::layout
