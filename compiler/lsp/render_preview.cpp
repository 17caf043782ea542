// blueprint/render: the editor's preview drawn from the server's own analysis,
// so the diagram and the Problems panel always agree.

#include "compiler/lsp/features.hpp"
#include "compiler/render/render.hpp"

namespace bp::lsp {

diag::Result<std::optional<std::string>> render_preview(const Analysis& a, bool highlight_findings) {
  if (a.compiled.has_errors()) return std::optional<std::string>{};
  render::RenderOptions options;
  options.format = render::Format::svg;
  options.highlight_findings = highlight_findings;
  diag::Result<std::string> svg = render::render(a.compiled.checked(), options);
  if (!svg) return diag::failure(svg.error());
  return std::optional<std::string>(std::move(svg).value());
}

} // namespace bp::lsp
