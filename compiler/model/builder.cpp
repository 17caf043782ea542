#include "compiler/model/builder.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/spelling.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::model {

namespace {

namespace msg = wording::msg;
using diag::Diagnostic;
using diag::Severity;
using fmt::arg;
using syntax::Attr;

class ModelBuilder {
public:
  ModelBuilder(const syntax::SyntaxTree& tree, diag::Diagnostics& out, const source::Limits& limits)
      : tree_(tree), out_(out), limits_(limits) {}

  Blueprint run() {
    const syntax::Blueprint& b = tree_.blueprint;
    bp_.name = b.name.value;
    bp_.span = b.span;
    bp_.name_span = b.name.span;
    declare_symbols();
    for (const Attr& attr : b.attrs)
      meta(attr);
    for (const syntax::Actor& actor : b.actors)
      bp_.actors.push_back(build_actor(actor));
    for (const syntax::Standard& standard : b.standards)
      bp_.standards.push_back(build_standard(standard));
    for (const syntax::Stage& stage : b.stages)
      build_stage(stage);
    for (const syntax::Flow& flow : b.flows)
      build_flow(flow);
    check_counts();
    add_journey();
    check_not_empty();
    return std::move(bp_);
  }

private:
  void report(Diagnostic diagnostic) { out_.push_back(std::move(diagnostic)); }

  // Ids ----------------------------------------------------------------------

  void declare_symbols() {
    struct Declaration {
      const syntax::Word* id;
      Symbol symbol;
    };
    std::vector<Declaration> declarations;
    const syntax::Blueprint& b = tree_.blueprint;
    for (Index i = 0; i < b.actors.size(); ++i)
      declarations.push_back({&b.actors[i].id, {SymbolKind::actor, i}});
    for (Index i = 0; i < b.standards.size(); ++i) {
      declarations.push_back({&b.standards[i].id, {SymbolKind::standard, i}});
    }
    Index step = 0;
    for (Index i = 0; i < b.stages.size(); ++i) {
      declarations.push_back({&b.stages[i].id, {SymbolKind::stage, i}});
      for (const syntax::Step& s : b.stages[i].steps)
        declarations.push_back({&s.id, {SymbolKind::step, step++}});
    }
    std::stable_sort(declarations.begin(), declarations.end(),
                     [](const Declaration& a, const Declaration& b) { return a.id->span.begin < b.id->span.begin; });
    // Keys view the tree's ids, which outlive this function.
    std::unordered_map<std::string_view, Span> first_seen;
    first_seen.reserve(declarations.size());
    bp_.symbols.reserve(declarations.size());
    for (const Declaration& d : declarations) {
      const auto [it, inserted] = first_seen.emplace(d.id->text, d.id->span);
      if (inserted) {
        bp_.symbols.emplace(d.id->text, d.symbol);
        continue;
      }
      report(diag::error(diag::checks::duplicate_id, d.id->span,
                         wording::format(msg::diag_duplicate_id, arg("id", d.id->text)))
                 .with_hint(wording::format(msg::diag_duplicate_id_hint))
                 .with_related(it->second, wording::format(msg::diag_duplicate_id_related, arg("id", d.id->text))));
    }
  }

  // Reports an attribute given twice where one is allowed; true when it is new.
  // `twice` names the element that holds the attribute; `id` is its id, if any.
  template <typename T>
  bool first(const std::optional<T>& slot, const Attr& attr, Span previous, const wording::Message& twice,
             std::string_view id = {}) {
    if (!slot) return true;
    report(diag::error(diag::checks::invalid_value, attr.keyword.span,
                       wording::format(twice, arg("keyword", attr.keyword.text), arg("id", id)))
               .with_hint(wording::format(msg::diag_given_twice_hint))
               .with_related(previous, wording::format(msg::diag_given_twice_related)));
    return false;
  }

  // Blueprint ------------------------------------------------------------------

  void meta(const Attr& attr) {
    const std::string& key = attr.keyword.text;
    if (key == "allow") return allow(attr, bp_.allowed);
    if (key == "status") {
      if (first(bp_.status, attr, previous_meta(key), msg::diag_given_twice_blueprint)) {
        const std::string& w = attr.words.at(0).text;
        bp_.status = grammar::value_of<Status>(w, Status::approved);
      }
    } else {
      std::optional<std::string>& slot = key == "description" ? bp_.description
                                         : key == "owner"     ? bp_.owner
                                         : key == "version"   ? bp_.version
                                                              : bp_.updated;
      if (first(slot, attr, previous_meta(key), msg::diag_given_twice_blueprint)) slot = attr.texts.at(0).value;
    }
    meta_spans_.try_emplace(key, attr.span);
  }

