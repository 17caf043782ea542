#pragma once
// What to fix first: the fail points ranked by risk priority number (a Pareto
// table), and grouped by cause (Chase & Stewart: the customer's errors call for
// other poka-yokes than the staff's). Evaluated once; every format reads it.

#include "compiler/model/blueprint.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace bp::checklist {

using model::Index;

struct FailRef {
  Index step;
  std::size_t fail; // index into the step's fail points
};

struct RiskRank {
  FailRef at;
  int rpn = 0;
  double cumulative = 0;  // the share of the total RPN up to and including this one, 0..1
  bool fix_first = false; // among those that carry the first 80% of the total
};

struct CauseGroup {
  std::optional<model::FailCause> cause; // empty: not given
  std::vector<FailRef> fails;
  std::size_t prevented = 0, recovered = 0;
};

struct RiskRanking {
  std::vector<RiskRank> ranked;   // highest RPN first; equal ones by severity, then as written
  std::vector<FailRef> unscored;  // without all three scores, as written
  std::vector<CauseGroup> causes; // customer, staff, system, partner, then not given; empty groups left out
};

// The share of the total risk the fix-first fail points carry.
inline constexpr double pareto_share = 0.8;

RiskRanking rank_risks(const model::Blueprint& blueprint);

} // namespace bp::checklist
