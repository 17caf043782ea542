// Every check has a golden where it fires and a near miss where it must not, and
// every error code has a golden: the table, the goldens and the checks agree.

#include "compiler/diag/check_table.hpp"
#include "compiler/driver/compile.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace {

const fs::path root = BLUEPRINT_SOURCE_DIR;

bool reports(const fs::path& file, std::string_view code) {
  const auto r = bp::driver::compile(bp::test::read_file(file), bp::driver::CompileOptions::for_file("case"));
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const auto& d) { return d.code == code; });
}

bool has_errors(const fs::path& file) {
  return bp::driver::compile(bp::test::read_file(file), bp::driver::CompileOptions::for_file("case")).has_errors();
}

} // namespace

TEST_CASE("every design check fires in its golden and not in its near miss") {
  for (const bp::diag::CheckInfo& check : bp::diag::all_checks()) {
    if (check.default_level == bp::diag::Level::error) continue;
    const std::string stem = std::string(check.code) + "-" + std::string(check.name);
    const fs::path fires = root / "tests/golden/checks" / (stem + ".blueprint");
    const fs::path near_miss = root / "tests/golden/checks" / (stem + "-near-miss.blueprint");
    INFO(stem);
    REQUIRE(fs::exists(fires));
    REQUIRE(fs::exists(near_miss));
    CHECK_FALSE(has_errors(fires));
    CHECK_FALSE(has_errors(near_miss));
    CHECK(reports(fires, check.code));
    CHECK_FALSE(reports(near_miss, check.code));
  }
}

TEST_CASE("the clean base of the check goldens has no finding at all") {
  const auto r = bp::driver::compile(bp::test::read_file(root / "tests/golden/checks/clean-base.blueprint"),
                                     bp::driver::CompileOptions::for_file("clean"));
  CHECK(r.diagnostics.empty());
}

TEST_CASE("every error code has a golden that reports it") {
  for (const bp::diag::CheckInfo& check : bp::diag::all_checks()) {
    if (check.default_level != bp::diag::Level::error) continue;
    bool found = false;
    for (const auto& entry : fs::directory_iterator(root / "tests/golden/diagnostics")) {
      if (entry.path().extension() == ".json" &&
          bp::test::read_file(entry.path()).find("\"code\": \"" + std::string(check.code) + "\"") !=
              std::string::npos) {
        found = true;
      }
    }
    INFO(check.code);
    CHECK(found);
  }
}