  Span previous_meta(const std::string& key) const {
    const auto it = meta_spans_.find(key);
    return it == meta_spans_.end() ? Span{} : it->second;
  }

  void allow(const Attr& attr, std::vector<Located<std::string>>& into) {
    for (const syntax::Word& word : attr.words) {
      const diag::CheckInfo* check = diag::find_check(word.text);
      if (!check) {
        std::vector<std::string_view> names;
        for (const diag::CheckInfo& c : diag::all_checks())
          names.push_back(c.name);
        const std::optional<std::string> best = diag::closest(word.text, names);
        report(diag::error(diag::checks::unknown_reference, word.span,
                           wording::format(msg::diag_unknown_check, arg("check", word.text)))
                   .with_hint(did_you_mean(msg::diag_unknown_check_hint, best))
                   .with_replacement(best.value_or("")));
      } else if (check->default_level == diag::Level::error) {
        report(diag::error(diag::checks::invalid_value, word.span,
                           wording::format(msg::diag_allow_error, arg("check", check->name)))
                   .with_hint(wording::format(msg::diag_allow_error_hint)));
      } else {
        into.push_back({std::string(check->name), word.span});
      }
    }
  }

  // Actors and standards -------------------------------------------------------

  static Actor build_actor(const syntax::Actor& a) {
    const ActorKind kind = grammar::value_of<ActorKind>(a.kind.text, ActorKind::partner);
    return Actor{a.id.text, a.label.value, kind, a.span, a.id.span};
  }

  Standard build_standard(const syntax::Standard& s) {
    Standard standard{s.id.text, s.label.value, {}, {}, {}, {}, {}, {}, {}, s.span, s.id.span};
    for (const Attr& attr : s.attrs) {
      const std::string& key = attr.keyword.text;
      if (key == "allow") {
        allow(attr, standard.allowed);
      } else if (key == "note") {
        standard.notes.push_back(attr.texts.at(0).value);
      } else if (key == "dimension") {
        if (first(standard.dimension, attr, standard.dimension ? standard.dimension->span : Span{},
                  msg::diag_given_twice_standard, s.id.text)) {
          standard.dimension = Located<Dimension>{
              grammar::value_of<Dimension>(attr.words.at(0).text, Dimension::reliability), attr.span};
        }
      } else if (key == "kind") {
        if (first(standard.kind, attr, standard.kind ? standard.kind->span : Span{}, msg::diag_given_twice_standard,
                  s.id.text)) {
          standard.kind = Located<StandardKind>{
              grammar::value_of<StandardKind>(attr.words.at(0).text, StandardKind::soft), attr.span};
        }
      } else if (key == "measure") {
        if (first(standard.measure, attr, standard.measure ? standard.measure->span : Span{},
                  msg::diag_given_twice_standard, s.id.text)) {
          standard.measure = Located<std::string>{attr.texts.at(0).value, attr.span};
        }
      } else if (key == "target") {
        if (first(standard.target, attr, standard.target ? standard.target->span : Span{},
                  msg::diag_given_twice_standard, s.id.text)) {
          standard.target = build_target(attr);
        }
      } else if (key == "owner") {
        if (first(standard.owner, attr, standard.owner ? standard.owner->span : Span{}, msg::diag_given_twice_standard,
                  s.id.text)) {
          standard.owner = resolve_actor(attr.words.at(0));
        }
      }
    }
    return standard;
  }

  std::optional<Target> build_target(const Attr& attr) {
    Target target;
    target.span = attr.span;
    const std::string& c = attr.words.at(0).text;
    target.comparator = grammar::value_of<Comparator>(c, Comparator::equal);
    const syntax::Quantity& q = attr.quantities.at(0);
    std::optional<double> value = q.value;
    if (q.kind == syntax::QuantityKind::duration) target.unit = Unit::seconds, value = checked_duration(q, out_);
    if (q.kind == syntax::QuantityKind::percent) target.unit = Unit::percent, value = checked_percent(q, out_);
    if (q.kind == syntax::QuantityKind::number) target.unit = Unit::number;
    if (attr.quantities.size() > 1) target.share = checked_percent(attr.quantities[1], out_);
    if (!value || (attr.quantities.size() > 1 && !target.share)) return std::nullopt;
    target.value = *value;
    return target;
  }

