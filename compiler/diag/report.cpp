#include "compiler/diag/report.hpp"

#include <fmt/format.h>

namespace bp::diag {

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
  auto plural = [](std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  return fmt::format("{}, {}, {}", plural(c.errors, "error"), plural(c.warnings, "warning"), plural(c.notes, "note"));
}

} // namespace bp::diag
