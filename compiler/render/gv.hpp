#pragma once
// The only place that links Graphviz: builds the drawing with cgraph and renders
// it in-process with gvc's `nop2` engine (positions and routes as given).

#include "compiler/diag/result.hpp"
#include "compiler/render/drawing.hpp"

#include <string>

namespace bp::render {

// The drawn bytes, or what Graphviz said went wrong. `format` is svg, png or pdf.
diag::Result<std::string> render_with_graphviz(const Drawing& drawing, const std::string& format);

} // namespace bp::render