  // Stages and steps ----------------------------------------------------------

  void build_stage(const syntax::Stage& s) {
    const Index index = static_cast<Index>(bp_.stages.size());
    Stage stage{s.id.text, s.label.value, {}, {}, {}, {}, s.span, s.id.span};
    for (const Attr& attr : s.attrs) {
      if (attr.keyword.text == "allow") {
        allow(attr, stage.allowed);
      } else if (attr.keyword.text == "note") {
        stage.notes.push_back(attr.texts.at(0).value);
      } else if (first(stage.budget, attr, stage.budget ? stage.budget->span : Span{}, msg::diag_given_twice_stage,
                       s.id.text)) {
        if (auto seconds = checked_duration(attr.quantities.at(0), out_))
          stage.budget = Located<double>{*seconds, attr.span};
      }
    }
    for (const syntax::Step& step : s.steps) {
      stage.steps.push_back(static_cast<Index>(bp_.steps.size()));
      bp_.steps.push_back(build_step(step, index));
    }
    bp_.stages.push_back(std::move(stage));
  }

  Step build_step(const syntax::Step& s, Index stage) {
    Step step;
    step.id = s.id.text;
    step.label = s.label.value;
    step.lane = grammar::value_of<Lane>(s.lane.text, Lane::customer);
    step.stage = stage;
    step.span = s.span;
    step.id_span = s.id.span;
    if (s.by) {
      if (step.lane == Lane::evidence) {
        report(diag::error(diag::checks::invalid_value, s.by->span,
                           wording::format(msg::diag_evidence_by, arg("step", step.id)))
                   .with_hint(wording::format(msg::diag_evidence_by_hint)));
      }
      step.actor = resolve_actor(*s.by);
    }
    if (s.takes) {
      if (step.lane == Lane::evidence) {
        report(diag::error(diag::checks::invalid_value, s.takes->span,
                           wording::format(msg::diag_evidence_takes, arg("step", step.id)))
                   .with_hint(wording::format(msg::diag_evidence_takes_hint)));
      }
      if (auto seconds = checked_duration(*s.takes, out_)) step.takes = Located<double>{*seconds, s.takes->span};
    }
    for (const Attr& attr : s.attrs)
      step_attr(step, attr);
    return step;
  }

  void step_attr(Step& step, const Attr& attr) {
    const std::string& key = attr.keyword.text;
    if (key == "moment") {
      if (step.lane == Lane::backstage || step.lane == Lane::support) {
        report(
            diag::error(diag::checks::invalid_value, attr.keyword.span,
                        wording::format(msg::diag_moment_lane, arg("lane", to_string(step.lane)), arg("step", step.id)))
                .with_hint(wording::format(msg::diag_moment_lane_hint)));
      }
      if (first(step.moment, attr, step.moment ? step.moment->span : Span{}, msg::diag_given_twice_step, step.id)) {
        step.moment = Moment{attr.texts.at(0).value, attr.span};
      }
    } else if (key == "fail") {
      step.fail_points.push_back(build_fail(attr));
    } else if (key == "wait") {
      step.wait_points.push_back(build_wait(attr));
    } else if (key == "meets") {
      for (const syntax::Word& word : attr.words) {
        if (auto standard = resolve(word, SymbolKind::standard)) step.meets.push_back(*standard);
      }
    } else if (key == "feeling") {
      if (step.lane != Lane::customer) {
        report(diag::error(
                   diag::checks::invalid_value, attr.keyword.span,
                   wording::format(msg::diag_feeling_lane, arg("lane", to_string(step.lane)), arg("step", step.id)))
                   .with_hint(wording::format(msg::diag_feeling_lane_hint)));
      }
      if (first(step.feeling, attr, step.feeling ? step.feeling->span : Span{}, msg::diag_given_twice_step, step.id)) {
        if (auto value = checked_feeling(attr.quantities.at(0), out_)) step.feeling = Located<int>{*value, attr.span};
      }
    } else if (key == "note") {
      step.notes.push_back(attr.texts.at(0).value);
    } else if (key == "allow") {
      allow(attr, step.allowed);
    }
  }

