#pragma once
// A temporary workspace folder for language server tests, removed at the end of
// the test.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace bp::test {

struct Workspace {
  std::filesystem::path root;
  Workspace() {
    char dir[] = "/tmp/blueprint-lsp-workspace-XXXXXX";
    REQUIRE(::mkdtemp(dir));
    root = dir;
  }
  ~Workspace() { std::filesystem::remove_all(root); }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary) << text;
  }
  std::string uri() const { return "file://" + root.string(); }
  std::string uri(const std::string& name) const { return "file://" + (root / name).string(); }
};

} // namespace bp::test
