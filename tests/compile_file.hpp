#pragma once
// A file of the source tree compiled as the command line compiles it: named by
// its path, the libraries it imports read from the disk next to it.

#include "compiler/driver/compile.hpp"
#include "tests/test_support.hpp"

#include <filesystem>

namespace bp::test {

inline driver::CompileResult compile_file(const std::filesystem::path& path) {
  driver::CompileOptions options = driver::CompileOptions::for_file(path.string());
  options.load = [](const std::string& file) { return driver::read_from_disk(file, 1 << 20); };
  return driver::compile(read_file(path), options);
}

} // namespace bp::test
