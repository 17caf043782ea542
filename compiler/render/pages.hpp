#pragma once
// A diagram cut into pages for print: whole stages per page, each part drawn on
// its own (so every page has the lane titles down its left side), at a scale
// that keeps the smallest text at 6 pt or more on paper. The report prints its
// parts; `render --page` will write them as the pages of one PDF.

#include "compiler/check/checked_blueprint.hpp"
#include "compiler/diag/result.hpp"
#include "compiler/render/render.hpp"

#include <string>
#include <vector>

namespace bp::render {

// The printable area of a sheet, in points, held landscape (width >= height).
struct Paper {
  double width = 0, height = 0;
};
// A3 less 12 mm margins on each side.
inline constexpr Paper a3_printable{(420 - 24) * 72 / 25.4, (297 - 24) * 72 / 25.4};
// The smallest text the diagram draws (tags, line names), in points, and the
// smallest it may be on paper.
inline constexpr double smallest_text = 7.5, smallest_on_paper = 6;

struct DiagramPart {
  std::vector<model::Index> stages; // in order
  std::string svg;
  double width = 0, height = 0; // the part's size in points
  double scale = 1;             // on paper
  bool landscape = true;        // the sheet's orientation
};

// The parts, left to right; one part when the whole diagram fits one sheet.
// `options.layout.stages` is ignored: every stage is drawn, on some page.
diag::Result<std::vector<DiagramPart>> render_parts(const check::CheckedBlueprint& checked, RenderOptions options,
                                                    const Paper& paper = a3_printable);

} // namespace bp::render
