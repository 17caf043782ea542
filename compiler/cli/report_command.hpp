#pragma once
// `blueprint report FILE -o report.html`: the self-contained client report.

#include "compiler/check/settings.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace bp::cli {

struct ReportOptions {
  std::string file;
  std::string output;
  check::CheckSettings settings;
  std::string message_format = "human"; // or "json"
};

void add_report_command(CLI::App& app, ReportOptions& options);
int run_report(const ReportOptions& options);

} // namespace bp::cli
