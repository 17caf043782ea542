#include "compiler/model/step_attrs.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/model/attribute_rules.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/model/symbols.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::model::building {

namespace {

namespace msg = wording::msg;
using fmt::arg;

// A word on a step whose lane it does not belong in.
void report_lane(BuilderState& state, const Step& step, Span at, const wording::Message& message,
                 const wording::Message& hint) {
  state.report(diag::error(diag::checks::invalid_value, at,
                           wording::format(message, arg("lane", to_string(step.lane)), arg("step", step.id)))
                   .with_hint(wording::format(hint)));
}
void report_lane(BuilderState& state, const Step& step, const syntax::Attr& attr, const wording::Message& message,
                 const wording::Message& hint) {
  report_lane(state, step, attr.keyword.span, message, hint);
}

// `decision` or `end`: a mark without a value, given once.
void mark(BuilderState& state, Step& step, std::optional<Span>& slot, const syntax::Attr& attr) {
  if (slot) return report_given_twice(state, attr, *slot, msg::diag_given_twice_step, step.id);
  slot = attr.span;
  if (&slot == &step.decision && step.lane == Lane::evidence)
    report_lane(state, step, attr, msg::diag_decision_lane, msg::diag_decision_lane_hint);
  if (&slot == &step.end && step.lane != Lane::customer)
    report_lane(state, step, attr, msg::diag_end_lane, msg::diag_end_lane_hint);
}

void moment_attr(BuilderState& state, Step& step, const syntax::Attr& attr) {
  if (step.lane == Lane::backstage || step.lane == Lane::support)
    report_lane(state, step, attr, msg::diag_moment_lane, msg::diag_moment_lane_hint);
  if (first(state, step.moment, attr, given_at(step.moment), msg::diag_given_twice_step, step.id))
    step.moment = Moment{attr.texts.at(0).value, attr.span};
}

void feeling_attr(BuilderState& state, Step& step, const syntax::Attr& attr) {
  if (step.lane != Lane::customer) report_lane(state, step, attr, msg::diag_feeling_lane, msg::diag_feeling_lane_hint);
  if (first(state, step.feeling, attr, given_at(step.feeling), msg::diag_given_twice_step, step.id)) {
    if (auto value = checked_feeling(attr.quantities.at(0), state.out)) step.feeling = Located<int>{*value, attr.span};
  }
}

// An FMEA score: a number, or for severity v1's word.
void score(BuilderState& state, std::optional<Located<int>>& slot, const syntax::Attr& item) {
  if (!item.quantities.empty()) {
    if (auto value = checked_score(item.quantities[0], item.keyword.text, state.out))
      slot = Located<int>{*value, item.span};
  }
}

void fail_item(BuilderState& state, FailPoint& fail, const syntax::Attr& item) {
  auto once = [&](const auto& slot) {
    return first(state, slot, item, given_at(slot), msg::diag_given_twice_fail_point);
  };
  const std::string& key = item.keyword.text;
  if (key == "recovery" && once(fail.recovery)) {
    fail.recovery = Located<std::string>{item.texts.at(0).value, item.span};
  } else if (key == "prevent" && once(fail.prevent)) {
    fail.prevent = Located<std::string>{item.texts.at(0).value, item.span};
  } else if (key == "cause" && once(fail.cause)) {
    fail.cause = Located<FailCause>{grammar::value_of<FailCause>(item.words.at(0).text), item.span};
  } else if (key == "level" && once(fail.level)) {
    fail.level = Located<RecoveryLevel>{grammar::value_of<RecoveryLevel>(item.words.at(0).text), item.span};
  } else if (key == "owner" && once(fail.owner)) {
    fail.owner = resolve_actor(state, item.words.at(0));
  } else if (key == "severity" && once(fail.severity_score)) {
    if (!item.words.empty()) {
      const auto word = grammar::value_of<FailSeverity>(item.words[0].text, FailSeverity::high);
      fail.severity = Located<FailSeverity>{word, item.span};
      fail.severity_score = Located<int>{severity_score(word), item.span};
    }
    score(state, fail.severity_score, item);
  } else if (key == "likelihood" && once(fail.likelihood)) {
    score(state, fail.likelihood, item);
  } else if (key == "detection" && once(fail.detection)) {
    score(state, fail.detection, item);
  }
}

FailPoint build_fail(BuilderState& state, const syntax::Attr& attr) {
  FailPoint fail;
  fail.text = attr.texts.at(0).value;
  fail.span = attr.span;
  fail.text_span = attr.texts.at(0).span;
  for (const syntax::Attr& item : attr.block)
    fail_item(state, fail, item);
  return fail;
}

WaitPoint build_wait(BuilderState& state, const syntax::Attr& attr) {
  WaitPoint wait;
  wait.text = attr.texts.at(0).value;
  wait.span = attr.span;
  wait.text_span = attr.texts.at(0).span;
  for (const syntax::Attr& item : attr.block) {
    auto& slot = item.keyword.text == "expected" ? wait.expected : wait.tolerance;
    if (first(state, slot, item, given_at(slot), msg::diag_given_twice_wait_point)) {
      if (auto seconds = checked_duration(item.quantities.at(0), state.out))
        slot = Located<double>{*seconds, item.span};
    }
  }
  return wait;
}

} // namespace

void step_attr(BuilderState& state, Step& step, const syntax::Attr& attr) {
  const std::string& key = attr.keyword.text;
  if (key == "moment") {
    moment_attr(state, step, attr);
  } else if (key == "fail") {
    step.fail_points.push_back(build_fail(state, attr));
  } else if (key == "wait") {
    step.wait_points.push_back(build_wait(state, attr));
  } else if (key == "meets") {
    for (const syntax::Word& word : attr.words) {
      if (auto standard = resolve(state, word, SymbolKind::standard)) step.meets.push_back(*standard);
    }
  } else if (key == "feeling") {
    feeling_attr(state, step, attr);
  } else if (key == "pain" || key == "idea") {
    (key == "pain" ? step.pains : step.ideas).push_back(Located<std::string>{attr.texts.at(0).value, attr.span});
  } else if (key == "decision") {
    mark(state, step, step.decision, attr);
  } else if (key == "end") {
    mark(state, step, step.end, attr);
  } else if (key == "note") {
    step.notes.push_back(attr.texts.at(0).value);
  } else if (key == "allow") {
    allow(state, attr, step.allowed);
  }
}

void step_clauses(BuilderState& state, Step& step, const syntax::Step& s) {
  if (s.via) {
    if (step.lane != Lane::customer && step.lane != Lane::frontstage)
      report_lane(state, step, s.via->span, msg::diag_via_lane, msg::diag_via_lane_hint);
    step.channel = resolve(state, *s.via, SymbolKind::channel);
  }
  if (!s.personas.empty() && step.lane == Lane::evidence)
    report_lane(state, step, s.personas.front().span, msg::diag_for_lane, msg::diag_for_lane_hint);
  for (const syntax::Word& word : s.personas) {
    if (auto persona = resolve(state, word, SymbolKind::persona)) step.personas.push_back(*persona);
  }
}

} // namespace bp::model::building
