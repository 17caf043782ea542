#pragma once
// The line the program prints on stderr when a command cannot do its work:
// "blueprint: error: <message>", worded by the message catalog.

#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <string_view>

namespace bp::cli {

inline void print_error(std::string_view message) {
  fmt::print(stderr, "{}\n", wording::format(wording::msg::cli_error, fmt::arg("message", message)));
}

// The message `message` with its placeholders filled, as an error line.
template <typename... Args> void print_error(const wording::Message& message, const Args&... args) {
  print_error(wording::format(message, args...));
}

} // namespace bp::cli
