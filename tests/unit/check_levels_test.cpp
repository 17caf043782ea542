#include "compiler/check/levels.hpp"
#include "compiler/driver/compile.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace bp;

namespace {

// One fail point without recovery (BP201, warning) and an unused actor (BP403, note).
std::string blueprint_with(const std::string& blueprint_allow, const std::string& stage_allow,
                           const std::string& step_allow) {
  return "blueprint \"B\" {\n" + blueprint_allow + "  role idle \"Idle\"\n  stage s \"S\" {\n" + stage_allow +
         "    evidence e \"E\"\n    customer c \"C\" {\n      fail \"Lost\" { owner idle }\n" + step_allow +
         "    }\n  }\n}\n";
}

std::vector<std::string> reported(const std::string& text, const check::LevelOptions& levels = {}) {
  auto options = driver::CompileOptions::for_file("t");
  options.levels = levels;
  std::vector<std::string> out;
  for (const auto& d : driver::compile(text, options).diagnostics) {
    out.push_back(std::string(d.code) + ":" + std::string(diag::to_string(d.severity)));
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& item) {
  return std::find(v.begin(), v.end(), item) != v.end();
}

} // namespace

TEST_CASE("checks report at their default level") {
  const auto r = reported(blueprint_with("", "", ""));
  CHECK(has(r, "BP201:warning"));
  CHECK(has(r, "BP304:note"));
}

TEST_CASE("allow silences a check on the step, in the stage or in the whole blueprint") {
  CHECK_FALSE(has(reported(blueprint_with("", "", "      allow missing-recovery\n")), "BP201:warning"));
  CHECK_FALSE(has(reported(blueprint_with("", "    allow missing-recovery\n", "")), "BP201:warning"));
  CHECK_FALSE(has(reported(blueprint_with("  allow missing-recovery\n", "", "")), "BP201:warning"));
  CHECK_FALSE(has(reported(blueprint_with("  allow BP201\n", "", "")), "BP201:warning"));
  // An allow for another check changes nothing.
  CHECK(has(reported(blueprint_with("", "", "      allow missing-owner\n")), "BP201:warning"));
}

TEST_CASE("command-line levels, and --deny warnings") {
  check::LevelOptions levels;
  REQUIRE(check::set_level(levels, "missing-recovery", diag::Level::error));
  CHECK(has(reported(blueprint_with("", "", ""), levels), "BP201:error"));

  check::LevelOptions deny_all;
  REQUIRE(check::set_level(deny_all, "warnings", diag::Level::error));
  const auto denied = reported(blueprint_with("", "", ""), deny_all);
  CHECK(has(denied, "BP201:error"));
  CHECK(has(denied, "BP304:note")); // notes stay notes

  // A check named explicitly wins over `warnings`.
  REQUIRE(check::set_level(deny_all, "missing-recovery", diag::Level::allow));
  CHECK_FALSE(has(reported(blueprint_with("", "", ""), deny_all), "BP201:error"));

  // Named by several flags, the strictest wins.
  check::LevelOptions both;
  REQUIRE(check::set_level(both, "BP201", diag::Level::error));
  REQUIRE(check::set_level(both, "missing-recovery", diag::Level::allow));
  CHECK(has(reported(blueprint_with("", "", ""), both), "BP201:error"));

  // A note can be raised to a warning.
  check::LevelOptions warn_notes;
  REQUIRE(check::set_level(warn_notes, "uncovered-dimension", diag::Level::warning));
  CHECK(has(reported(blueprint_with("", "", ""), warn_notes), "BP304:warning"));
}

TEST_CASE("an in-file allow beats a command-line deny") {
  check::LevelOptions levels;
  REQUIRE(check::set_level(levels, "warnings", diag::Level::error));
  CHECK_FALSE(has(reported(blueprint_with("", "", "      allow missing-recovery\n"), levels), "BP201:error"));
}

TEST_CASE("unknown checks and errors cannot be given a level") {
  check::LevelOptions levels;
  CHECK(check::set_level(levels, "missing-recovry", diag::Level::allow).error() ==
        "unknown check `missing-recovry`; did you mean `missing-recovery`?");
  CHECK(check::set_level(levels, "BP002", diag::Level::allow).error().find("cannot be allowed") != std::string::npos);
}

TEST_CASE("design checks stay quiet while the blueprint has errors") {
  const auto r = reported("blueprint \"B\" { stage s \"S\" { customer c \"C\" { fail \"x\" } } flow c -> nowhere }");
  CHECK(r == std::vector<std::string>{"BP003:error"});
}

TEST_CASE("a check named with -W stays a warning under -D warnings or -A warnings") {
  for (const auto group : {diag::Level::error, diag::Level::allow}) {
    check::LevelOptions levels;
    REQUIRE(check::set_level(levels, "warnings", group));
    REQUIRE(check::set_level(levels, "missing-recovery", diag::Level::warning));
    CHECK(has(reported(blueprint_with("", "", ""), levels), "BP201:warning"));
  }
  // A note raised to a warning by name is not caught by `-D warnings`.
  check::LevelOptions raised;
  REQUIRE(check::set_level(raised, "uncovered-dimension", diag::Level::warning));
  REQUIRE(check::set_level(raised, "warnings", diag::Level::error));
  CHECK(has(reported(blueprint_with("", "", ""), raised), "BP304:warning"));
}
