#pragma once
// A file as the report names it: relative to the folder the report is made in,
// never an absolute path that shows the consultant's machine to the client.

#include <filesystem>
#include <string>

namespace bp::report {

inline std::string shown_name(const std::string& name) {
  const std::filesystem::path path(name);
  if (!path.is_absolute()) return name;
  std::error_code ec;
  const std::filesystem::path here = std::filesystem::current_path(ec);
  const std::filesystem::path relative = ec ? path.filename() : path.lexically_relative(here);
  return relative.empty() ? path.filename().string() : relative.generic_string();
}

} // namespace bp::report
