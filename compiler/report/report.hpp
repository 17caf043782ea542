#pragma once
// The client report: one self-contained HTML file (inline CSS and SVG, no script,
// no network request) with the cover, summary figures, the diagram, findings with
// their explanations, the checklist, SERVQUAL coverage and time per stage.

#include "compiler/check/checked_blueprint.hpp"

#include <string>

namespace bp::report {

struct ReportResult {
  std::string html;
  std::string error; // empty on success (the diagram could not be drawn otherwise)
};

// The blueprint must have no errors.
ReportResult write_report(const check::CheckedBlueprint& checked);

} // namespace bp::report
