#include "compiler/diag/report.hpp"

#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::diag {

const source::SourceFile& FileReport::file_at(std::size_t offset) const {
  if (source->contains(offset)) return *source;
  for (const auto& file : imported) {
    if (file->contains(offset)) return *file;
  }
  return *source;
}

Counts count(const std::vector<FileReport>& reports) {
  Counts total;
  for (const FileReport& report : reports) {
    const Counts c = count(report.diagnostics);
    total.errors += c.errors;
    total.warnings += c.warnings;
    total.notes += c.notes;
  }
  return total;
}

std::string summary_line(const Counts& c) {
  namespace msg = wording::msg;
  const auto count = [](std::size_t n, const wording::Message& one, const wording::Message& other) {
    return wording::format(n == 1 ? one : other, fmt::arg("n", n));
  };
  return wording::format(msg::diag_summary,
                         fmt::arg("errors", count(c.errors, msg::diag_errors_one, msg::diag_errors_other)),
                         fmt::arg("warnings", count(c.warnings, msg::diag_warnings_one, msg::diag_warnings_other)),
                         fmt::arg("notes", count(c.notes, msg::diag_notes_one, msg::diag_notes_other)));
}

} // namespace bp::diag
