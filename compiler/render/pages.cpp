#include "compiler/render/pages.hpp"

#include "compiler/layout/layout.hpp"

#include <algorithm>
#include <cstdlib>

namespace bp::render {

namespace {

constexpr double min_scale = smallest_on_paper / smallest_text;

// Whole stages, left to right, as many per page as fit `width` points; each page
// also holds the lane titles and the margins, as the full layout has them.
std::vector<std::vector<model::Index>> group_stages(const layout::Layout& full, double width) {
  std::vector<std::vector<model::Index>> groups;
  if (full.stages.empty()) return groups;
  const double left = full.stages.front().header.x, right = full.width - full.stages.back().header.right();
  double start = 0;
  for (const layout::StageColumn& column : full.stages) {
    const bool fits = !groups.empty() && left + (column.header.right() - start) + right <= width;
    if (!fits) {
      groups.emplace_back();
      start = column.header.x;
    }
    groups.back().push_back(column.stage);
  }
  return groups;
}

// The size Graphviz gives the drawing: `<svg width="1698pt" height="1008pt"`.
double svg_points(const std::string& svg, const std::string& attribute) {
  const std::size_t tag = svg.find("<svg");
  const std::size_t at = tag == std::string::npos ? tag : svg.find(" " + attribute + "=\"", tag);
  if (at == std::string::npos) return 0;
  return std::strtod(svg.c_str() + at + attribute.size() + 3, nullptr);
}

} // namespace

diag::Result<std::vector<DiagramPart>> render_parts(const check::CheckedBlueprint& checked, RenderOptions options,
                                                    const Paper& paper) {
  options.format = Format::svg;
  options.layout.stages.clear();
  const layout::Layout full = layout::compute_layout(checked.blueprint, options.layout);
  // Landscape when the diagram's height fits at the smallest scale; else portrait.
  const bool landscape = full.height * min_scale <= paper.height;
  const double sheet_w = landscape ? paper.width : paper.height, sheet_h = landscape ? paper.height : paper.width;
  std::vector<DiagramPart> parts;
  for (std::vector<model::Index>& stages : group_stages(full, sheet_w / min_scale)) {
    DiagramPart part;
    part.stages = std::move(stages);
    options.layout.stages = {part.stages.begin(), part.stages.end()};
    diag::Result<std::string> svg = render(checked, options);
    if (!svg) return diag::failure(svg.error());
    part.svg = std::move(svg).value();
    part.width = svg_points(part.svg, "width"), part.height = svg_points(part.svg, "height");
    if (part.width <= 0 || part.height <= 0) return diag::failure("Graphviz drew an SVG without a size");
    part.scale = std::min({1.0, sheet_w / part.width, sheet_h / part.height});
    part.landscape = landscape;
    parts.push_back(std::move(part));
  }
  return parts;
}

} // namespace bp::render
