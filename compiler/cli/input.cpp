#include "compiler/cli/input.hpp"

#include "compiler/driver/limits.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace bp::cli {

std::size_t& max_input_bytes() {
  static std::size_t limit = driver::Limits{}.max_file_bytes;
  return limit;
}

namespace {

void too_large(const std::string& name) {
  fmt::print(stderr, "blueprint: error: `{}` is larger than the limit of {} MiB; raise it with --max-file-size\n", name,
             max_input_bytes() >> 20);
}

} // namespace

std::optional<Input> read_input(const std::string& path) {
  if (path == "-") {
    // Read at most one byte past the limit, so a huge stream is refused, not buffered.
    std::string text(max_input_bytes() + 1, '\0');
    std::cin.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(std::cin.gcount()));
    if (text.size() > max_input_bytes()) {
      too_large("<stdin>");
      return std::nullopt;
    }
    return Input{"<stdin>", std::move(text)};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    fmt::print(stderr, "blueprint: error: cannot read `{}`: it is a directory\n", path);
    return std::nullopt;
  }
  if (std::filesystem::file_size(path, ec) > max_input_bytes() && !ec) {
    too_large(path);
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
