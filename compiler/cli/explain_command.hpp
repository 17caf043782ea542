#pragma once
// `blueprint explain CHECK`: the long explanation of a check, by code or name.

#include <CLI/CLI.hpp>

#include <string>

namespace bp::cli {

struct ExplainOptions {
  std::string check; // empty: list every check
};

void add_explain_command(CLI::App& app, ExplainOptions& options);
int run_explain(const ExplainOptions& options);

} // namespace bp::cli
