#include "compiler/check/run_checks.hpp"

#include "compiler/check/check_context.hpp"

namespace bp::check {

Findings find_all(const model::Blueprint& blueprint, const CheckSettings& settings) {
  Findings findings;
  const FlowIndex flows(blueprint);
  const std::vector<PathAnalysis> journeys = analyze_journeys(blueprint);
  const TimeAnalysis time = analyze_time(blueprint);
  const CheckContext context{blueprint, settings, flows, time, journeys, findings};
  check_interaction(context);
  check_failure(context);
  check_time(context);
  check_standards(context);
  check_structure(context);
  check_decisions(context);
  check_labels(context);
  return findings;
}

diag::Diagnostics run_checks(const model::Blueprint& blueprint, const LevelOptions& options,
                             const CheckSettings& settings) {
  return apply_levels(blueprint, find_all(blueprint, settings), options);
}

} // namespace bp::check
