#pragma once
// The report's diagram: on screen the whole blueprint, which the reader scrolls
// and zooms; in print, its parts (render/pages.hpp), whole stages on each A3
// sheet with the lane titles repeated, "continued" marks, and no text under 6 pt.

#include "compiler/check/checked_blueprint.hpp"
#include "compiler/diag/result.hpp"
#include "compiler/render/render.hpp"

#include <string>

namespace bp::report {

diag::Result<std::string> diagram_html(const check::CheckedBlueprint& checked, const render::RenderOptions& options);

// The stylesheet of both: which shows on screen, which in print, and the sheets.
extern const char* const diagram_css;

// Graphviz's SVG as an element of the page: no XML prolog, doctype or comments;
// with `id_prefix`, its ids made unique among the page's drawings.
std::string inline_svg(const std::string& svg, const std::string& id_prefix = "");

} // namespace bp::report
