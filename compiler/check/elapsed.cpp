#include "compiler/check/elapsed.hpp"

#include <algorithm>
#include <limits>

namespace bp::check {

namespace {

double weight(const model::Step& step) {
  double seconds = step.takes ? step.takes->value : 0;
  for (const model::WaitPoint& wait : step.wait_points) {
    if (wait.expected) seconds += wait.expected->value;
  }
  return seconds;
}

void add_unique(std::vector<Index>& into, Index step) {
  if (std::find(into.begin(), into.end(), step) == into.end()) into.push_back(step);
}

} // namespace

ElapsedTime::ElapsedTime(const model::Blueprint& b, const model::Journey& journey, const std::vector<bool>& in_journey)
    : b_(b), journey_(journey), in_journey_(in_journey) {
  const std::size_t n = b.steps.size();
  std::vector<std::vector<Index>> all(n);
  for (const model::Flow& f : b.flows) {
    // The journey's arrows are the whole customer's; a persona's are its journey's edges.
    if (f.arrow != model::Arrow::journey && in_journey[f.from] && in_journey[f.to]) add_unique(all[f.from], f.to);
  }
  for (Index i = 0; i < n; ++i) {
    for (const model::JourneyEdge& e : journey.next[i])
      add_unique(all[i], e.to);
  }
  // Depth-first, iteratively: a flow to a step still open is a back edge.
  enum : char { unseen, open, done };
  std::vector<char> state(n, unseen);
  next_.assign(n, {});
  std::vector<Index> finished;
  for (Index root = 0; root < n; ++root) {
    if (state[root] != unseen) continue;
    std::vector<std::pair<Index, std::size_t>> stack{{root, 0}};
    state[root] = open;
    while (!stack.empty()) {
      auto& [step, edge] = stack.back();
      if (edge == all[step].size()) {
        state[step] = done;
        finished.push_back(step);
        stack.pop_back();
        continue;
      }
      const Index to = all[step][edge++];
      if (state[to] == open) continue; // leads back: not followed
      next_[step].push_back(to);
      if (state[to] == unseen) {
        state[to] = open;
        stack.push_back({to, 0});
      }
    }
  }
  order_.assign(finished.rbegin(), finished.rend());
}

Elapsed ElapsedTime::longest(const std::vector<bool>& allowed, std::optional<Index> start, bool to_terminal) const {
  constexpr double none = -std::numeric_limits<double>::infinity();
  const std::size_t n = b_.steps.size();
  std::vector<double> best(n, none);
  std::vector<std::optional<Index>> before(n);
  for (Index i : order_) {
    if (!allowed[i]) continue;
    if (!start || i == *start) best[i] = std::max(best[i], weight(b_.steps[i]));
    if (best[i] == none) continue;
    for (Index to : next_[i]) {
      if (!allowed[to]) continue;
      const double through = best[i] + weight(b_.steps[to]);
      if (through > best[to]) best[to] = through, before[to] = i;
    }
  }
  std::optional<Index> end;
  for (Index i = 0; i < n; ++i) {
    if (best[i] == none) continue;
    const bool ends = !to_terminal || (b_.steps[i].lane == model::Lane::customer && journey_.is_terminal(i, b_));
    if (ends && (!end || best[i] > best[*end])) end = i;
  }
  Elapsed out;
  if (!end) return out;
  out.seconds = best[*end];
  for (std::optional<Index> at = end; at; at = before[*at])
    out.path.push_back(*at);
  std::reverse(out.path.begin(), out.path.end());
  return out;
}

Elapsed ElapsedTime::of_journey() const {
  if (!journey_.first) return {};
  return longest(in_journey_, journey_.first, true);
}

Elapsed ElapsedTime::of_stage(Index stage) const {
  std::vector<bool> allowed(b_.steps.size(), false);
  for (Index i : b_.stages[stage].steps)
    allowed[i] = in_journey_[i];
  return longest(allowed, std::nullopt, false);
}

} // namespace bp::check
