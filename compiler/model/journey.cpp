#include "compiler/model/journey.hpp"

#include <algorithm>
#include <deque>

namespace bp::model {

namespace {

// The flows the customer moves along, per step they leave: declared handoffs and
// interactions. Information flows (`~>`) carry data; the implicit journey is
// what is being worked out.
std::vector<std::vector<Index>> moving_flows(const Blueprint& b, const std::vector<bool>& in_journey) {
  std::vector<std::vector<Index>> out(b.steps.size());
  for (Index f = 0; f < b.flows.size(); ++f) {
    const Flow& flow = b.flows[f];
    if (flow.arrow == Arrow::journey || flow.arrow == Arrow::information) continue;
    if (in_journey[flow.from] && in_journey[flow.to]) out[flow.from].push_back(f);
  }
  return out;
}

// Breadth-first from a step through staff and system steps to the first
// journey nodes: what a flow out of a customer step or a decision leads to.
class Reach {
public:
  Reach(const Blueprint& b, const std::vector<std::vector<Index>>& out, const std::vector<bool>& member)
      : b_(b), out_(out), member_(member), seen_(b.steps.size(), 0) {}

  // The nodes reached from `start` (itself when it is one), in step order.
  std::vector<Index> from(Index start) {
    ++stamp_;
    std::vector<Index> found;
    std::deque<Index> queue{start};
    seen_[start] = stamp_;
    while (!queue.empty()) {
      const Index step = queue.front();
      queue.pop_front();
      if (member_[step]) {
        found.push_back(step);
        continue;
      }
      for (Index f : out_[step]) {
        const Index to = b_.flows[f].to;
        if (seen_[to] != stamp_) seen_[to] = stamp_, queue.push_back(to);
      }
    }
    std::sort(found.begin(), found.end());
    return found;
  }

private:
  const Blueprint& b_;
  const std::vector<std::vector<Index>>& out_;
  const std::vector<bool>& member_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t stamp_ = 0;
};

void add_edge(std::vector<JourneyEdge>& edges, Index to, std::optional<Index> by_flow) {
  const bool known = std::any_of(edges.begin(), edges.end(), [&](const JourneyEdge& e) { return e.to == to; });
  if (!known) edges.push_back({to, by_flow});
}

// A decision's branches are alternatives even where two lead to the same step
// (a full refund or a partial one agreed on the phone): one edge per branch.
void add_branch(std::vector<JourneyEdge>& edges, Index to, Index flow) {
  const JourneyEdge edge{to, flow};
  if (std::find(edges.begin(), edges.end(), edge) == edges.end()) edges.push_back(edge);
}

} // namespace

bool in_journey_of(const Step& step, std::optional<Index> persona) {
  if (!persona || step.personas.empty()) return true;
  return std::any_of(step.personas.begin(), step.personas.end(),
                     [&](const Located<Index>& p) { return p.value == *persona; });
}

Journey journey_of(const Blueprint& b, std::optional<Index> persona) {
  const std::size_t n = b.steps.size();
  Journey j;
  j.member.assign(n, false);
  j.next.assign(n, {});
  j.entered_by_branch.assign(n, false);
  std::vector<bool> in_journey(n, false);
  std::vector<Index> customers; // in the order written
  bool any_decision = false;
  for (Index i = 0; i < n; ++i) {
    const Step& s = b.steps[i];
    in_journey[i] = in_journey_of(s, persona);
    j.member[i] = in_journey[i] && (s.lane == Lane::customer || s.decision);
    if (in_journey[i] && s.lane == Lane::customer) customers.push_back(i);
    any_decision = any_decision || (j.member[i] && s.decision);
  }
  if (!customers.empty()) j.first = customers.front(), j.last = customers.back();

  const auto out = moving_flows(b, in_journey);
  Reach reach(b, out, j.member);
  // Branches first: where they lead is what the other rules look for.
  for (Index d = 0; d < n; ++d) {
    if (!j.member[d] || !b.steps[d].decision) continue;
    for (Index f : out[d]) {
      for (Index to : reach.from(b.flows[f].to)) {
        add_branch(j.next[d], to, f);
        j.entered_by_branch[to] = true;
      }
    }
  }
  // The next customer step written after the k-th, or past the end.
  const auto next_written = [&](std::size_t k) { return k + 1 < customers.size() ? customers[k + 1] : Index(n); };
  std::vector<bool> reached(n, false); // a decision some journey step leads to
  for (std::size_t k = 0; k < customers.size(); ++k) {
    const Index c = customers[k];
    const Step& step = b.steps[c];
    if (step.end || (step.decision && !j.next[c].empty())) continue;
    // Without decisions there is nothing a flow could lead to but the next step.
    if (!any_decision) continue;
    // The journey written out (a flow straight to another customer step: a
    // merge after a branch) is where it goes; else where the work leads.
    bool written_out = false;
    for (Index f : out[c]) {
      const Index direct = b.flows[f].to;
      if (direct != c && b.steps[direct].lane == Lane::customer) add_edge(j.next[c], direct, f), written_out = true;
    }
    for (Index f : out[c]) {
      const Index direct = b.flows[f].to;
      if (written_out || (direct != c && b.steps[direct].lane == Lane::customer)) continue;
      for (Index to : reach.from(direct)) {
        // A decision counts only before the customer's next step, where the
        // journey would go on to it: the work a contact sets off may reach a
        // decision days later, after steps of the customer's own (the parcel
        // handed over is graded after tracking).
        const Index next = next_written(k);
        const bool decision_now = b.steps[to].decision && (to < next || next == n || j.entered_by_branch[next]);
        if (to != c && (decision_now || j.entered_by_branch[to])) add_edge(j.next[c], to, f), reached[to] = true;
      }
    }
  }
  for (Index d = 0; d < n; ++d)
    for (const JourneyEdge& e : j.next[d])
      reached[e.to] = true;
  for (std::size_t k = 0; k < customers.size(); ++k) {
    const Index c = customers[k];
    if (b.steps[c].end || !j.next[c].empty()) continue;
    // A staff decision that no flow of the journey reaches, written between this
    // step and the next, is where the journey goes meanwhile (the grading of a
    // returned parcel, while the customer waits).
    for (Index d = c + 1; d < next_written(k); ++d) {
      if (j.member[d] && b.steps[d].decision && b.steps[d].lane != Lane::customer && !reached[d]) {
        j.next[c].push_back({d, std::nullopt});
        reached[d] = true;
        break;
      }
    }
    if (j.next[c].empty() && k + 1 < customers.size() && !j.entered_by_branch[customers[k + 1]])
      j.next[c].push_back({customers[k + 1], std::nullopt});
  }
  // A persona whose first step is a branch of a decision nothing leads to (the
  // courier's "recipient in?" before the recipient's first step) starts there.
  if (j.first && j.entered_by_branch[*j.first]) {
    for (Index d = 0; d < *j.first; ++d) {
      const bool branches_to_first =
          std::any_of(j.next[d].begin(), j.next[d].end(), [&](const JourneyEdge& e) { return e.to == *j.first; });
      if (b.steps[d].decision && j.member[d] && !reached[d] && branches_to_first) {
        j.first = d;
        break;
      }
    }
  }
  // The journey's last step is the last customer step from which it goes on
  // nowhere: a branch written after the main line that rejoins it is not the end.
  for (auto c = customers.rbegin(); c != customers.rend(); ++c) {
    if (j.next[*c].empty() && !b.steps[*c].end) {
      j.last = *c;
      break;
    }
  }
  return j;
}

} // namespace bp::model
