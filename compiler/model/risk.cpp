#include "compiler/model/risk.hpp"

namespace bp::model {

int severity_score(FailSeverity severity) {
  switch (severity) {
  case FailSeverity::low: return 3;
  case FailSeverity::medium: return 6;
  case FailSeverity::high: return 9;
  }
  return 9;
}

std::optional<int> rpn(const FailPoint& fail) {
  if (!fail.severity_score || !fail.likelihood || !fail.detection) return std::nullopt;
  return fail.severity_score->value * fail.likelihood->value * fail.detection->value;
}

bool uses_fail_point_depth(const Blueprint& blueprint) {
  for (const Step& step : blueprint.steps) {
    for (const FailPoint& f : step.fail_points) {
      const bool numeric_severity = f.severity_score && !f.severity;
      if (f.cause || f.prevent || f.level || f.likelihood || f.detection || numeric_severity) return true;
    }
  }
  return false;
}

} // namespace bp::model
