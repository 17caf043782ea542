#include "compiler/checklist/rows.hpp"
#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"

namespace bp::checklist {

namespace {

template <typename Cells> void write_row(std::string& out, const Cells& cells) {
  bool first = true;
  for (const std::string& cell : cells) {
    if (!first) out += ',';
    out += escape::csv_field(cell);
    first = false;
  }
  out += "\r\n"; // RFC 4180
}

} // namespace

std::string write_csv(const Checklist& checklist, bool byte_order_mark) {
  std::string out = byte_order_mark ? "\xEF\xBB\xBF" : "";
  write_row(out, column_names());
  for (const Row& row : rows_of(checklist))
    write_row(out, row.cells);
  return out;
}

} // namespace bp::checklist