  FailPoint build_fail(const Attr& attr) {
    FailPoint fail;
    fail.text = attr.texts.at(0).value;
    fail.span = attr.span;
    fail.text_span = attr.texts.at(0).span;
    const wording::Message& what = msg::diag_given_twice_fail_point;
    for (const Attr& item : attr.block) {
      const std::string& key = item.keyword.text;
      if (key == "recovery" && first(fail.recovery, item, fail.recovery ? fail.recovery->span : Span{}, what)) {
        fail.recovery = Located<std::string>{item.texts.at(0).value, item.span};
      } else if (key == "owner" && first(fail.owner, item, fail.owner ? fail.owner->span : Span{}, what)) {
        fail.owner = resolve_actor(item.words.at(0));
      } else if (key == "severity" && first(fail.severity, item, fail.severity ? fail.severity->span : Span{}, what)) {
        const std::string& w = item.words.at(0).text;
        fail.severity = Located<FailSeverity>{grammar::value_of<FailSeverity>(w, FailSeverity::high), item.span};
      }
    }
    return fail;
  }

  WaitPoint build_wait(const Attr& attr) {
    WaitPoint wait;
    wait.text = attr.texts.at(0).value;
    wait.span = attr.span;
    wait.text_span = attr.texts.at(0).span;
    for (const Attr& item : attr.block) {
      auto& slot = item.keyword.text == "expected" ? wait.expected : wait.tolerance;
      if (first(slot, item, slot ? slot->span : Span{}, msg::diag_given_twice_wait_point)) {
        if (auto seconds = checked_duration(item.quantities.at(0), out_)) slot = Located<double>{*seconds, item.span};
      }
    }
    return wait;
  }

  // Flows and the journey -------------------------------------------------------

  void build_flow(const syntax::Flow& f) {
    std::vector<std::optional<Located<Index>>> ends;
    for (const syntax::Word& end : f.ends)
      ends.push_back(resolve(end, SymbolKind::step));
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
      flow.crosses = lines_between(bp_.steps[flow.from].lane, bp_.steps[flow.to].lane);
      flow.span = f.arrows[i].span;
      flow.from_span = from->span;
      flow.to_span = to->span;
      bp_.flows.push_back(std::move(flow));
    }
  }

  void add_journey() {
    std::unordered_map<std::uint64_t, bool> joined;
    auto key = [](Index a, Index b) { return (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b); };
    for (const Flow& flow : bp_.flows)
      joined[key(flow.from, flow.to)] = true;
    std::optional<Index> previous;
    for (Index i = 0; i < bp_.steps.size(); ++i) {
      if (bp_.steps[i].lane != Lane::customer) continue;
      if (previous && !joined.count(key(*previous, i))) {
        Flow flow;
        flow.from = *previous;
        flow.to = i;
        flow.arrow = Arrow::journey;
        flow.span = bp_.steps[i].id_span;
        flow.from_span = bp_.steps[*previous].id_span;
        flow.to_span = bp_.steps[i].id_span;
        bp_.flows.push_back(std::move(flow));
      }
      previous = i;
    }
  }

  void check_counts() {
    if (bp_.steps.size() > limits_.max_steps) {
      report(diag::error(diag::checks::invalid_value, bp_.steps[limits_.max_steps].id_span,
                         wording::format(msg::diag_over_limit_steps, arg("count", bp_.steps.size()),
                                         arg("limit", limits_.max_steps)))
                 .with_hint(wording::format(msg::diag_over_limit_hint)));
    }
    if (bp_.flows.size() > limits_.max_flows) {
      report(diag::error(diag::checks::invalid_value, bp_.flows[limits_.max_flows].span,
                         wording::format(msg::diag_over_limit_flows, arg("count", bp_.flows.size()),
                                         arg("limit", limits_.max_flows)))
                 .with_hint(wording::format(msg::diag_over_limit_hint)));
    }
  }

  void check_not_empty() {
    if (!tree_.blueprint.present) return;
    if (bp_.stages.empty() && !has_syntax_error_in(bp_.span)) {
      report(diag::error(diag::checks::empty_blueprint, bp_.name_span, wording::format(msg::diag_empty_blueprint))
                 .with_hint(wording::format(msg::diag_empty_blueprint_hint)));
    }
    for (const Stage& stage : bp_.stages) {
      if (stage.steps.empty() && !has_syntax_error_in(stage.span)) {
        report(diag::error(diag::checks::empty_blueprint, stage.id_span,
                           wording::format(msg::diag_empty_stage, arg("stage", stage.id)))
                   .with_hint(wording::format(msg::diag_empty_stage_hint)));
      }
    }
  }

