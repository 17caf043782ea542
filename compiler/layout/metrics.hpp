#pragma once
// Sizes of everything in the diagram, in points. One place to tune the look.

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
inline constexpr double tag_size = 7.5;
inline constexpr double flow_label_size = 8;
inline constexpr double line_label_size = 7.5;

inline constexpr double marker_diameter = 15;
inline constexpr double tag_height = 12;

inline double line_height(double size) { return size * 1.3; }

} // namespace bp::layout::metrics
