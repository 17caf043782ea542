#pragma once
// The checklist as one table, for the spreadsheet formats (CSV and xlsx): a row
// per item to verify, in the checklist's order, each column with one meaning.
// `status` is the design's verdict on the item (what it lacks or breaks, or
// that it is fine); `audit` and `notes` are left for the person on site.

#include "compiler/checklist/checklist.hpp"

#include <array>
#include <string>
#include <vector>

namespace bp::checklist {

enum class Column { stage, section, step, item, detail, target, owner, category, status, location, audit, notes };
inline constexpr std::size_t column_count = 12;

struct Row {
  std::array<std::string, column_count> cells;
  // The status names something the design lacks or breaks (no recovery, over
  // budget, a gap, an open finding): the spreadsheet marks it.
  bool gap = false;

  std::string& operator[](Column c) { return cells[static_cast<std::size_t>(c)]; }
  const std::string& operator[](Column c) const { return cells[static_cast<std::size_t>(c)]; }
};

// The header row's words, in column order.
std::array<std::string, column_count> column_names();
// What the auditor picks in the `audit` column: done, not met, n.a.
std::vector<std::string> audit_choices();

std::vector<Row> rows_of(const Checklist& checklist);

} // namespace bp::checklist
