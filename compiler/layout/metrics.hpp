#pragma once
// Sizes of everything in the diagram, in points. One place to tune the look.

#include <cstddef>

namespace bp::layout::metrics {

inline constexpr double margin = 28;
inline constexpr double lane_label_width = 118;
inline constexpr double step_max_width = 156;
inline constexpr double step_min_width = 100;
inline constexpr double step_padding = 9;
inline constexpr double cell_gap = 30; // between steps of one cell
inline constexpr double column_min_width = 120;
inline constexpr double channel_base = 28; // between stage columns
inline constexpr double gutter_base = 30;  // between lanes
inline constexpr double track_gap = 7;     // between parallel arrows
inline constexpr double row_padding = 16;  // above and below the boxes of a lane
inline constexpr double empty_lane_height = 40;
inline constexpr double header_padding = 8;

inline constexpr double title_size = 18;
inline constexpr double meta_size = 9.5;
inline constexpr double stage_size = 12;
inline constexpr double lane_size = 10.5;
inline constexpr double label_size = 10;
inline constexpr double actor_size = 8.5;
inline constexpr double detail_size = 8;
inline constexpr double item_size = 9; // an information item's label
inline constexpr double tag_size = 7.5;
inline constexpr double flow_label_size = 8;
inline constexpr double line_label_size = 7.5;

// The lines each text may take before it is cut with "…".
inline constexpr std::size_t step_label_lines = 5;
inline constexpr std::size_t actor_lines = 2;
inline constexpr std::size_t stage_label_lines = 2;
inline constexpr std::size_t item_lines = 4;
inline constexpr std::size_t flow_label_lines = 1;

inline constexpr double marker_diameter = 15;
// Around a gap's marker: the halo the diagram draws in the warning colour.
inline constexpr double gap_halo_margin = 4;
inline constexpr double marker_gap = 3; // between the fail and wait markers on a box's top edge
inline constexpr double tag_height = 12;
// A contact's channel chip: its text and the room around it.
inline constexpr double channel_chip_padding = 10;

// The emotion curve across the top of the customer lane (from `feeling`): the
// strip's height, the dots' diameter.
inline constexpr double emotion_height = 66;
inline constexpr double emotion_dot = 9;

// Arrows.
// Boxes in adjacent lanes get a straight vertical arrow when they overlap by at
// least this much: room for the arrow clear of both boxes' rounded corners.
inline constexpr double straight_overlap_min = 24;
// Between parallel arrows joining the same two neighbours in a lane.
inline constexpr double parallel_arrow_gap = 8;
// Between two ports on one side of a box: arrowheads side by side stay apart.
inline constexpr double port_gap = 10;
// Ports keep this far from a box's corners (rounded there), and further from the
// top-left corner when the moment-of-truth star sits on it.
inline constexpr double port_inset = 8;
inline constexpr double port_inset_star = 16;
// A self-loop leaves and enters the box's top this far either side of its
// centre and rises this high above it.
inline constexpr double self_loop_half_width = 8;
inline constexpr double self_loop_height = 10;
// Two horizontal runs in one gutter share a track only if this far apart end to
// end, so they do not read as one line.
inline constexpr double gutter_track_clearance = 12;
// Channel runs are intervals of gutter indices: half a gutter means two runs that
// meet at one gutter never share a track.
inline constexpr double channel_track_clearance = 0.5;

// A flow's label: one line at most this wide, so a long label does not push
// the steps apart; set this far from its arrow, above or below the run.
inline constexpr double flow_label_max_width = 140;
inline constexpr double flow_label_offset = 9;
// Around a label drawn between two neighbours in a cell: the arrowhead and air.
inline constexpr double flow_label_padding = 16;

inline double line_height(double size) { return size * 1.3; }

} // namespace bp::layout::metrics
