#pragma once
// A fail point's risk as FMEA ranks it: the risk priority number, severity ×
// likelihood × detection, each scored 1 to 10. v1's severity words stand for
// 3, 6 and 9; without all three scores a fail point has no RPN and is not
// ranked by it.

#include "compiler/model/blueprint.hpp"

#include <optional>

namespace bp::model {

inline constexpr int min_score = 1;
inline constexpr int max_score = 10;
// The threshold of the check for an unmitigated risk (BP208) when none is set.
inline constexpr int default_rpn_threshold = 200;

// The score v1's word stands for.
int severity_score(FailSeverity severity);

inline std::optional<FailCause> cause_of(const FailPoint& fail) {
  return fail.cause ? std::optional(fail.cause->value) : std::nullopt;
}

// severity × likelihood × detection, when all three are given.
std::optional<int> rpn(const FailPoint& fail);

// Whether the blueprint says more of its fail points than v1 could (a cause, a
// prevention, a recovery level, a likelihood, a detection or a numeric
// severity): the outputs then show the ranking by risk and the causes.
bool uses_fail_point_depth(const Blueprint& blueprint);

} // namespace bp::model
