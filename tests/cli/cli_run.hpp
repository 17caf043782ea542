#pragma once
// Running the real `blueprint` binary from the CLI tests: its exit status, and
// what it printed on standard output and standard error.

#include "tests/test_support.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace bp::test {

struct Run {
  int status = -1; // the exit status, or -1 when the program died of a signal
  std::string out;
  std::string err;
};

// A folder of this test process's own, for the files the tests write.
inline std::filesystem::path scratch() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d = std::filesystem::temp_directory_path() / fmt::format("blueprint-cli-{}", ::getpid());
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

// Runs `PREFIX blueprint ARGS` through the shell from the source directory; the
// prefix sets the environment, or names another program to run instead.
inline Run run(const std::string& args, const std::string& prefix = "NO_COLOR=") {
  const std::filesystem::path out = scratch() / "out.txt";
  const std::filesystem::path err = scratch() / "err.txt";
  const bool other_program = prefix.starts_with("script");
  const std::string program = other_program ? prefix : fmt::format("{} '{}'", prefix, BLUEPRINT_BINARY);
  const std::string command =
      fmt::format("cd '{}' && {} {} >'{}' 2>'{}'", BLUEPRINT_SOURCE_DIR, program, args, out.string(), err.string());
  const int raw = std::system(command.c_str());
  return Run{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(out), read_file(err)};
}

inline std::filesystem::path write_file(const std::string& name, const std::string& text) {
  const std::filesystem::path path = scratch() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

} // namespace bp::test
