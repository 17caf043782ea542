#pragma once
// Limits on what one blueprint may hold. Blueprints arrive from anyone's branch;
// these keep time and memory proportional to a sane file, and each one exceeded is
// a clear error (BP004), never a hang. docs/security.md lists them.

#include <cstddef>

namespace bp::source {

struct Limits {
  std::size_t max_file_bytes = 64u << 20; // 64 MiB; `--max-file-size` raises it
  std::size_t max_string_chars = 10'000;  // one string literal, in code points
  std::size_t max_id_chars = 200;         // one identifier, in code points
  std::size_t max_steps = 200'000;
  std::size_t max_flows = 1'000'000;    // after chains are split into single arrows
  std::size_t max_imported_files = 256; // libraries of one compile, directly or not
};

} // namespace bp::source
