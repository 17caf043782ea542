#include "compiler/layout/flow_text.hpp"

#include "compiler/layout/metrics.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::layout {

namespace m = metrics;

bool channel_switch(const model::Blueprint& b, const model::Flow& f) {
  const model::Step& from = b.steps[f.from];
  const model::Step& to = b.steps[f.to];
  return from.lane == model::Lane::customer && to.lane == model::Lane::customer && from.channel && to.channel &&
         from.channel->value != to.channel->value;
}

bool flow_label_shortened(const model::Flow& f) {
  return f.label && wrap_text(*f.label, m::flow_label_size, m::flow_label_max_width, m::flow_label_lines).shortened;
}

std::optional<std::string> flow_text(const model::Blueprint& b, const model::Flow& f) {
  std::string text;
  if (f.label && !f.label->empty())
    text = wrap(*f.label, m::flow_label_size, m::flow_label_max_width, m::flow_label_lines).front();
  if (f.share) text += fmt::format("{}{:g}%", text.empty() ? "" : " · ", f.share->value);
  if (channel_switch(b, f))
    text += (text.empty() ? "" : " · ") + std::string(wording::text(wording::msg::diagram_channel_switch));
  if (text.empty()) return std::nullopt;
  return text;
}

} // namespace bp::layout
