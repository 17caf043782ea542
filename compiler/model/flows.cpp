#include "compiler/model/flows.hpp"

#include "compiler/model/symbols.hpp"

#include <algorithm>

namespace bp::model::building {

void build_flow(BuilderState& state, const syntax::Flow& f) {
  Blueprint& bp = state.blueprint;
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
}

void add_journey(BuilderState& state) {
  Blueprint& bp = state.blueprint;
  std::unordered_map<std::uint64_t, bool> joined;
  auto key = [](Index a, Index b) { return (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b); };
  for (const Flow& flow : bp.flows)
    joined[key(flow.from, flow.to)] = true;
  std::optional<Index> previous;
  for (Index i = 0; i < bp.steps.size(); ++i) {
    if (bp.steps[i].lane != Lane::customer) continue;
    if (previous && !joined.count(key(*previous, i))) {
      Flow flow;
      flow.from = *previous;
      flow.to = i;
      flow.arrow = Arrow::journey;
      flow.span = bp.steps[i].id_span;
      flow.from_span = bp.steps[*previous].id_span;
      flow.to_span = bp.steps[i].id_span;
      bp.flows.push_back(std::move(flow));
    }
    previous = i;
  }
}

} // namespace bp::model::building
