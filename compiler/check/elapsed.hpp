#pragma once
// Elapsed time (language v2, section 3): the longest chain, through flows, of
// `takes` and expected waits across every lane — the critical path. Parallel
// work is not added twice (two flows out of a step start two chains, and only
// the longer counts), and the customer's wait for backstage work is (a chain
// through the kitchen back to the table is longer than the table's own steps).
// The branches of a decision are alternatives, and the longest is the worst case.
//
// Flows that lead back to a step already on the chain (a retry) are not
// followed: a depth-first order over the steps, in the order written, decides
// which flows lead back, so the result is the same on every run.

#include "compiler/model/blueprint.hpp"
#include "compiler/model/journey.hpp"

#include <optional>
#include <vector>

namespace bp::check {

using model::Index;

struct Elapsed {
  double seconds = 0;
  std::vector<Index> path; // the critical path's steps, in order
};

class ElapsedTime {
public:
  // Over the steps of one persona's journey (`in_journey`), along the declared
  // flows and the journey's own edges.
  ElapsedTime(const model::Blueprint& blueprint, const model::Journey& journey, const std::vector<bool>& in_journey);

  // From the journey's first customer step to its last or to an `end`.
  Elapsed of_journey() const;
  // Within one stage: the longest chain of its steps.
  Elapsed of_stage(Index stage) const;

private:
  Elapsed longest(const std::vector<bool>& allowed, std::optional<Index> start, bool to_terminal) const;

  const model::Blueprint& b_;
  const model::Journey& journey_;
  const std::vector<bool>& in_journey_;
  std::vector<std::vector<Index>> next_; // per step, the steps after it, back edges left out
  std::vector<Index> order_;             // a topological order of the steps
};

} // namespace bp::check
