#pragma once
// A file as the report names it: relative to the folder the report is made in,
// never an absolute path that shows the consultant's machine to the client; a
// file outside that folder (`../../work/x.blueprint`) by its name alone.

#include <filesystem>
#include <string>

namespace bp::report {

inline std::string shown_name(const std::string& name) {
  const std::filesystem::path path(name);
  std::filesystem::path relative = path.lexically_normal();
  if (path.is_absolute()) {
    std::error_code ec;
    const std::filesystem::path here = std::filesystem::current_path(ec);
    relative = ec ? path.filename() : path.lexically_relative(here);
  }
  if (relative.empty() || *relative.begin() == "..") return path.filename().string();
  return path.is_absolute() ? relative.generic_string() : name;
}

} // namespace bp::report
