#pragma once
// `blueprint render FILE [-o OUT] [--format svg|png|pdf|dot] [--highlight WHAT] [--persona ID]`:
// draw the diagram.

#include "compiler/check/settings.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace bp::cli {

struct RenderCommandOptions {
  std::string file;
  std::string output;                 // empty: next to the input
  std::string format;                 // empty: from the output's extension, else svg
  std::vector<std::string> highlight; // "findings", "critical-path", "warnings", "notes", "errors", check names
  std::string persona;                // empty: every persona's journey
  std::vector<std::string> stages, lanes;
  check::CheckSettings settings;
  std::string message_format = "human"; // or "json"
};

void add_render_command(CLI::App& app, RenderCommandOptions& options);
int run_render(const RenderCommandOptions& options);

} // namespace bp::cli
