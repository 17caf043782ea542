#include "compiler/model/flows.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/model/journey.hpp"
#include "compiler/model/symbols.hpp"
#include "compiler/model/value_rules.hpp"

#include <algorithm>

namespace bp::model::building {

namespace {

namespace msg = wording::msg;

// A flow's `share` belongs to its branch: the one link of `links` (the flow's,
// just added) that leaves a decision.
void attach_share(BuilderState& state, const syntax::Quantity& share, std::size_t first_link) {
  Blueprint& bp = state.blueprint;
  const std::optional<double> value = checked_percent(share, state.out);
  std::vector<std::size_t> branches;
  for (std::size_t i = first_link; i < bp.flows.size(); ++i) {
    if (bp.steps[bp.flows[i].from].decision) branches.push_back(i);
  }
  if (branches.size() == 1) {
    if (value) bp.flows[branches[0]].share = Located<double>{*value, share.span};
    return;
  }
  const bool none = branches.empty();
  state.report(
      diag::error(diag::checks::invalid_value, share.span,
                  wording::format(none ? msg::diag_share_off_branch : msg::diag_share_many_branches))
          .with_hint(wording::format(none ? msg::diag_share_off_branch_hint : msg::diag_share_many_branches_hint)));
}

} // namespace

void build_flow(BuilderState& state, const syntax::Flow& f) {
  Blueprint& bp = state.blueprint;
  const std::size_t first_link = bp.flows.size();
  std::vector<std::optional<Located<Index>>> ends;
  for (const syntax::Word& end : f.ends)
    ends.push_back(resolve(state, end, SymbolKind::step));
  for (std::size_t i = 0; i + 1 < ends.size() && i < f.arrows.size(); ++i) {
    const auto& from = ends[i];
    const auto& to = ends[i + 1];
    if (!from || !to) continue;
    const std::string& a = f.arrows[i].text;
    Flow flow;
    flow.from = from->value;
    flow.to = to->value;
    flow.arrow = grammar::value_of<Arrow>(a, Arrow::interaction);
    if (f.label) flow.label = f.label->value;
    flow.crosses = lines_between(bp.steps[flow.from].lane, bp.steps[flow.to].lane);
    flow.span = f.arrows[i].span;
    flow.from_span = from->span;
    flow.to_span = to->span;
    bp.flows.push_back(std::move(flow));
  }
  // A flow that lost a link to an unknown id has been reported already.
  if (f.share && bp.flows.size() > first_link) attach_share(state, *f.share, first_link);
}

void add_journey(BuilderState& state) {
  Blueprint& bp = state.blueprint;
  std::unordered_map<std::uint64_t, bool> joined;
  auto key = [](Index a, Index b) { return (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b); };
  for (const Flow& flow : bp.flows)
    joined[key(flow.from, flow.to)] = true;
  // The journey's steps in order, from one customer step to the next: v1's whole
  // journey, and v2's between its decisions and merges (model/journey.hpp).
  const Journey journey = journey_of(bp);
  for (Index from = 0; from < bp.steps.size(); ++from) {
    for (const JourneyEdge& edge : journey.next[from]) {
      // The journey's arrows join customer steps; a staff decision it passes
      // through is drawn by that decision's own flows.
      if (edge.by_flow || joined.count(key(from, edge.to)) || bp.steps[edge.to].lane != Lane::customer) continue;
      Flow flow;
      flow.from = from;
      flow.to = edge.to;
      flow.arrow = Arrow::journey;
      flow.span = bp.steps[edge.to].id_span;
      flow.from_span = bp.steps[from].id_span;
      flow.to_span = bp.steps[edge.to].id_span;
      bp.flows.push_back(std::move(flow));
    }
  }
}

} // namespace bp::model::building
