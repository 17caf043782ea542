#include "compiler/checklist/writers.hpp"

#include "compiler/model/risk.hpp"
#include "compiler/model/value_rules.hpp"

#include <nlohmann/json.hpp>

namespace bp::checklist {

namespace {

using json = nlohmann::ordered_json;

json optional_text(const std::optional<model::Located<std::string>>& text) {
  return text ? json(text->value) : json(nullptr);
}

json optional_seconds(const std::optional<model::Located<double>>& seconds) {
  return seconds ? json(seconds->value) : json(nullptr);
}

class JsonWriter {
public:
  explicit JsonWriter(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  json write() const {
    json stages = json::array();
    for (const StageChecks& s : c_.stages)
      stages.push_back(stage(s));
    json servqual = json::array();
    for (const DimensionCoverage& row : c_.servqual) {
      servqual.push_back({{"dimension", model::to_string(row.dimension)},
                          {"standards", ids(row.standards)},
                          {"gap", row.standards.empty()}});
    }
    json findings = json::array();
    for (const Finding& f : c_.findings) {
      findings.push_back({{"code", f.diagnostic.code},
                          {"name", diag::name_of(f.diagnostic.code)},
                          {"severity", diag::to_string(f.diagnostic.severity)},
                          {"file", f.file},
                          {"line", f.location.line},
                          {"column", f.location.column},
                          {"message", f.diagnostic.message},
                          {"done", false}});
    }
    json blueprint{{"name", b_.name}};
    if (b_.version) blueprint["version"] = *b_.version;
    if (b_.status) blueprint["status"] = model::to_string(*b_.status);
    if (b_.owner) blueprint["owner"] = *b_.owner;
    if (b_.updated) blueprint["updated"] = *b_.updated;
    json out{{"version", 1},
             {"blueprint", std::move(blueprint)},
             {"file", c_.file},
             {"journey_seconds", c_.journey_seconds},
             {"stages", std::move(stages)},
             {"servqual", std::move(servqual)},
             {"standards_without_dimension", ids(c_.standards_without_dimension)},
             {"findings", std::move(findings)}};
    if (!b_.libraries.empty()) out["libraries"] = libraries();
    if (!c_.journeys.empty()) out["journeys"] = journeys();
    if (c_.risks) out["fail_point_risks"] = risks();
    if (!c_.workshop_steps.empty()) out["pains_and_ideas"] = workshop();
    if (!b_.info_lanes.empty()) out["information_lanes"] = info_lanes();
    return out;
  }

  // v2's fail points: `severity` stays v1's word (null for a numeric score).
  static void fail_depth(json& item, const model::FailPoint& fail) {
    auto score = [](const std::optional<model::Located<int>>& s) { return s ? json(s->value) : json(nullptr); };
    item["prevent"] = optional_text(fail.prevent);
    item["cause"] = fail.cause ? json(model::to_string(fail.cause->value)) : json(nullptr);
    item["level"] = fail.level ? json(model::to_string(fail.level->value)) : json(nullptr);
    item["severity_score"] = score(fail.severity_score);
    item["likelihood"] = score(fail.likelihood);
    item["detection"] = score(fail.detection);
    const std::optional<int> rpn = model::rpn(fail);
    item["rpn"] = rpn ? json(*rpn) : json(nullptr);
  }

  json fail_ref(const FailRef& f) const {
    return {{"step", b_.steps[f.step].id}, {"fail", b_.steps[f.step].fail_points[f.fail].text}};
  }

  // Highest RPN first, with the running share of the total; the unscored;
  // the counts per cause.
  json risks() const {
    const RiskRanking& r = *c_.risks;
    json ranked = json::array();
    for (std::size_t n = 0; n < r.ranked.size(); ++n) {
      json row = fail_ref(r.ranked[n].at);
      row["rank"] = n + 1;
      row["rpn"] = r.ranked[n].rpn;
      row["cumulative_share"] = r.ranked[n].cumulative;
      row["fix_first"] = r.ranked[n].fix_first;
      ranked.push_back(std::move(row));
    }
    json unscored = json::array();
    for (const FailRef& f : r.unscored)
      unscored.push_back(fail_ref(f));
    json causes = json::array();
    for (const CauseGroup& g : r.causes) {
      causes.push_back({{"cause", g.cause ? json(model::to_string(*g.cause)) : json(nullptr)},
                        {"fail_points", g.fails.size()},
                        {"prevented", g.prevented},
                        {"recovered", g.recovered}});
    }
    return {{"ranked", std::move(ranked)}, {"unscored", std::move(unscored)}, {"by_cause", std::move(causes)}};
  }

  json info_lanes() const {
    json out = json::array();
    for (const model::InfoLane& lane : b_.info_lanes) {
      json items = json::array();
      for (Index i : lane.items) {
        const model::InfoItem& item = b_.info_items[i];
        items.push_back(
            {{"stage", b_.stages[item.stage].id}, {"id", item.id}, {"label", item.label}, {"notes", item.notes}});
      }
      const bool above = lane.place == model::InfoLane::Place::above_evidence;
      out.push_back({{"id", lane.id},
                     {"title", lane.title},
                     {"place", above ? "above evidence" : "below support"},
                     {"items", std::move(items)}});
    }
    return out;
  }

  json workshop() const {
    json out = json::array();
    auto texts = [](const std::vector<model::Located<std::string>>& list) {
      json a = json::array();
      for (const auto& t : list)
        a.push_back(t.value);
      return a;
    };
    for (Index i : c_.workshop_steps) {
      const model::Step& s = b_.steps[i];
      out.push_back(
          {{"stage", b_.stages[s.stage].id}, {"step", s.id}, {"pains", texts(s.pains)}, {"ideas", texts(s.ideas)}});
    }
    return out;
  }

  // Per persona (null: every customer), the paths with their branches and
  // times, the slowest and expected times, and the critical path.
  // Every library the blueprint reads, directly or not, each after those it imports.
  json libraries() const {
    json out = json::array();
    for (const model::Library& l : b_.libraries)
      out.push_back({{"file", l.file}, {"name", l.name}});
    return out;
  }

  json journeys() const {
    json out = json::array();
    for (const check::PathAnalysis& j : c_.journeys) {
      json paths = json::array();
      for (const check::Path& p : j.paths) {
        json branches = json::array();
        for (Index f : p.branches) {
          const model::Flow& flow = b_.flows[f];
          json branch{{"decision", b_.steps[flow.from].id},
                      {"to", b_.steps[flow.to].id},
                      {"probability", check::branch_probability(b_, f)}};
          branch["label"] = flow.label ? json(*flow.label) : json(nullptr);
          branches.push_back(std::move(branch));
        }
        json stages = json::object();
        for (Index s = 0; s < b_.stages.size(); ++s)
          stages[b_.stages[s].id] = p.stages[s].visible_seconds();
        paths.push_back({{"steps", step_ids(p.steps)},
                         {"branches", std::move(branches)},
                         {"probability", p.probability},
                         {"complete", p.complete},
                         {"visible_seconds", p.seconds()},
                         {"stage_seconds", std::move(stages)}});
      }
      out.push_back(
          {{"persona", j.persona ? json(b_.personas[*j.persona].id) : json(nullptr)},
           {"paths", std::move(paths)},
           {"truncated", j.truncated},
           {"worst_seconds", j.worst_seconds},
           {"expected_seconds", j.expected_seconds},
           {"critical_path", {{"elapsed_seconds", j.critical.seconds}, {"steps", step_ids(j.critical.path)}}}});
    }
    return out;
  }

  json step_ids(const std::vector<Index>& steps) const {
    json out = json::array();
    for (Index i : steps)
      out.push_back(b_.steps[i].id);
    return out;
  }

private:
  json ids(const std::vector<Index>& standards) const {
    json out = json::array();
    for (Index i : standards)
      out.push_back(b_.standards[i].id);
    return out;
  }

  json stage(const StageChecks& s) const {
    const model::Stage& stage = b_.stages[s.stage];
    json standards = json::array();
    for (const StandardCheck& sc : s.standards) {
      const model::Standard& st = b_.standards[sc.standard];
      json steps = json::array();
      for (Index i : sc.steps)
        steps.push_back(b_.steps[i].id);
      standards.push_back({{"id", st.id},
                           {"label", st.label},
                           {"steps", std::move(steps)},
                           {"measure", optional_text(st.measure)},
                           {"target", st.target ? json(describe_target(*st.target)) : json(nullptr)},
                           {"owner", st.owner ? json(b_.actors[st.owner->value].id) : json(nullptr)},
                           {"kind", st.kind ? json(model::to_string(st.kind->value)) : json(nullptr)},
                           {"dimension", st.dimension ? json(model::to_string(st.dimension->value)) : json(nullptr)},
                           {"done", false}});
    }
    json moments = json::array();
    for (const MomentCheck& m : s.moments) {
      moments.push_back({{"step", b_.steps[m.step].id},
                         {"moment", b_.steps[m.step].moment->text},
                         {"standards", ids(m.standards)},
                         {"covered", !m.standards.empty()},
                         {"done", false}});
    }
    json fails = json::array();
    for (const FailCheck& f : s.fails) {
      const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
      json item{{"step", b_.steps[f.step].id},
                {"fail", fail.text},
                {"recovery", optional_text(fail.recovery)},
                {"owner", fail.owner ? json(b_.actors[fail.owner->value].id) : json(nullptr)},
                {"severity", fail.severity ? json(model::to_string(fail.severity->value)) : json(nullptr)}};
      if (c_.risks) fail_depth(item, fail);
      item["done"] = false;
      fails.push_back(std::move(item));
    }
    json waits = json::array();
    for (const WaitCheck& w : s.waits) {
      const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
      waits.push_back({{"step", b_.steps[w.step].id},
                       {"wait", wait.text},
                       {"expected_seconds", optional_seconds(wait.expected)},
                       {"tolerance_seconds", optional_seconds(wait.tolerance)},
                       {"over_tolerance", w.over_tolerance},
                       {"done", false}});
    }
    json time{{"visible_seconds", s.time.visible_seconds},
              {"budget_seconds", s.time.budget ? json(*s.time.budget) : json(nullptr)},
              {"over_budget", s.time.over_budget()},
              {"done", false}};
    return {{"id", stage.id},
            {"label", stage.label},
            {"standards", std::move(standards)},
            {"moments", std::move(moments)},
            {"fail_points", std::move(fails)},
            {"waits", std::move(waits)},
            {"time", std::move(time)}};
  }

  const Checklist& c_;
  const model::Blueprint& b_;
};

} // namespace

std::string write_json(const Checklist& checklist) {
  return JsonWriter(checklist).write().dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace bp::checklist
