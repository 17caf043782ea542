#pragma once
// The diagnostics of a compiled text as short lines, for the language tests:
// "CODE line:column message", and whether any line holds a part.

#include "compiler/driver/compile.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace bp::test {

inline std::vector<std::string> findings(const driver::CompileResult& r) {
  std::vector<std::string> out;
  for (const diag::Diagnostic& d : r.diagnostics) {
    const source::Location at = r.source->location(d.span.begin);
    out.push_back(fmt::format("{} {}:{} {}", d.code.code(), at.line, at.column, d.message));
  }
  return out;
}

inline bool has(const std::vector<std::string>& all, const std::string& part) {
  return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

} // namespace bp::test
