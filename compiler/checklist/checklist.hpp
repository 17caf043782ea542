#pragma once
// The standards checklist: what a person must verify, stage by stage, evaluated
// once from the model and the findings; one writer per format reads it.

#include "compiler/check/checked_blueprint.hpp"
#include "compiler/check/paths.hpp"
#include "compiler/check/time_analysis.hpp"
#include "compiler/checklist/risk_ranking.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/model/describe.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bp::checklist {

using model::Index;

// A standard as met in one stage, with the steps of that stage that meet it.
struct StandardCheck {
  Index standard;
  std::vector<Index> steps;
};

struct MomentCheck {
  Index step;
  std::vector<Index> standards; // empty: the moment has no standard (flagged)
};

using FailCheck = FailRef;

struct WaitCheck {
  Index step;
  std::size_t wait;
  bool over_tolerance = false;
};

// A channel the stage's contacts go through (`via`), with those contacts.
struct ChannelUse {
  Index channel;
  std::vector<Index> steps;
};

struct StageChecks {
  Index stage;
  std::vector<StandardCheck> standards;
  std::vector<MomentCheck> moments;
  std::vector<FailCheck> fails;
  std::vector<WaitCheck> waits;
  std::vector<ChannelUse> channels; // in the order first used
  check::StageTime time;
};

struct DimensionCoverage {
  model::Dimension dimension;
  std::vector<Index> standards; // empty: a gap
};

struct Finding {
  diag::Diagnostic diagnostic;
  std::string file; // the blueprint's, or the library's that declares what it is about
  source::Location location;
};

struct Checklist {
  const model::Blueprint* blueprint = nullptr;
  std::string file;
  std::vector<StageChecks> stages;
  std::vector<DimensionCoverage> servqual;
  std::vector<Index> standards_without_dimension;
  std::vector<Finding> findings; // open warnings and notes
  double journey_seconds = 0;
  // The journey's paths per persona (check/paths.hpp), for blueprints that use
  // decisions, `end`, personas or promises; empty for the others, whose single
  // path adds nothing to the stages' times.
  std::vector<check::PathAnalysis> journeys;
  // The emotion curve: the customer steps with a `feeling`, in the order
  // written, and the lowest of them when it is below zero (the first, on a tie).
  std::vector<Index> feelings;
  std::optional<Index> lowest_feeling;
  // For blueprints that say more of their fail points than v1 could (a cause,
  // a prevention, scores...): the ranking by risk and the causes.
  std::optional<RiskRanking> risks;
  // The steps with pain points or ideas, in the order written.
  std::vector<Index> workshop_steps;
};

// Whether the blueprint uses what makes its journey more than one line of steps.
bool has_journeys(const model::Blueprint& blueprint);

// The blueprint must have no errors.
Checklist evaluate(const check::CheckedBlueprint& checked);

// Shared wording, so every format says the same thing (with
// model::describe_target and model::describe_duration).
using model::describe_duration;
using model::describe_feeling;
using model::describe_target;
std::string time_verdict(const check::StageTime& time);
// "Customer-visible time 4min against a budget of 5min" or "... (no budget set)".
std::string time_item(const check::StageTime& time);
// A branch's or path's probability as a percentage: "70%".
std::string share_text(double probability);
// Whether any of the journey's paths passes through the stage.
bool stage_on_journey(const model::Blueprint& blueprint, const check::PathAnalysis& journey, Index stage);
// How often the path is taken among the journey's paths: the persona's paths
// can leave out branches into the other personas' steps.
double path_share(const check::PathAnalysis& journey, std::size_t path);
// The label of the branch the path takes out of `decision` (the branch's target
// id when it has none); nothing when the step is not a decision on the path.
std::optional<std::string> branch_taken(const model::Blueprint& blueprint, const check::Path& path, Index decision);
// "Severity 6 × likelihood 4 × detection 3 = RPN 72", or the scores given
// and that there is no RPN without all three.
std::string scores_text(const model::FailPoint& fail);
// A time as the documents show it, to the second.
std::string duration_text(double seconds);
// "kept", or "broken by 2h".
std::string promise_verdict(double elapsed_seconds, double promise_seconds);
// "within budget", or "over budget by 2min".
std::string budget_verdict(double seconds, double budget_seconds);

} // namespace bp::checklist