  // An empty stage whose text had a syntax error is empty because of that error.
  // The syntax errors' offsets are sorted once, so each question is a search.
  bool has_syntax_error_in(Span span) {
    if (!syntax_error_offsets_) {
      syntax_error_offsets_.emplace();
      for (const Diagnostic& d : out_) {
        if (d.code == diag::checks::syntax) syntax_error_offsets_->push_back(d.span.begin);
      }
      std::sort(syntax_error_offsets_->begin(), syntax_error_offsets_->end());
    }
    const auto it = std::lower_bound(syntax_error_offsets_->begin(), syntax_error_offsets_->end(), span.begin);
    return it != syntax_error_offsets_->end() && *it <= span.end;
  }

  // References --------------------------------------------------------------------

  std::optional<Located<Index>> resolve_actor(const syntax::Word& word) { return resolve(word, SymbolKind::actor); }

  std::optional<Located<Index>> resolve(const syntax::Word& word, SymbolKind kind) {
    const Symbol* symbol = bp_.find(word.text);
    if (symbol && symbol->kind == kind) return Located<Index>{symbol->index, word.span};
    if (symbol) {
      report(diag::error(diag::checks::unknown_reference, word.span,
                         wording::format(msg::diag_wrong_kind, arg("id", word.text),
                                         arg("found", indefinite(symbol->kind)), arg("wanted", indefinite(kind))))
                 .with_hint(wording::format(msg::diag_wrong_kind_hint, arg("wanted", indefinite(kind)))));
      return std::nullopt;
    }
    if (tree_.skipped_words.count(word.text)) return std::nullopt;
    // Suggestions cost an edit distance per candidate; a file full of unknown ids
    // must not make that quadratic.
    constexpr std::size_t max_suggestions = 100;
    std::optional<std::string> best;
    if (++unknown_references_ <= max_suggestions) best = diag::closest(word.text, ids_of(kind));
    report(diag::error(diag::checks::unknown_reference, word.span,
                       wording::format(msg::diag_unknown_id, arg("kind", kind_name(kind)), arg("id", word.text)))
               .with_hint(did_you_mean(msg::diag_unknown_id_hint, best))
               .with_replacement(best.value_or("")));
    return std::nullopt;
  }

  std::vector<std::string_view> ids_of(SymbolKind kind) const {
    std::vector<std::string_view> ids;
    const syntax::Blueprint& b = tree_.blueprint;
    if (kind == SymbolKind::actor) {
      for (const auto& a : b.actors)
        ids.push_back(a.id.text);
    } else if (kind == SymbolKind::standard) {
      for (const auto& s : b.standards)
        ids.push_back(s.id.text);
    } else {
      for (const auto& stage : b.stages) {
        for (const auto& step : stage.steps)
          ids.push_back(step.id.text);
      }
    }
    return ids;
  }

  // The kind as named inside a message: "step", and with its article, "a step".
  static std::string kind_name(SymbolKind kind) {
    constexpr const wording::Message* names[] = {&msg::model_kind_step, &msg::model_kind_stage, &msg::model_kind_actor,
                                                 &msg::model_kind_standard};
    return wording::format(*names[static_cast<int>(kind)]);
  }
  static std::string indefinite(SymbolKind kind) {
    constexpr const wording::Message* names[] = {&msg::model_kind_step_indefinite, &msg::model_kind_stage_indefinite,
                                                 &msg::model_kind_actor_indefinite,
                                                 &msg::model_kind_standard_indefinite};
    return wording::format(*names[static_cast<int>(kind)]);
  }

  // The hint of an unknown name: the closest known one, or nothing.
  static std::string did_you_mean(const wording::Message& hint, const std::optional<std::string>& best) {
    return best ? wording::format(hint, arg("suggestion", *best)) : std::string{};
  }

  const syntax::SyntaxTree& tree_;
  diag::Diagnostics& out_;
  const source::Limits& limits_;
  Blueprint bp_;
  std::unordered_map<std::string, Span> meta_spans_;
  std::size_t unknown_references_ = 0;
  std::optional<std::vector<std::uint32_t>> syntax_error_offsets_; // filled on first use, after parsing
};

} // namespace

Blueprint build(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits) {
  return ModelBuilder(tree, diagnostics, limits).run();
}

} // namespace bp::model
