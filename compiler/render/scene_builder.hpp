#pragma once
// Layout to drawing: colours, shapes, fonts, tooltips. Knows the look of a
// service blueprint; knows nothing of Graphviz's API.

#include "compiler/layout/layout.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/render/drawing.hpp"

#include <set>

namespace bp::render {

struct SceneOptions {
  std::set<model::Index> highlighted_steps; // `--highlight findings`
};

Drawing build_scene(const model::Blueprint& blueprint, const layout::Layout& layout, const SceneOptions& options = {});

// Text as a Graphviz label: backslashes doubled (Graphviz reads `\N`, `\n`, ...
// in labels) and control characters replaced, so any label shows as written.
std::string label_text(std::string_view text);

// The fonts the diagram asks for; Pango reads a trailing "Bold" as the weight.
extern const char* const diagram_font;
extern const char* const diagram_bold_font;

} // namespace bp::render
