#include "compiler/cli/input.hpp"

#include "compiler/cli/error_line.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace bp::cli {

namespace msg = wording::msg;

std::size_t& max_input_bytes() {
  static std::size_t limit = source::Limits{}.max_file_bytes;
  return limit;
}

namespace {

void too_large(const std::string& name) {
  print_error(msg::cli_too_large, fmt::arg("file", diag::escape_controls(name)),
              fmt::arg("mib", max_input_bytes() >> 20));
}

} // namespace

namespace {

// Reads at most max_input_bytes() + 1 bytes, whatever the file claims its size
// is (links to devices or /proc files report 0), so the limit always holds.
std::optional<std::string> read_bounded(std::istream& in, const std::string& name) {
  std::string text;
  char chunk[1 << 16];
  while (in && text.size() <= max_input_bytes()) {
    in.read(chunk, sizeof chunk);
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (text.size() > max_input_bytes()) {
    too_large(name);
    return std::nullopt;
  }
  return text;
}

} // namespace

std::optional<Input> read_input(const std::string& path) {
  if (path == "-") {
    auto text = read_bounded(std::cin, "<stdin>");
    if (!text) return std::nullopt;
    return Input{"<stdin>", std::move(*text)};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    print_error(msg::cli_read_directory, fmt::arg("file", diag::escape_controls(path)));
    return std::nullopt;
  }
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
    print_error(msg::cli_read_not_regular, fmt::arg("file", diag::escape_controls(path)));
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    print_error(msg::cli_cannot_read, fmt::arg("file", diag::escape_controls(path)),
                fmt::arg("reason", std::strerror(errno)));
    return std::nullopt;
  }
  auto text = read_bounded(file, path);
  if (!text) return std::nullopt;
  if (file.bad()) {
    print_error(msg::cli_cannot_read, fmt::arg("file", diag::escape_controls(path)),
                fmt::arg("reason", std::strerror(errno)));
    return std::nullopt;
  }
  return Input{path, std::move(*text)};
}

} // namespace bp::cli
