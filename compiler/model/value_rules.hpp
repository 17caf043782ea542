#pragma once
// Range rules for values (BP004): durations, percentages, feelings, scores.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <optional>
#include <string_view>

namespace bp::model {

// Ten years: longer than any service step, short of absurd values.
inline constexpr double max_duration_seconds = 3650.0 * 86400.0;

// The value if it is within range; otherwise reports BP004 and returns nothing.
std::optional<double> checked_duration(const syntax::Quantity& q, diag::Diagnostics& out);
std::optional<double> checked_percent(const syntax::Quantity& q, diag::Diagnostics& out);
// A plain number (a target such as `>= 4.5`): any finite value.
std::optional<double> checked_number(const syntax::Quantity& q, diag::Diagnostics& out);
std::optional<int> checked_feeling(const syntax::Quantity& q, diag::Diagnostics& out);
// An FMEA score of `keyword` (severity, likelihood, detection): a whole number 1..10.
std::optional<int> checked_score(const syntax::Quantity& q, std::string_view keyword, diag::Diagnostics& out);

// Compact human form of a duration in seconds: 90 -> "1min30s", 5400 -> "1h30min".
std::string format_duration(double seconds);

} // namespace bp::model
