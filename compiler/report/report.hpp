#pragma once
// The client report: one self-contained HTML file (inline CSS and SVG, no script,
// no network request) with the cover, summary figures, the diagram, findings with
// their explanations, the checklist, SERVQUAL coverage and time per stage.

#include "compiler/check/checked_blueprint.hpp"
#include "compiler/diag/result.hpp"

#include <string>

namespace bp::report {

// The report's HTML, or why its diagram could not be drawn. The blueprint must
// have no errors.
diag::Result<std::string> write_report(const check::CheckedBlueprint& checked);

} // namespace bp::report
