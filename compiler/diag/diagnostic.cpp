#include "compiler/diag/diagnostic.hpp"

#include "compiler/diag/check_table.hpp"

#include <algorithm>
#include <tuple>

namespace bp::diag {

std::string_view to_string(Severity severity) {
  switch (severity) {
  case Severity::error: return "error";
  case Severity::warning: return "warning";
  case Severity::note: return "note";
  }
  return "error";
}

std::string_view name_of(std::string_view code) {
  const CheckInfo* check = find_check(code);
  return check ? check->name : std::string_view{};
}

void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.begin, a.code) < std::tie(b.span.begin, b.code);
  });
}

Counts count(const Diagnostics& diagnostics) {
  Counts counts;
  for (const Diagnostic& d : diagnostics) {
    switch (d.severity) {
    case Severity::error: ++counts.errors; break;
    case Severity::warning: ++counts.warnings; break;
    case Severity::note: ++counts.notes; break;
    }
  }
  return counts;
}

} // namespace bp::diag
