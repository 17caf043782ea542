// BP106: a journey that changes channel with nothing carrying the customer's
// data across (language v2, section 2).

#include "compiler/check/check_context.hpp"
#include "compiler/model/journey.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <deque>
#include <set>

namespace bp::check {

namespace msg = wording::msg;
using fmt::arg;

namespace {

// The steps reached from `start` along declared flows, in their direction.
std::vector<bool> reached_from(const model::Blueprint& b, const std::vector<std::vector<Index>>& out, Index start) {
  std::vector<bool> seen(b.steps.size(), false);
  std::deque<Index> queue{start};
  seen[start] = true;
  while (!queue.empty()) {
    const Index step = queue.front();
    queue.pop_front();
    for (Index to : out[step]) {
      if (!seen[to]) seen[to] = true, queue.push_back(to);
    }
  }
  return seen;
}

// Whether an information flow carries what `from` left behind to where `to` is
// served: a `~>` whose source `from` leads to and whose target leads to `to`
// or is joined to it by a flow.
bool carried(const model::Blueprint& b, const std::vector<std::vector<Index>>& out, Index from, Index to) {
  const std::vector<bool> after_from = reached_from(b, out, from);
  for (const model::Flow& f : b.flows) {
    if (f.arrow != model::Arrow::information || !after_from[f.from]) continue;
    if (reached_from(b, out, f.to)[to]) return true;
    for (const model::Flow& g : b.flows) {
      if ((g.from == f.to && g.to == to) || (g.to == f.to && g.from == to)) return true;
    }
  }
  return false;
}

} // namespace

void channel_switches(const CheckContext& c) {
  const model::Blueprint& b = c.blueprint;
  if (b.channels.empty()) return;
  std::vector<std::vector<Index>> out(b.steps.size());
  for (const model::Flow& f : b.flows) {
    if (f.arrow != model::Arrow::journey) out[f.from].push_back(f.to);
  }
  std::set<std::pair<Index, Index>> seen;
  for (const PathAnalysis& journey_paths : c.journeys) {
    const model::Journey journey = model::journey_of(b, journey_paths.persona);
    for (Index from = 0; from < b.steps.size(); ++from) {
      for (const model::JourneyEdge& edge : journey.next[from]) {
        const model::Step& a = b.steps[from];
        const model::Step& z = b.steps[edge.to];
        if (!a.channel || !z.channel || a.channel->value == z.channel->value) continue;
        if (!seen.insert({from, edge.to}).second || carried(b, out, from, edge.to)) continue;
        c.out.push_back(
            finding(diag::checks::channel_switch_without_data, z.channel->span,
                    wording::format(msg::diag_channel_switch, arg("from", a.id), arg("to", z.id),
                                    arg("from_channel", b.channels[a.channel->value].id),
                                    arg("to_channel", b.channels[z.channel->value].id)),
                    {{from, edge.to}, {}, {}})
                .with_hint(wording::format(msg::diag_channel_switch_hint, arg("from", a.id), arg("to", z.id))));
      }
    }
  }
}

} // namespace bp::check
