#pragma once
// Compiled blueprint to diagram bytes: layout, scene, then DOT text or Graphviz.

#include "compiler/check/checked_blueprint.hpp"
#include "compiler/diag/result.hpp"
#include "compiler/layout/layout.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bp::render {

enum class Format { svg, png, pdf, dot };

struct RenderOptions {
  Format format = Format::svg;
  bool highlight_findings = false;
  // Only the findings these select (`warnings`, `errors`, `notes`, or a check's
  // code or name), when any is given; they imply `highlight_findings`.
  std::vector<std::string> highlight_only;
  bool highlight_critical_path = false; // of the persona's journey when one is given
  std::optional<model::Index> persona;  // one persona's journey; the other personas' steps dimmed
  layout::LayoutOptions layout;
};

// The diagram's bytes, or why Graphviz could not draw it.
diag::Result<std::string> render(const check::CheckedBlueprint& checked, const RenderOptions& options);

const char* extension(Format format);

// Whether `selector` is one `highlight_only` takes.
bool is_finding_selector(std::string_view selector);

} // namespace bp::render
