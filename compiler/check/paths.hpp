#pragma once
// The paths of the customer journey (language v2, section 1): every way from the
// first customer step to the last or to an `end`, through the branches of the
// decisions (model/journey.hpp), with the customer-visible time of each stage on
// each path. A stage's budget is checked on its worst path; the expected time
// weighs the paths by their branches' shares.
//
// On a path count its customer steps and decisions, and the staff and system
// steps that serve them: a step joined by flows (through other staff and system
// steps) to a step of the path or to a branch the path takes, or joined to no
// journey step at all. A step that serves only the branches not taken does not
// count; one that a branch leads into but that also meets a step every path
// reaches (the partial refund agreed at the refund) counts on every path.
// Without decisions there is one path and every step counts: v1's sums.
//
// Paths are enumerated depth-first, at most `max_paths`; past that (a
// combinatorial explosion: twenty decisions in a row) the analysis is
// `truncated` and each stage's worst time is v1's sum of all its steps, an upper
// bound of every path's.

#include "compiler/check/elapsed.hpp"
#include "compiler/model/blueprint.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace bp::check {

using model::Index;

struct PathTime {
  double takes_seconds = 0;   // takes of counted customer and frontstage steps
  double waiting_seconds = 0; // expected waits of counted steps
  double visible_seconds() const { return takes_seconds + waiting_seconds; }
};

struct Path {
  std::vector<Index> steps;     // the journey's steps in order
  std::vector<Index> branches;  // the flows of the branches taken
  double probability = 1;       // the product of the branches' shares
  bool complete = false;        // ends at the last customer step or an `end`; else a dead end
  std::vector<PathTime> stages; // per stage
  double seconds() const;
};

struct PathAnalysis {
  std::optional<Index> persona;
  std::vector<Path> paths; // complete paths and dead ends, depth-first in the order written
  bool truncated = false;
  std::vector<PathTime> worst;                        // per stage, the worst over complete paths
  std::vector<std::optional<std::size_t>> worst_path; // per stage, the path that has it
  double worst_seconds = 0;                           // the slowest complete path
  double expected_seconds = 0;                        // over complete paths, weighed by their probability
  Elapsed critical; // elapsed time from the first customer step to the last (check/elapsed.hpp)
  std::vector<std::optional<Elapsed>> stage_critical; // per stage with a `promise`
};

inline constexpr std::size_t max_paths = 1000;

// The paths of one persona's journey, or of every customer's when none is given.
PathAnalysis analyze_paths(const model::Blueprint& blueprint, std::optional<Index> persona = std::nullopt);

// One analysis per persona, or one for every customer when there are none; with
// personas, one for every customer as well (last) when no persona's journey runs
// from the service's first customer step to its last.
std::vector<PathAnalysis> analyze_journeys(const model::Blueprint& blueprint);

// How often the decision's branch `flow` is taken, from 0 to 1: its share, or
// an even part of what the shares of its siblings leave.
double branch_probability(const model::Blueprint& blueprint, Index flow);

} // namespace bp::check
