#pragma once
// The report's findings as a client reads them: grouped by check, the check's
// explanation once, then every place it fires; and, first of all, the few things
// to fix, ranked.

#include "compiler/check/checked_blueprint.hpp"

#include <string>

namespace bp::report {

// "What to fix first": the checks that fired, errors first, then warnings, then
// notes, each by how many places; the first few of them. Empty with no findings.
std::string fix_first(const check::CheckedBlueprint& checked);

// Every finding, one article per check.
std::string findings(const check::CheckedBlueprint& checked);

} // namespace bp::report
