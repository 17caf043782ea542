#include "compiler/check/paths.hpp"

#include "compiler/check/elapsed.hpp"
#include "compiler/model/journey.hpp"

#include <algorithm>
#include <numeric>

namespace bp::check {

namespace {

using model::Blueprint;
using model::Journey;

bool moves_customer(const model::Flow& f) {
  return f.arrow != model::Arrow::journey && f.arrow != model::Arrow::information;
}

// Which staff and system steps serve which journey steps and branches: each
// group of them joined by flows, with what the group touches.
class Service {
public:
  Service(const Blueprint& b, const Journey& j, const std::vector<bool>& in_journey)
      : group_(b.steps.size()), touches_(b.steps.size()) {
    std::iota(group_.begin(), group_.end(), Index{0});
    const auto staff = [&](Index i) { return in_journey[i] && !j.member[i]; };
    for (const model::Flow& f : b.flows) {
      if (f.arrow != model::Arrow::journey && staff(f.from) && staff(f.to)) join(f.from, f.to);
    }
    for (Index f = 0; f < b.flows.size(); ++f) {
      const model::Flow& flow = b.flows[f];
      if (flow.arrow == model::Arrow::journey || !in_journey[flow.from] || !in_journey[flow.to]) continue;
      const bool branch = b.steps[flow.from].decision && j.member[flow.from] && moves_customer(flow);
      if (staff(flow.to) && branch)
        touches_[root(flow.to)].push_back({Touch::branch, f});
      else if (staff(flow.to) && j.member[flow.from])
        touches_[root(flow.to)].push_back({Touch::step, flow.from});
      if (staff(flow.from) && j.member[flow.to]) touches_[root(flow.from)].push_back({Touch::step, flow.to});
    }
  }

  // Whether the staff step `i` counts on the path whose steps and branches are marked.
  bool counts(Index i, const std::vector<bool>& on_path, const std::vector<bool>& taken) {
    const auto& touches = touches_[root(i)];
    if (touches.empty()) return true;
    return std::any_of(touches.begin(), touches.end(),
                       [&](const Touch& t) { return t.kind == Touch::step ? on_path[t.index] : taken[t.index]; });
  }

private:
  struct Touch {
    enum Kind { step, branch } kind;
    Index index;
  };
  Index root(Index i) {
    while (group_[i] != i)
      i = group_[i] = group_[group_[i]];
    return i;
  }
  void join(Index a, Index b) { group_[root(a)] = root(b); }

  std::vector<Index> group_;
  std::vector<std::vector<Touch>> touches_;
};

class Enumerator {
public:
  Enumerator(const Blueprint& b, std::optional<Index> persona)
      : b_(b), journey_(model::journey_of(b, persona)), in_journey_(b.steps.size()), on_path_(b.steps.size(), false),
        taken_(b.flows.size(), false) {
    for (Index i = 0; i < b.steps.size(); ++i)
      in_journey_[i] = model::in_journey_of(b.steps[i], persona);
    service_.emplace(b, journey_, in_journey_);
  }

  void run(PathAnalysis& out) {
    if (!journey_.first) return;
    std::size_t work = 0;
    const std::size_t work_limit = max_paths * (b_.steps.size() + 1);
    struct Frame {
      Index step;
      std::size_t next_edge = 0;
    };
    std::vector<Frame> stack{{*journey_.first}};
    enter(*journey_.first, std::nullopt);
    while (!stack.empty()) {
      Frame& top = stack.back();
      const auto& edges = journey_.next[top.step];
      if (top.next_edge == 0 && (journey_.is_terminal(top.step, b_) || edges.empty())) {
        if (out.paths.size() == max_paths || ++work > work_limit) {
          out.truncated = true;
          return;
        }
        out.paths.push_back(current(journey_.is_terminal(top.step, b_)));
        leave(top.step);
        stack.pop_back();
        continue;
      }
      if (top.next_edge == edges.size()) { // every way on tried (or loops back)
        leave(top.step);
        stack.pop_back();
        continue;
      }
      const model::JourneyEdge& edge = edges[top.next_edge++];
      if (on_path_[edge.to] || ++work > work_limit) {
        if (work > work_limit) return void(out.truncated = true);
        continue;
      }
      const bool branch = edge.by_flow && b_.steps[top.step].decision;
      enter(edge.to, branch ? edge.by_flow : std::nullopt);
      stack.push_back({edge.to});
    }
  }

  const Journey& journey() const { return journey_; }
  const std::vector<bool>& in_journey() const { return in_journey_; }

private:
  void enter(Index step, std::optional<Index> branch) {
    on_path_[step] = true;
    steps_.push_back(step);
    branches_.push_back(branch);
    if (branch) taken_[*branch] = true;
  }
  void leave(Index step) {
    on_path_[step] = false;
    if (branches_.back()) taken_[*branches_.back()] = false;
    steps_.pop_back();
    branches_.pop_back();
  }

