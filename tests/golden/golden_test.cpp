// Golden tests: each tests/golden/diagnostics/<case>.blueprint is compiled and its
// diagnostics compared with <case>.diag (human, no colour) and <case>.json.
// A mismatch writes <case>.diag.got / <case>.json.got to diff against;
// BLUEPRINT_ACCEPT=1 rewrites the expected files instead.

#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/driver/compile.hpp"

#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

bool accepting() {
  const char* accept = std::getenv("BLUEPRINT_ACCEPT");
  return accept && std::string(accept) == "1";
}

// Compares `actual` with the golden file, writing `.got` on a mismatch.
void compare(const fs::path& expected_path, const std::string& actual) {
  const fs::path got = fs::path(expected_path.string() + ".got");
  if (accepting()) {
    write(expected_path, actual);
    fs::remove(got);
    return;
  }
  const bool exists = fs::exists(expected_path);
  const std::string expected = exists ? bp::test::read_file(expected_path) : std::string{};
  if (exists && expected == actual) {
    fs::remove(got);
  } else {
    write(got, actual);
  }
  INFO("golden " << expected_path.string() << " differs; see " << got.string() << " (BLUEPRINT_ACCEPT=1 to accept)");
  CHECK(exists);
  CHECK(expected == actual);
}

std::vector<fs::path> cases(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".blueprint") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("diagnostic goldens") {
  const fs::path dir = fs::path(BLUEPRINT_SOURCE_DIR) / "tests/golden/diagnostics";
  const auto all = cases(dir);
  REQUIRE(all.size() >= 20);
  for (const fs::path& path : all) {
    DYNAMIC_SECTION(path.filename().string()) {
      auto result = bp::driver::compile(bp::test::read_file(path), {path.filename().string()});
      const std::vector<bp::diag::FileReport> reports{{result.source, result.diagnostics}};
      fs::path base = path;
      compare(base.replace_extension(".diag"), bp::diag::print_human(reports, {false}));
      compare(base.replace_extension(".json"), bp::diag::print_json(reports));
    }
  }
}
