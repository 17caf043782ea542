#pragma once
// The grid in index space (visible stages and lanes, steps per cell, box sizes)
// and, once the router has counted its tracks, in coordinates. Internal to layout.

#include "compiler/layout/layout.hpp"

#include <vector>

namespace bp::layout {

// A row: one of the five lanes, or an information lane.
struct GridRow {
  model::Lane lane = model::Lane::customer; // when info_lane is empty
  std::optional<Index> info_lane;
};

struct Grid {
  std::vector<Index> stages;         // visible stages, in order
  std::vector<GridRow> lanes;        // visible lanes, top to bottom
  std::vector<int> column_of_stage;  // model stage -> column, or -1
  std::vector<int> row_of_lane;      // lane -> row, or -1
  std::vector<int> row_of_info_lane; // information lane -> row, or -1
  std::vector<ItemBox> items;        // sized; box.x is the offset within the column until placed
  std::vector<int> item_column, item_row;
  std::vector<int> box_of_step; // model step -> index into boxes, or -1
  std::vector<StepBox> boxes;   // sized; box.x is the offset within the column until placed
  std::vector<int> box_column, box_row;
  std::vector<int> box_rank; // position in its row, left to right across columns
  std::vector<double> column_width;

  // Filled by place(): coordinates.
  std::vector<double> column_x, channel_x, channel_width;
  std::vector<double> row_y, row_height, gutter_y, gutter_height;

  std::size_t columns() const { return stages.size(); }
  std::size_t rows() const { return lanes.size(); }

  // An x position comparable across columns before coordinates exist.
  static constexpr double column_stride = 1e7;
  double key(int column, double offset) const { return column * column_stride + offset; }
  double channel_key(int channel) const { return channel * column_stride - 1; }
};

// Track counts the router needs; they size the gutters and channels.
struct TrackCounts {
  std::vector<int> gutter;  // per gutter (rows + 1)
  std::vector<int> channel; // per channel (columns + 1)
};

class RoutePlan;

} // namespace bp::layout
