#pragma once
// The diagnostics of a compiled text as short lines, for the language tests:
// "CODE line:column message" ("CODE file:line:column message" in an imported
// file), and whether any line holds a part.

#include "compiler/driver/compile.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace bp::test {

inline std::vector<std::string> findings(const driver::CompileResult& r) {
  std::vector<std::string> out;
  for (const diag::Diagnostic& d : r.diagnostics) {
    const source::SourceFile& file = r.file_at(d.span.begin);
    const source::Location at = file.location(d.span.begin);
    const std::string in = &file == r.source.get() ? "" : file.name() + ":";
    out.push_back(fmt::format("{} {}{}:{} {}", d.code.code(), in, at.line, at.column, d.message));
  }
  return out;
}

inline bool has(const std::vector<std::string>& all, const std::string& part) {
  return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

} // namespace bp::test
