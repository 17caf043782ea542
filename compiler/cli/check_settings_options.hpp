#pragma once
// The options that set what checks measure against (check/settings.hpp), shared
// by every command that runs the checks: check, render, checklist and report.

#include "compiler/check/settings.hpp"

#include <CLI/CLI.hpp>

namespace bp::cli {

void add_check_settings_options(CLI::App& command, check::CheckSettings& settings);

} // namespace bp::cli
