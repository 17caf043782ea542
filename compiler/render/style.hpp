#pragma once
// The look of the diagram in one table: colours, pen widths, marker styles and
// fonts, and the Graphviz attributes each look is written as. The diagram and
// its legend both draw from these entries, so a legend sample always looks like
// the element it explains.

#include "compiler/layout/metrics.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/render/drawing.hpp"

#include <optional>

namespace bp::render {

// Noto Sans first; fontconfig and browsers fall back per glyph (CJK, emoji). The
// emoji font is not named: Pango would then take digits from it, as keycaps.
inline constexpr const char* diagram_font = "Noto Sans,Noto Sans CJK SC,DejaVu Sans,sans-serif";
// Pango reads a trailing "Bold" as the weight.
inline constexpr const char* diagram_bold_font = "Noto Sans,Noto Sans CJK SC,DejaVu Sans,sans-serif Bold";

namespace style {

namespace colour {
inline constexpr const char* paper = "white";
inline constexpr const char* none = "none"; // no border drawn
inline constexpr const char* ink = "#26323B";
inline constexpr const char* muted = "#5F6B75";
inline constexpr const char* detail = "#9A6700"; // wait details under a step's label
inline constexpr const char* border = "#6B7883";
inline constexpr const char* header = "#E7EDF3";
inline constexpr const char* arrow = "#3E4C57";
inline constexpr const char* information = "#2F73B8";
inline constexpr const char* journey = "#9AA6B0";
inline constexpr const char* visibility_line = "#55626C";
inline constexpr const char* fail = "#D43D3D";
inline constexpr const char* wait = "#E39B0B";
inline constexpr const char* safe = "#2E9E5B";
inline constexpr const char* pain = "#B83280";
inline constexpr const char* idea = "#1F8A7A";
inline constexpr const char* moment = "#D18F00";
inline constexpr const char* moment_fill = "#FFF7E3";
inline constexpr const char* tag_fill = "#EEF2F7";
inline constexpr const char* tag_border = "#A3B1C0";
inline constexpr const char* highlight = "#D43D3D";
inline constexpr const char* legend_border = "#C9D1D8";
inline constexpr const char* feeling_up = "#2F855A";
inline constexpr const char* feeling_down = "#D43D3D";
inline constexpr const char* feeling_even = "#7D8A95";
inline constexpr const char* feeling_line = "#5F6B75";
inline constexpr const char* feeling_zero = "#B8C2CB";
inline constexpr const char* critical = "#6B46C1";
// A gap the checks found (no recovery, over tolerance, over budget): orange, so
// it reads apart from the red fail markers and the amber waits it surrounds.
inline constexpr const char* warning = "#E8590C";
inline constexpr const char* warning_fill = "#FFE8CC";
inline constexpr const char* warning_text = "#C2410C"; // darker, for 4.5:1 on white
inline constexpr const char* dimmed_fill = "#F5F6F7";
inline constexpr const char* dimmed_border = "#CDD3D8";
inline constexpr const char* dimmed_ink = "#A9B2BA";
inline constexpr const char* dimmed_arrow = "#D3D8DC";
inline constexpr const char* info_lane = "#FBFBFC"; // an information lane's band
inline constexpr const char* info_border = "#B8C2CB";
inline constexpr const char* lanes[] = {"#F7F5EF", "#EDF4FB", "#EEF6EC", "#F5F0F7", "#F3F3F3"}; // by model::Lane
} // namespace colour

// A node's outline and fill. Unset fields are left to Graphviz's defaults (the
// box shape, no fill, the default pen of 1).
struct BoxLook {
  const char* shape = nullptr;
  const char* outline = nullptr; // Graphviz's `style`: "rounded,filled", ...
  const char* fill = nullptr;
  const char* border = nullptr;
  std::optional<double> pen{};
};

// A letter or symbol drawn inside a node.
struct GlyphLook {
  const char* text;
  const char* colour;
  double size;
  const char* font = nullptr; // the diagram's font unless set
};

// A circle with a glyph: the fail and wait markers, the moment-of-truth star.
struct MarkerLook {
  BoxLook box;
  GlyphLook glyph;
};

struct ArrowLook {
  const char* dash = nullptr;   // Graphviz's `style`
  const char* colour = nullptr; // the edge default (colour::arrow) unless set
  std::optional<double> pen{};  // the edge default (edge_pen) unless set
  bool both_ends = false;
  const char* label_colour = colour::arrow;
};

struct LineLook {
  const char* colour;
  const char* dash;
  double pen;
};

// Defaults of every node and edge.
inline constexpr double font_size = 10;
inline constexpr double node_pen = 1;
inline constexpr double edge_pen = 1.3;
inline constexpr double arrow_size = 0.7;
// Graphviz draws an arrowhead 10 x arrow_size long; a spline's end stops short
// of its target by that much so the head's tip lands on the box.
inline constexpr double arrowhead_length = 7;

inline constexpr BoxLook step{.outline = "rounded,filled", .fill = colour::paper, .border = colour::border, .pen = 1.1};
inline constexpr BoxLook moment_step{
    .outline = "rounded,filled", .fill = colour::moment_fill, .border = colour::moment, .pen = 2.4};
inline constexpr BoxLook tag{
    .outline = "rounded,filled", .fill = colour::tag_fill, .border = colour::tag_border, .pen = 0.7};
inline constexpr BoxLook stage_header{.outline = "rounded,filled", .fill = colour::header, .border = colour::none};
inline constexpr BoxLook finding_frame{.outline = "rounded,dashed", .border = colour::highlight, .pen = 1.8};
inline constexpr BoxLook legend_frame{.outline = "rounded", .border = colour::legend_border, .pen = 0.8};
inline constexpr double finding_frame_margin = 4; // around the step it frames
// A contact's channel, as a chip under the step's tags.
inline constexpr BoxLook channel_chip{
    .outline = "rounded,filled", .fill = colour::paper, .border = colour::information, .pen = 0.8};
// `--highlight critical-path`: a frame around each step on it, its arrows drawn over.
inline constexpr BoxLook critical_frame{.outline = "rounded", .border = colour::critical, .pen = 2.2};
inline constexpr double critical_frame_margin = 3;
inline constexpr ArrowLook critical_arrow{.colour = colour::critical, .pen = 2.6, .label_colour = colour::critical};
// `--persona`: the steps of the other personas.
inline constexpr BoxLook dimmed_step{
    .outline = "rounded,filled", .fill = colour::dimmed_fill, .border = colour::dimmed_border, .pen = 1};
inline constexpr ArrowLook dimmed_arrow{.colour = colour::dimmed_arrow, .label_colour = colour::dimmed_ink};
// The emotion curve: its line, the zero line under it, its dots.
inline constexpr LineLook feeling_curve{colour::feeling_line, "solid", 1.6};
inline constexpr LineLook feeling_zero{colour::feeling_zero, "dashed", 0.8};
const char* feeling_colour(int feeling);

inline constexpr MarkerLook fail_marker{
    .box = {.shape = "circle", .outline = "filled", .fill = colour::fail, .border = colour::paper, .pen = 1.2},
    .glyph = {.text = "F", .colour = colour::paper, .size = 8.5, .font = diagram_bold_font}};
inline constexpr MarkerLook wait_marker{
    .box = {.shape = "circle", .outline = "filled", .fill = colour::wait, .border = colour::paper, .pen = 1.2},
    .glyph = {.text = "W", .colour = colour::paper, .size = 8.5, .font = diagram_bold_font}};
// A fail point with a `prevent` (fail-safed, Chase & Stewart): the fail marker
// in a thick green ring, so a designer sees at a glance which risks are guarded.
inline constexpr MarkerLook fail_safed_marker{
    .box = {.shape = "circle", .outline = "filled", .fill = colour::fail, .border = colour::safe, .pen = 2.6},
    .glyph = {.text = "F", .colour = colour::paper, .size = 8.5, .font = diagram_bold_font}};
// The workshop's findings: a pain point and an idea.
inline constexpr MarkerLook pain_marker{
    .box = {.shape = "circle", .outline = "filled", .fill = colour::pain, .border = colour::paper, .pen = 1.2},
    .glyph = {.text = "!", .colour = colour::paper, .size = 9, .font = diagram_bold_font}};
inline constexpr MarkerLook idea_marker{
    .box = {.shape = "circle", .outline = "filled", .fill = colour::idea, .border = colour::paper, .pen = 1.2},
    .glyph = {.text = "i", .colour = colour::paper, .size = 9, .font = diagram_bold_font}};
inline constexpr MarkerLook decision_marker{
    .box = {.shape = "diamond", .outline = "filled", .fill = colour::information, .border = colour::paper, .pen = 1.2},
    .glyph = {.text = "?", .colour = colour::paper, .size = 8.5, .font = diagram_bold_font}};
inline constexpr MarkerLook moment_star{
    .box = {.shape = "circle", .outline = "filled", .fill = colour::moment, .border = colour::paper},
    .glyph = {.text = "★", .colour = colour::paper, .size = 9}};
inline constexpr double star_diameter = 16;
// Behind the marker of a gap: a pale orange halo with an orange rim.
inline constexpr BoxLook gap_halo{
    .shape = "circle", .outline = "filled", .fill = colour::warning_fill, .border = colour::warning, .pen = 1.6};
inline constexpr double gap_halo_margin = layout::metrics::gap_halo_margin;
// A stage over its budget: the header's rim, and the budget line's colour.
inline constexpr BoxLook over_budget_header{
    .outline = "rounded,filled", .fill = colour::header, .border = colour::warning, .pen = 2};

inline constexpr ArrowLook handoff_arrow{};
inline constexpr ArrowLook information_arrow{
    .dash = "dashed", .colour = colour::information, .label_colour = colour::information};
inline constexpr ArrowLook interaction_arrow{.both_ends = true};
inline constexpr ArrowLook journey_arrow{.colour = colour::journey, .pen = 2.2};

BoxLook lane_band(model::Lane lane);
// An information lane: a paler band, and its items as square cells with a thin
// dashed edge, so they read as notes on the grid rather than steps of the process.
inline constexpr BoxLook info_lane_band{.outline = "filled", .fill = colour::info_lane, .border = colour::none};
inline constexpr BoxLook info_item{
    .outline = "dashed,filled", .fill = colour::paper, .border = colour::info_border, .pen = 0.9};
const ArrowLook& arrow(model::Arrow kind);
LineLook line(model::Line kind);

// A look as Graphviz attributes, in the order the DOT output has always had.
Attributes attributes(const BoxLook& look);
Attributes attributes(const ArrowLook& look);
// The letter of a fail or wait marker.
Attributes letter_attributes(const GlyphLook& glyph);
// The moment-of-truth star, in `colour`.
Attributes star_attributes(const char* colour);
// Some legend samples have always been drawn at Graphviz's default pen rather
// than the diagram's; kept so the output stays the same.
BoxLook default_pen(BoxLook look);

// Text colours by role.
namespace text {
inline constexpr const char* title = colour::ink;
inline constexpr const char* lane_name = colour::ink;
inline constexpr const char* stage_label = colour::ink;
inline constexpr const char* stage_budget = colour::muted;
inline constexpr const char* step_label = colour::ink;
inline constexpr const char* step_actor = colour::muted;
inline constexpr const char* step_detail = colour::detail;
inline constexpr const char* gap = colour::warning_text; // a wait's detail over tolerance, a budget overrun
inline constexpr const char* info_item = colour::muted;
inline constexpr const char* tag = colour::ink;
inline constexpr const char* channel = colour::information;
inline constexpr const char* feeling = colour::muted;
inline constexpr const char* dimmed = colour::dimmed_ink;
inline constexpr const char* line_label = colour::muted;
inline constexpr const char* legend = colour::ink;
inline constexpr const char* flow_label_fill = colour::paper; // so the label reads over lines
} // namespace text

} // namespace style

} // namespace bp::render
