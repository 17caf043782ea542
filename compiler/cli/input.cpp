#include "compiler/cli/input.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace bp::cli {

std::optional<Input> read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return Input{"<stdin>", buffer.str()};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    fmt::print(stderr, "blueprint: error: cannot read `{}`: it is a directory\n", path);
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    fmt::print(stderr, "blueprint: error: cannot read `{}`: {}\n", path, std::strerror(errno));
    return std::nullopt;
  }
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) {
    fmt::print(stderr, "blueprint: error: cannot read `{}`: {}\n", path, std::strerror(errno));
    return std::nullopt;
  }
  return Input{path, std::move(text)};
}

} // namespace bp::cli
