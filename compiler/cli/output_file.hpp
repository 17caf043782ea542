#pragma once
// Writing outputs safely: to a temporary file in the destination's folder, then
// renamed over the destination, so a failed write never leaves a truncated or
// half-written file and an existing output stays as it was.

#include "compiler/diag/result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bp::cli {

// Writes `bytes` to `path` atomically (or to stdout for "-"). Refuses to write
// over any of `inputs`. Fails with the message for the user.
diag::Result<void> write_output(const std::string& path, const std::string& bytes,
                                const std::vector<std::string>& inputs);

} // namespace bp::cli
