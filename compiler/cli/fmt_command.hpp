#pragma once
// `blueprint fmt FILE... [--check] [--write]`: the canonical layout.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace bp::cli {

struct FmtOptions {
  std::vector<std::string> files;
  bool check = false;
  bool write = false;
  std::string message_format = "human"; // or "json"
};

void add_fmt_command(CLI::App& app, FmtOptions& options);
int run_fmt(const FmtOptions& options);

} // namespace bp::cli
