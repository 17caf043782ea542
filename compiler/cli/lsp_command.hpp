#pragma once
// `blueprint lsp`: the language server over standard input and output.

#include <CLI/CLI.hpp>

namespace bp::cli {

void add_lsp_command(CLI::App& app);
int run_lsp();

} // namespace bp::cli
