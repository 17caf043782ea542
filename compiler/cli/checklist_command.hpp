#pragma once
// `blueprint checklist FILE [-o OUT] [--format md|html|csv|json] [--bom]`.

#include "compiler/check/settings.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace bp::cli {

struct ChecklistOptions {
  std::string file;
  std::string output = "-";
  std::string format; // empty: from the output's extension, else md
  bool bom = false;
  check::CheckSettings settings;
  std::string message_format = "human"; // or "json"
};

void add_checklist_command(CLI::App& app, ChecklistOptions& options);
int run_checklist(const ChecklistOptions& options);

} // namespace bp::cli
