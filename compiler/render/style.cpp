#include "compiler/render/style.hpp"

#include "compiler/render/gv_attributes.hpp"

namespace bp::render::style {

BoxLook lane_band(model::Lane lane) {
  return BoxLook{.outline = "filled", .fill = colour::lanes[static_cast<int>(lane)], .border = colour::none};
}

const ArrowLook& arrow(model::Arrow kind) {
  switch (kind) {
  case model::Arrow::information: return information_arrow;
  case model::Arrow::interaction: return interaction_arrow;
  case model::Arrow::journey: return journey_arrow;
  case model::Arrow::handoff: break;
  }
  return handoff_arrow;
}

LineLook line(model::Line kind) {
  const bool visibility = kind == model::Line::visibility;
  return LineLook{visibility ? colour::visibility_line : colour::ink, visibility ? "dashed" : "solid",
                  kind == model::Line::internal ? 1 : 1.4};
}

Attributes attributes(const BoxLook& look) {
  Attributes out;
  if (look.shape) out.emplace_back("shape", look.shape);
  if (look.outline) out.emplace_back("style", look.outline);
  if (look.fill) out.emplace_back("fillcolor", look.fill);
  if (look.border) out.emplace_back("color", look.border);
  if (look.pen) out.emplace_back("penwidth", plain_number(*look.pen));
  return out;
}

Attributes attributes(const ArrowLook& look) {
  Attributes out;
  if (look.both_ends) out.emplace_back("dir", "both");
  if (look.dash) out.emplace_back("style", look.dash);
  if (look.colour) out.emplace_back("color", look.colour);
  if (look.pen) out.emplace_back("penwidth", plain_number(*look.pen));
  return out;
}

Attributes letter_attributes(const GlyphLook& glyph) {
  Attributes out{{"label", glyph.text}};
  if (glyph.font) out.emplace_back("fontname", glyph.font);
  out.emplace_back("fontsize", plain_number(glyph.size));
  out.emplace_back("fontcolor", glyph.colour);
  return out;
}

Attributes star_attributes(const char* colour) {
  return {{"label", moment_star.glyph.text}, {"fontcolor", colour}, {"fontsize", plain_number(moment_star.glyph.size)}};
}

const char* feeling_colour(int feeling) {
  return feeling > 0 ? colour::feeling_up : feeling < 0 ? colour::feeling_down : colour::feeling_even;
}

BoxLook default_pen(BoxLook look) {
  look.pen.reset();
  return look;
}

} // namespace bp::render::style
