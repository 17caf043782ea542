#pragma once
// Customer-visible time: per stage, the `takes` of its customer and frontstage
// steps plus the expected waits, on the stage's worst path through the journey's
// decisions (check/paths.hpp; without decisions, every step of the stage); the
// journey total is the slowest path's. The checklist, the report and the
// editor's hover read it; the checks read the paths per persona.

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

struct PathAnalysis; // check/paths.hpp

TimeAnalysis analyze_time(const model::Blueprint& blueprint);
// The same, from paths already analysed (of every customer, or of one persona).
TimeAnalysis analyze_time(const model::Blueprint& blueprint, const PathAnalysis& paths);

// Whether `value` meets `target` (a duration target compares seconds).
bool meets_target(double value, const model::Target& target);

} // namespace bp::check
