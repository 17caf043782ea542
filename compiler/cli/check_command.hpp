#pragma once
// `blueprint check FILE...`: compile each file and print its diagnostics.

#include "compiler/check/settings.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace bp::cli {

struct CheckOptions {
  std::vector<std::string> files;
  std::string format = "human";
  std::string color = "auto";
  std::vector<std::string> allow, warn, deny; // check names or codes, or `warnings`
  check::CheckSettings settings;
};

void add_check_command(CLI::App& app, CheckOptions& options);
int run_check(const CheckOptions& options);

} // namespace bp::cli
