#pragma once
// Reading blueprint files (or standard input for `-`) for the subcommands.

#include <optional>
#include <string>

namespace bp::cli {

struct Input {
  std::string name; // as given, or "<stdin>"
  std::string text;
};

// The file's bytes, or nothing after printing a clear error to stderr.
std::optional<Input> read_input(const std::string& path);

} // namespace bp::cli
