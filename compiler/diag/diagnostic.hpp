#pragma once
// A diagnostic is a value: every stage appends them, printers turn them into text.

#include "compiler/source/span.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bp::diag {

using source::Span;

enum class Severity { error, warning, note };

std::string_view to_string(Severity severity);

struct Related {
  Span span;
  std::string message;
};

struct Diagnostic {
  std::string_view code; // "BP003"; points into the check table
  Severity severity = Severity::error;
  Span span;
  std::string message; // lowercase, no final period, ids in backticks
  std::vector<Related> related;
  std::string hint; // how to fix it; empty when there is nothing to add
  // Text to put in place of the span that fixes it (BP003's closest id), for
  // editors' quick fixes; empty when there is none.
  std::string replacement{};
};

using Diagnostics = std::vector<Diagnostic>;

// The check's name for a code ("unknown-reference" for "BP003").
std::string_view name_of(std::string_view code);

// Sorted by position, then code: the order every printer uses.
void sort_by_position(Diagnostics& diagnostics);

struct Counts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
};
Counts count(const Diagnostics& diagnostics);

} // namespace bp::diag
