// The examples are the showcase: each is a realistic service with every lane and
// every kind of element, and compiles without errors.

#include "compiler/driver/compile.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

TEST_CASE("every example is a rich, error-free blueprint") {
  std::size_t examples = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(BLUEPRINT_SOURCE_DIR) / "examples")) {
    if (entry.path().extension() != ".blueprint") continue;
    ++examples;
    const auto r = bp::driver::compile(bp::test::read_file(entry.path()),
                                       bp::driver::CompileOptions::for_file(entry.path().filename().string()));
    INFO(entry.path().filename().string());
    CHECK_FALSE(r.has_errors());
    const auto& b = r.blueprint;
    CHECK(b.steps.size() >= 15);
    std::set<bp::model::Lane> lanes;
    std::size_t fails = 0, waits = 0, moments = 0;
    for (const auto& step : b.steps) {
      lanes.insert(step.lane);
      fails += step.fail_points.size();
      waits += step.wait_points.size();
      moments += step.moment ? 1 : 0;
    }
    CHECK(lanes.size() == 5);
    CHECK(fails > 0);
    CHECK(waits > 0);
    CHECK(moments > 0);
    CHECK_FALSE(b.standards.empty());
  }
  CHECK(examples >= 4);
}
