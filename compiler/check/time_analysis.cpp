#include "compiler/check/time_analysis.hpp"

namespace bp::check {

TimeAnalysis analyze_time(const model::Blueprint& b) {
  TimeAnalysis analysis;
  analysis.stages.resize(b.stages.size());
  for (std::size_t s = 0; s < b.stages.size(); ++s) {
    StageTime& time = analysis.stages[s];
    if (b.stages[s].budget) time.budget = b.stages[s].budget->value;
    for (model::Index i : b.stages[s].steps) {
      const model::Step& step = b.steps[i];
      const bool visible = step.lane == model::Lane::customer || step.lane == model::Lane::frontstage;
      if (visible && step.takes) time.takes_seconds += step.takes->value;
      for (const model::WaitPoint& wait : step.wait_points) {
        if (wait.expected) time.waiting_seconds += wait.expected->value;
      }
    }
    time.visible_seconds = time.takes_seconds + time.waiting_seconds;
    analysis.journey_seconds += time.visible_seconds;
  }
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
