#pragma once
// Shared by the commands that need a valid blueprint (render, checklist, report):
// read and compile it; on errors, print them to stderr and say nothing is written
// (or, with --message-format json, leave them to the sink's document).

#include "compiler/cli/message_format.hpp"
#include "compiler/driver/compile.hpp"

#include <optional>
#include <string>

namespace bp::cli {

struct CompiledInput {
  driver::CompileResult compiled;
  int exit_code = 0; // 0: usable; 1: the blueprint has errors; 2: it could not be read
};

// The options every command compiles a read file with: its name, the size
// limit, and imports read from the disk next to it.
driver::CompileOptions options_for(const std::string& name);

CompiledInput compile_input(const std::string& path, DiagnosticSink& sink, const check::CheckSettings& settings);

// The extension of `path` without the dot ("" for `-` or none).
std::string extension_of(const std::string& path);

} // namespace bp::cli
