// BP408: labels the diagram cuts short. The boxes are sized as the layout sizes
// them (layout::shortened_texts), with the fonts that draw them, so the note is
// given exactly where the drawn label ends in "…".

#include "compiler/check/check_context.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::check {

namespace msg = wording::msg;
using fmt::arg;

namespace {

Finding shortened(const model::Blueprint& b, const layout::Shortened& s) {
  using W = layout::Shortened::What;
  const auto note = [&](Span at, const wording::Message& message, const std::string& id, Subject subject) {
    return finding(diag::checks::label_shortened, at, wording::format(message, arg("id", id), arg("lines", s.limit)),
                   std::move(subject));
  };
  switch (s.what) {
  case W::step_label: {
    const model::Step& step = b.steps[s.index];
    return note(step.id_span, msg::diag_label_shortened_step, step.id, {{s.index}, step.stage, {}});
  }
  case W::actor: {
    const model::Actor& actor = b.actors[s.index];
    return note(actor.id_span, msg::diag_label_shortened_actor, actor.id, {});
  }
  case W::stage_label: {
    const model::Stage& stage = b.stages[s.index];
    return note(stage.id_span, msg::diag_label_shortened_stage, stage.id, {{}, s.index, {}});
  }
  case W::flow_label: {
    const model::Flow& flow = b.flows[s.index];
    return finding(diag::checks::label_shortened, flow.span,
                   wording::format(msg::diag_label_shortened_flow, arg("from", b.steps[flow.from].id),
                                   arg("to", b.steps[flow.to].id)),
                   {{flow.from, flow.to}, {}, {}});
  }
  case W::item_label: break;
  }
  const model::InfoItem& item = b.info_items[s.index];
  return note(item.id_span, msg::diag_label_shortened_item, item.id, {{}, item.stage, {}});
}

} // namespace

void check_labels(const CheckContext& c) {
  for (const layout::Shortened& s : layout::shortened_texts(c.blueprint)) {
    // A library's declarations are drawn by the blueprints that import them.
    if (s.what == layout::Shortened::What::actor && c.blueprint.imported(c.blueprint.actors[s.index].span)) continue;
    c.out.push_back(shortened(c.blueprint, s).with_hint(wording::format(msg::diag_label_shortened_hint)));
  }
}

} // namespace bp::check
