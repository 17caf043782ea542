#pragma once
// Customer-visible time: per stage, the `takes` of its customer and frontstage
// steps plus the expected waits; the journey total is their sum. BP205, BP206 and
// BP305 read it, and so do the checklist and the report.

#include "compiler/model/blueprint.hpp"

#include <optional>
#include <vector>

namespace bp::check {

struct StageTime {
  double visible_seconds = 0;   // takes of customer + frontstage steps, plus expected waits
  double takes_seconds = 0;     // the `takes` part
  double waiting_seconds = 0;   // the expected-wait part
  std::optional<double> budget; // seconds
  bool over_budget() const { return budget && visible_seconds > *budget; }
};

struct TimeAnalysis {
  std::vector<StageTime> stages; // parallel to blueprint.stages
  double journey_seconds = 0;
};

TimeAnalysis analyze_time(const model::Blueprint& blueprint);

// Whether `value` meets `target` (a duration target compares seconds).
bool meets_target(double value, const model::Target& target);

} // namespace bp::check
