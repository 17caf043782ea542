// BP404-BP407: decisions and the paths through them (language v2, section 1).

#include "compiler/check/check_context.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace bp::check {

namespace msg = wording::msg;
using fmt::arg;

namespace {

// A decision's branches: the flows that move the customer out of it.
std::vector<Index> branches_of(const model::Blueprint& b, Index decision) {
  std::vector<Index> out;
  for (Index f = 0; f < b.flows.size(); ++f) {
    const model::Flow& flow = b.flows[f];
    if (flow.from == decision && flow.arrow != model::Arrow::journey && flow.arrow != model::Arrow::information)
      out.push_back(f);
  }
  return out;
}

std::string percent(double value) { return fmt::format("{:g}%", value); }

void check_branches(const CheckContext& c, Index d) {
  const model::Blueprint& b = c.blueprint;
  const model::Step& step = b.steps[d];
  const std::vector<Index> branches = branches_of(b, d);
  if (branches.size() < 2) {
    c.out.push_back(
        finding(diag::checks::decision_without_branches, *step.decision,
                wording::format(branches.empty() ? msg::diag_decision_without_branches : msg::diag_decision_one_branch,
                                arg("step", step.id)),
                {{d}, {}, {}})
            .with_hint(wording::format(msg::diag_decision_without_branches_hint)));
    return;
  }
  double total = 0;
  std::size_t shared = 0;
  for (Index f : branches) {
    const model::Flow& flow = b.flows[f];
    if (!flow.label) {
      c.out.push_back(
          finding(diag::checks::unlabelled_branch, flow.span,
                  wording::format(msg::diag_unlabelled_branch, arg("step", step.id), arg("to", b.steps[flow.to].id)),
                  {{d, flow.to}, {}, {}})
              .with_hint(wording::format(msg::diag_unlabelled_branch_hint)));
    }
    if (flow.share) total += flow.share->value, ++shared;
  }
  // Shares given for every branch add up to 100%; given for some, to at most 100%.
  const bool all = shared == branches.size();
  const bool wrong = shared > 0 && (all ? std::abs(total - 100) > 1e-9 : total > 100 + 1e-9);
  if (!wrong) return;
  c.out.push_back(finding(diag::checks::shares_not_whole, *step.decision,
                          wording::format(all ? msg::diag_shares_not_whole : msg::diag_shares_over_whole,
                                          arg("step", step.id), arg("total", percent(total))),
                          {{d}, {}, {}})
                      .with_hint(wording::format(msg::diag_shares_not_whole_hint)));
}

// A path that stops where the journey neither goes on nor ends, once per step.
void check_dead_ends(const CheckContext& c) {
  const model::Blueprint& b = c.blueprint;
  std::set<Index> reported;
  for (const PathAnalysis& journey : c.journeys) {
    for (const Path& path : journey.paths) {
      if (path.complete || path.steps.empty() || !reported.insert(path.steps.back()).second) continue;
      const Index at = path.steps.back();
      const model::Step& step = b.steps[at];
      c.out.push_back(finding(diag::checks::dead_end_path, step.id_span,
                              wording::format(msg::diag_dead_end_path, arg("step", step.id)), {{at}, {}, {}})
                          .with_hint(wording::format(msg::diag_dead_end_path_hint, arg("step", step.id))));
    }
  }
}

} // namespace

void check_decisions(const CheckContext& c) {
  for (Index i = 0; i < c.blueprint.steps.size(); ++i) {
    if (c.blueprint.steps[i].decision) check_branches(c, i);
  }
  check_dead_ends(c);
}

} // namespace bp::check
