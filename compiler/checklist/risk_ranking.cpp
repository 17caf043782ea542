#include "compiler/checklist/risk_ranking.hpp"

#include "compiler/model/risk.hpp"

#include <algorithm>

namespace bp::checklist {

namespace {

const model::FailPoint& fail_of(const model::Blueprint& b, const FailRef& r) {
  return b.steps[r.step].fail_points[r.fail];
}

std::vector<CauseGroup> group_by_cause(const model::Blueprint& b) {
  constexpr auto causes = model::all_causes;
  constexpr std::size_t not_given = causes.size(); // the last group
  std::vector<CauseGroup> groups(not_given + 1);
  for (std::size_t g = 0; g < not_given; ++g)
    groups[g].cause = causes.items[g];
  for (Index i = 0; i < b.steps.size(); ++i) {
    for (std::size_t f = 0; f < b.steps[i].fail_points.size(); ++f) {
      const model::FailPoint& fail = b.steps[i].fail_points[f];
      CauseGroup& group = groups[fail.cause ? static_cast<std::size_t>(fail.cause->value) : not_given];
      group.fails.push_back({i, f});
      group.prevented += fail.prevent ? 1 : 0;
      group.recovered += fail.recovery ? 1 : 0;
    }
  }
  std::erase_if(groups, [](const CauseGroup& g) { return g.fails.empty(); });
  return groups;
}

} // namespace

RiskRanking rank_risks(const model::Blueprint& b) {
  RiskRanking out;
  for (Index i = 0; i < b.steps.size(); ++i) {
    for (std::size_t f = 0; f < b.steps[i].fail_points.size(); ++f) {
      if (const std::optional<int> rpn = model::rpn(b.steps[i].fail_points[f]))
        out.ranked.push_back({{i, f}, *rpn});
      else
        out.unscored.push_back({i, f});
    }
  }
  std::stable_sort(out.ranked.begin(), out.ranked.end(), [&](const RiskRank& x, const RiskRank& y) {
    if (x.rpn != y.rpn) return x.rpn > y.rpn;
    return fail_of(b, x.at).severity_score->value > fail_of(b, y.at).severity_score->value;
  });
  double total = 0;
  for (const RiskRank& r : out.ranked)
    total += r.rpn;
  double before = 0;
  for (RiskRank& r : out.ranked) {
    r.fix_first = before < pareto_share * total;
    before += r.rpn;
    r.cumulative = total > 0 ? before / total : 0;
  }
  out.causes = group_by_cause(b);
  return out;
}

} // namespace bp::checklist
