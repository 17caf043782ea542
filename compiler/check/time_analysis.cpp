#include "compiler/check/time_analysis.hpp"

#include "compiler/check/paths.hpp"

namespace bp::check {

TimeAnalysis analyze_time(const model::Blueprint& b) { return analyze_time(b, analyze_paths(b)); }

TimeAnalysis analyze_time(const model::Blueprint& b, const PathAnalysis& paths) {
  TimeAnalysis analysis;
  analysis.stages.resize(b.stages.size());
  for (std::size_t s = 0; s < b.stages.size(); ++s) {
    StageTime& time = analysis.stages[s];
    if (b.stages[s].budget) time.budget = b.stages[s].budget->value;
    time.takes_seconds = paths.worst[s].takes_seconds;
    time.waiting_seconds = paths.worst[s].waiting_seconds;
    time.visible_seconds = time.takes_seconds + time.waiting_seconds;
  }
  analysis.journey_seconds = paths.worst_seconds;
  return analysis;
}

bool meets_target(double value, const model::Target& target) {
  switch (target.comparator) {
  case model::Comparator::at_most: return value <= target.value;
  case model::Comparator::below: return value < target.value;
  case model::Comparator::at_least: return value >= target.value;
  case model::Comparator::above: return value > target.value;
  case model::Comparator::equal: return value == target.value;
  }
  return true;
}

} // namespace bp::check
