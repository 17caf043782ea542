#pragma once
// What every check family receives: the model, the flows per step, the time
// analysis, and where to put findings.

#include "compiler/check/finding.hpp"
#include "compiler/check/flow_index.hpp"
#include "compiler/check/paths.hpp"
#include "compiler/check/settings.hpp"
#include "compiler/check/time_analysis.hpp"

namespace bp::check {

struct CheckContext {
  const model::Blueprint& blueprint;
  const CheckSettings& settings;
  const FlowIndex& flows;
  const TimeAnalysis& time;
  const std::vector<PathAnalysis>& journeys; // one per persona, or one for every customer
  Findings& out;

  const model::Step& step(Index i) const { return blueprint.steps[i]; }
  const model::Step& other_end(const model::Flow& f, Index me) const { return step(f.from == me ? f.to : f.from); }
};

void check_interaction(const CheckContext& context); // BP101-BP106
void channel_switches(const CheckContext& context);  // BP106
void check_failure(const CheckContext& context);     // BP201-BP204, BP208
void check_time(const CheckContext& context);        // BP205-BP206
void check_standards(const CheckContext& context);   // BP301-BP305
void check_structure(const CheckContext& context);   // BP401-BP403
void check_decisions(const CheckContext& context);   // BP404-BP407
void check_labels(const CheckContext& context);      // BP408

} // namespace bp::check
