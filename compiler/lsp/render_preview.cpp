// blueprint/render: the editor's preview drawn from the server's own analysis,
// so the diagram and the Problems panel always agree.

#include "compiler/lsp/features.hpp"
#include "compiler/render/render.hpp"

namespace bp::lsp {

Preview render_preview(const Analysis& a, bool highlight_findings) {
  if (a.compiled.has_errors()) return {};
  render::RenderOptions options;
  options.format = render::Format::svg;
  options.highlight_findings = highlight_findings;
  render::RenderResult result = render::render(a.compiled.checked(), options);
  if (!result.error.empty()) return {std::nullopt, std::move(result.error)};
  return {std::move(result.bytes), {}};
}

} // namespace bp::lsp
