#pragma once
// The only place that links Graphviz: builds the drawing with cgraph and renders
// it in-process with gvc's `nop2` engine (positions and routes as given).

#include "compiler/render/drawing.hpp"

#include <string>

namespace bp::render {

struct Rendered {
  std::string bytes;
  std::string error; // empty on success
};

// `format` is svg, png or pdf.
Rendered render_with_graphviz(const Drawing& drawing, const std::string& format);

} // namespace bp::render
