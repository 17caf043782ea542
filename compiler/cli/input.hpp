#pragma once
// Reading blueprint files (or standard input for `-`) for the subcommands.

#include <cstddef>
#include <optional>
#include <string>

namespace bp::cli {

struct Input {
  std::string name; // as given, or "<stdin>"
  std::string text;
};

// The largest file the commands read, in bytes; `--max-file-size` sets it.
std::size_t& max_input_bytes();

// The file's bytes, or nothing after printing a clear error to stderr (a file
// over max_input_bytes() is refused before it is read).
std::optional<Input> read_input(const std::string& path);

} // namespace bp::cli
