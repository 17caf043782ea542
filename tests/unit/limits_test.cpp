// Hostile sizes finish, with a clear error where a limit is crossed. (These run in
// bounded time by construction; timing itself belongs to the benchmarks.)

#include "bench/blueprint_generator.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace bp;

namespace {

bool has(const driver::CompileResult& r, std::string_view code, std::string_view words) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) {
    return d.code == code && d.message.find(words) != std::string::npos;
  });
}

} // namespace

TEST_CASE("a 5 MB label is refused as too long") {
  const std::string text = "blueprint \"B\" { stage s \"S\" { customer c \"" + std::string(5'000'000, 'x') + "\" } }";
  const auto r = driver::compile(text, driver::CompileOptions::for_file("t"));
  CHECK(has(r, "BP004", "string is 5000000 characters long, over the limit of 10000"));
  REQUIRE(r.blueprint.steps.size() == 1);
  CHECK(r.blueprint.steps[0].label.empty()); // the oversized text goes no further
}

TEST_CASE("a 5 MB id is refused as too long") {
  const std::string id(5'000'000, 'x');
  const auto r = driver::compile("blueprint \"B\" { stage s \"S\" { customer " + id + " \"C\" } flow " + id + " -> y }",
                                 driver::CompileOptions::for_file("t"));
  CHECK(has(r, "BP004", "id is 5000000 characters long, over the limit of 200"));
}

TEST_CASE("a 100,000-step blueprint compiles, is checked and laid out") {
  const std::string text = bench::generate_blueprint(100'000);
  const auto r = driver::compile(text, driver::CompileOptions::for_file("big"));
  CHECK_FALSE(r.has_errors());
  CHECK(r.blueprint.steps.size() == 100'000);
  const layout::Layout l = layout::compute_layout(r.blueprint);
  CHECK(l.steps.size() == 100'000);
  CHECK(l.routes.size() == r.blueprint.flows.size());
}

TEST_CASE("step, flow and file-size limits are errors") {
  auto options = driver::CompileOptions::for_file("t");
  options.limits.max_steps = 50;
  options.limits.max_flows = 60;
  const auto r = driver::compile(bench::generate_blueprint(100), options);
  CHECK(has(r, "BP004", "the blueprint has 100 steps, over the limit of 50"));
  CHECK(has(r, "BP004", "flows, over the limit of 60"));

  options.limits.max_file_bytes = 10;
  const auto big = driver::compile("blueprint \"B\" {}", options);
  CHECK(has(big, "BP004", "the file is 16 bytes, over the limit of 10 bytes"));
}

TEST_CASE("a duration too small for a double is a tiny positive value, not out of range") {
  const std::string text =
      "blueprint \"B\" { stage s \"S\" { customer c \"C\" takes 0." + std::string(400, '0') + "1s } }";
  const auto r = driver::compile(text, driver::CompileOptions::for_file("t"));
  CHECK_FALSE(has(r, "BP004", ""));
  REQUIRE(r.blueprint.steps.size() == 1);
  REQUIRE(r.blueprint.steps[0].takes);
  CHECK(r.blueprint.steps[0].takes->value == 0);
}

TEST_CASE("a duration too large for a double is out of range") {
  const std::string text =
      "blueprint \"B\" { stage s \"S\" { customer c \"C\" takes 1" + std::string(400, '0') + "s } }";
  const auto r = driver::compile(text, driver::CompileOptions::for_file("t"));
  CHECK(has(r, "BP004", "duration is out of range"));
}

TEST_CASE("a plain-number target too large for a double is out of range, not inf") {
  const std::string text = "blueprint \"B\" { standard q \"Q\" { target >= 1" + std::string(309, '0') +
                           " } stage s \"S\" { customer c \"C\" { meets q } } }";
  const auto r = driver::compile(text, driver::CompileOptions::for_file("t"));
  CHECK(has(r, "BP004", "number is too large to represent"));
  REQUIRE(r.blueprint.standards.size() == 1);
  CHECK_FALSE(r.blueprint.standards[0].target);
}
