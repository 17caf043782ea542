#include "compiler/model/personas_and_channels.hpp"

#include "compiler/model/attribute_rules.hpp"

namespace bp::model::building {

Persona build_persona(const syntax::Profile& p) {
  Persona persona{p.id.text, p.label.value, {}, p.span, p.id.span};
  for (const syntax::Attr& attr : p.attrs)
    persona.notes.push_back(attr.texts.at(0).value); // the grammar allows only `note`
  return persona;
}

Channel build_channel(BuilderState& state, const syntax::Profile& c) {
  Channel channel{c.id.text, c.label.value, {}, {}, c.span, c.id.span};
  for (const syntax::Attr& attr : c.attrs) {
    if (attr.keyword.text == "note") {
      channel.notes.push_back(attr.texts.at(0).value);
    } else if (!channel.remote) {
      channel.remote = attr.span;
    } else {
      report_given_twice(state, attr, *channel.remote, wording::msg::diag_given_twice_channel, channel.id);
    }
  }
  return channel;
}

} // namespace bp::model::building
