// The diagram in parts for print (render/pages.hpp): whole stages, every stage
// once and in order, each part at a scale that keeps the smallest text at 6 pt
// on an A3 sheet, and each part drawn with the lane titles.

#include "compiler/driver/compile.hpp"
#include "compiler/render/pages.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace bp;
namespace fs = std::filesystem;

TEST_CASE("print parts: whole stages in order, each readable on A3, each with the lane titles") {
  for (const char* name : {"examples/hotel-stay.blueprint", "examples/practitioners/car-repair.blueprint",
                           "examples/coffee-bar.blueprint"}) {
    INFO(name);
    const fs::path path = fs::path(BLUEPRINT_SOURCE_DIR) / name;
    const driver::CompileResult r = driver::compile(test::read_file(path), driver::CompileOptions::for_file(name));
    REQUIRE_FALSE(r.has_errors());
    const auto parts = render::render_parts(r.checked(), {});
    REQUIRE(parts.ok());
    std::vector<model::Index> stages;
    for (const render::DiagramPart& part : *parts) {
      stages.insert(stages.end(), part.stages.begin(), part.stages.end());
      CHECK(part.scale * render::smallest_text >= render::smallest_on_paper - 1e-9);
      CHECK(part.svg.find("Customer actions") != std::string::npos);
      CHECK(part.svg.find("Support processes") != std::string::npos);
    }
    std::vector<model::Index> all(r.blueprint.stages.size());
    for (model::Index i = 0; i < all.size(); ++i)
      all[i] = i;
    CHECK(stages == all);
    CHECK(parts->size() >= 2); // none of these fits one A3 sheet at 6 pt
  }
}
