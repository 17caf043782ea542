#pragma once
// Helpers shared by the test executables.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace bp::test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace bp::test