  Path current(bool complete) {
    Path path;
    path.steps = steps_;
    for (const auto& branch : branches_) {
      if (!branch) continue;
      path.branches.push_back(*branch);
      path.probability *= branch_probability(b_, *branch);
    }
    path.complete = complete;
    path.stages.resize(b_.stages.size());
    for (Index i = 0; i < b_.steps.size(); ++i) {
      if (!in_journey_[i]) continue;
      if (journey_.member[i] ? !on_path_[i] : !service_->counts(i, on_path_, taken_)) continue;
      add_time(b_.steps[i], path.stages[b_.steps[i].stage]);
    }
    return path;
  }

  static void add_time(const model::Step& step, PathTime& time) {
    const bool visible = step.lane == model::Lane::customer || step.lane == model::Lane::frontstage;
    if (visible && step.takes) time.takes_seconds += step.takes->value;
    for (const model::WaitPoint& wait : step.wait_points) {
      if (wait.expected) time.waiting_seconds += wait.expected->value;
    }
  }

  const Blueprint& b_;
  Journey journey_;
  std::vector<bool> in_journey_, on_path_, taken_;
  std::optional<Service> service_;
  std::vector<Index> steps_;
  std::vector<std::optional<Index>> branches_;
};

// Every step counts: v1's sums, and the bound past a combinatorial explosion.
std::vector<PathTime> all_steps(const Blueprint& b, std::optional<Index> persona) {
  std::vector<PathTime> stages(b.stages.size());
  for (const model::Step& step : b.steps) {
    if (!model::in_journey_of(step, persona)) continue;
    const bool visible = step.lane == model::Lane::customer || step.lane == model::Lane::frontstage;
    if (visible && step.takes) stages[step.stage].takes_seconds += step.takes->value;
    for (const model::WaitPoint& wait : step.wait_points) {
      if (wait.expected) stages[step.stage].waiting_seconds += wait.expected->value;
    }
  }
  return stages;
}

void summarise(const Blueprint& b, PathAnalysis& a) {
  const std::size_t stages = b.stages.size();
  a.worst.assign(stages, {});
  a.worst_path.assign(stages, std::nullopt);
  const bool any_complete = std::any_of(a.paths.begin(), a.paths.end(), [](const Path& p) { return p.complete; });
  if (a.truncated || a.paths.empty()) {
    a.worst = all_steps(b, a.persona);
    for (const PathTime& t : a.worst)
      a.worst_seconds += t.visible_seconds();
    a.expected_seconds = a.worst_seconds;
    return;
  }
  double weight = 0;
  for (std::size_t p = 0; p < a.paths.size(); ++p) {
    const Path& path = a.paths[p];
    if (any_complete && !path.complete) continue;
    for (std::size_t s = 0; s < stages; ++s) {
      if (!a.worst_path[s] || path.stages[s].visible_seconds() > a.worst[s].visible_seconds())
        a.worst[s] = path.stages[s], a.worst_path[s] = p;
    }
    a.worst_seconds = std::max(a.worst_seconds, path.seconds());
    a.expected_seconds += path.probability * path.seconds();
    weight += path.probability;
  }
  if (weight > 0) a.expected_seconds /= weight;
}

} // namespace

double Path::seconds() const {
  double total = 0;
  for (const PathTime& t : stages)
    total += t.visible_seconds();
  return total;
}

double branch_probability(const Blueprint& b, Index flow) {
  const Index decision = b.flows[flow].from;
  double known = 0;
  std::size_t branches = 0, unknown = 0;
  for (const model::Flow& f : b.flows) {
    if (f.from != decision || !moves_customer(f)) continue;
    ++branches;
    if (f.share)
      known += f.share->value;
    else
      ++unknown;
  }
  const double rest = std::max(0.0, 100.0 - known);
  const double total = known + (unknown ? rest : 0);
  if (total <= 0) return branches ? 1.0 / double(branches) : 1.0;
  const auto& share = b.flows[flow].share;
  return (share ? share->value : rest / double(unknown)) / total;
}

PathAnalysis analyze_paths(const Blueprint& b, std::optional<Index> persona) {
  PathAnalysis analysis;
  analysis.persona = persona;
  Enumerator paths(b, persona);
  paths.run(analysis);
  summarise(b, analysis);
  const ElapsedTime elapsed(b, paths.journey(), paths.in_journey());
  analysis.critical = elapsed.of_journey();
  analysis.stage_critical.resize(b.stages.size());
  for (Index s = 0; s < b.stages.size(); ++s) {
    if (b.stages[s].promise) analysis.stage_critical[s] = elapsed.of_stage(s);
  }
  return analysis;
}

std::vector<PathAnalysis> analyze_journeys(const Blueprint& b) {
  std::vector<PathAnalysis> out;
  if (b.personas.empty()) {
    out.push_back(analyze_paths(b));
    return out;
  }
  const Journey whole = model::journey_of(b);
  bool spanned = false;
  for (Index p = 0; p < b.personas.size(); ++p) {
    out.push_back(analyze_paths(b, p));
    const Journey own = model::journey_of(b, p);
    spanned = spanned || (own.first == whole.first && own.last == whole.last);
  }
  // A service its personas share (the sender hands over what the recipient
  // receives): no one persona goes from the first customer step to the last, so
  // the whole service's journey is analysed too, for the promise that spans it.
  if (!spanned) out.push_back(analyze_paths(b));
  return out;
}

} // namespace bp::check
