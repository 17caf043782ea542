#include "compiler/model/info_lanes.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/spelling.hpp"
#include "compiler/model/symbols.hpp"
#include "compiler/syntax/error_text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::model::building {

namespace {

namespace msg = wording::msg;
using fmt::arg;

void report_not_step(BuilderState& state, Span at, std::string_view keyword, const syntax::Step& item) {
  state.report(diag::error(diag::checks::invalid_value, at,
                           wording::format(msg::diag_info_item_not_step, arg("keyword", keyword),
                                           arg("id", item.id.text), arg("lane", item.lane.text)))
                   .with_hint(wording::format(msg::diag_info_item_not_step_hint)));
}

// A first word that names neither a lane nor an information lane: most often a
// misspelt lane, so the five lanes are offered with the declared ones.
void report_unknown_lane(BuilderState& state, const syntax::Word& word) {
  std::vector<std::string_view> lanes;
  for (model::Lane lane : all_lanes)
    lanes.push_back(grammar::word_for(lane));
  for (const syntax::InfoLane& l : state.tree.blueprint.lanes)
    lanes.push_back(l.id.text);
  const std::optional<std::string> best = diag::closest(word.text, lanes);
  state.report(
      diag::error(diag::checks::unknown_reference, word.span,
                  wording::format(msg::diag_unknown_id, arg("kind", wording::format(msg::model_kind_info_lane)),
                                  arg("id", word.text)))
          .with_hint(best ? did_you_mean(msg::diag_unknown_id_hint, best)
                          : wording::format(msg::diag_unknown_lane_hint))
          .with_replacement(best.value_or("")));
}

// What a step may have and an item may not.
void report_step_parts(BuilderState& state, const syntax::Step& s) {
  for (const std::optional<syntax::Word>* clause : {&s.by, &s.via}) {
    if (*clause) report_not_step(state, (*clause)->span, clause == &s.by ? "by" : "via", s);
  }
  if (s.takes) report_not_step(state, s.takes->span, "takes", s);
  if (!s.personas.empty()) report_not_step(state, s.personas.front().span, "for", s);
  for (const syntax::Attr& attr : s.attrs) {
    if (attr.keyword.text != "note") report_not_step(state, attr.keyword.span, attr.keyword.text, s);
  }
}

} // namespace

bool is_info_item(const syntax::Step& step) { return !grammar::is_word_of(grammar::Meaning::lane, step.lane.text); }

std::optional<Index> declared_lane(const syntax::Blueprint& b, const syntax::Step& item) {
  const auto lane = std::find_if(b.lanes.begin(), b.lanes.end(),
                                 [&](const syntax::InfoLane& l) { return l.id.text == item.lane.text; });
  if (lane == b.lanes.end()) return std::nullopt;
  return static_cast<Index>(lane - b.lanes.begin());
}

InfoLane build_info_lane(const syntax::InfoLane& l) {
  InfoLane lane;
  lane.id = l.id.text;
  lane.title = l.title.value;
  lane.place = l.place.text.starts_with("above") ? InfoLane::Place::above_evidence : InfoLane::Place::below_support;
  lane.span = l.span;
  lane.id_span = l.id.span;
  return lane;
}

void build_info_item(BuilderState& state, const syntax::Step& s, Index stage) {
  Blueprint& b = state.blueprint;
  // By the tree's declarations, as declare_symbols counts the items.
  const std::optional<Index> lane = declared_lane(state.tree.blueprint, s);
  if (!lane) {
    state.unplaced_ids.insert(s.id.text);
    const Symbol* other = b.find(s.lane.text);
    if (state.imports_incomplete && !other) {
      // probably a lane of the library that could not be read
    } else if (b.info_lanes.empty()) {
      state.report(syntax::stage_item_error(s.lane)); // as version 1 said it: a misspelt lane
    } else if (other) {
      resolve(state, s.lane, SymbolKind::info_lane); // reports what it names instead
    } else if (!state.tree.skipped_words.count(s.lane.text)) {
      report_unknown_lane(state, s.lane);
    }
    return;
  }
  report_step_parts(state, s);
  InfoItem item{s.id.text, s.label.value, *lane, stage, {}, s.span, s.id.span, s.lane.span};
  for (const syntax::Attr& attr : s.attrs) {
    if (attr.keyword.text == "note") item.notes.push_back(attr.texts.at(0).value);
  }
  const Index index = static_cast<Index>(b.info_items.size());
  b.info_lanes[*lane].items.push_back(index);
  b.stages[stage].items.push_back(index);
  b.info_items.push_back(std::move(item));
}

} // namespace bp::model::building
