#pragma once
// A diagnostic is a value: every stage appends them, printers turn them into text.

#include "compiler/diag/check_id.hpp"
#include "compiler/source/span.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp::diag {

using source::Span;

enum class Severity { error, warning, note };

std::string_view to_string(Severity severity);

struct Related {
  Span span;
  std::string message;
};

// Built with the named constructors below (`diag::error(checks::invalid_value,
// span, message).with_hint(...)`), never positionally.
struct Diagnostic {
  CheckId code; // a constant of diag::checks; reads as "BP003"
  Severity severity = Severity::error;
  Span span;
  std::string message; // lowercase, no final period, ids in backticks
  std::vector<Related> related;
  std::string hint; // how to fix it; empty when there is nothing to add
  // Text to put in place of the span that fixes it (BP003's closest id), for
  // editors' quick fixes; empty when there is none.
  std::string replacement{};

  [[nodiscard]] Diagnostic with_hint(std::string text) && {
    hint = std::move(text);
    return std::move(*this);
  }
  [[nodiscard]] Diagnostic with_related(Span at, std::string text) && {
    related.push_back({at, std::move(text)});
    return std::move(*this);
  }
  [[nodiscard]] Diagnostic with_replacement(std::string text) && {
    replacement = std::move(text);
    return std::move(*this);
  }
};

// A diagnostic of `check` at `severity`: what a check's finding becomes.
inline Diagnostic finding(CheckId check, Severity severity, Span span, std::string message) {
  return Diagnostic{check, severity, span, std::move(message), {}, {}};
}

// An error of `check`: what the parser and the model builder report.
inline Diagnostic error(CheckId check, Span span, std::string message) {
  return finding(check, Severity::error, span, std::move(message));
}

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
