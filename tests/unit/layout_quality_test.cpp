// The layout's readability, measured on every example and on a generated corpus
// (layout/quality.hpp): no arrow passes through a step box or a stage header.
// Arrows through another flow's label, stretches along a lane line and crossings
// are measured and printed (`unit_tests "[layout-quality]"`): the figures the
// routing work of issue 16 starts from, asserted once the router meets them.

#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/layout/quality.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <string>

using namespace bp;
namespace fs = std::filesystem;

namespace {

layout::LayoutQuality quality_of(const std::string& text, const std::string& name) {
  const driver::CompileResult r = driver::compile(text, driver::CompileOptions::for_file(name));
  REQUIRE_FALSE(r.has_errors());
  return layout::measure_quality(r.blueprint, layout::compute_layout(r.blueprint));
}

// A blueprint of `stages` stages whose steps hand off across lanes and stages.
std::string generated(int stages, int seed) {
  std::string text = "blueprint \"Generated\" {\n  role staff \"Staff\"\n";
  const char* lanes[] = {"customer", "frontstage", "backstage", "support"};
  for (int s = 0; s < stages; ++s) {
    text += fmt::format("  stage s{} \"Stage {}\" {{\n    evidence e{} \"Evidence\"\n", s, s, s);
    for (int l = 0; l < 4; ++l)
      text += fmt::format("    {} x{}_{} \"Step {} {}\"{}\n", lanes[l], s, l, s, l, l ? " by staff" : "");
    text += "  }\n";
  }
  for (int s = 0; s < stages; ++s) {
    const int t = (s + 1 + seed) % stages;
    text += fmt::format("  flow x{0}_0 <-> x{0}_1 \"ask\"\n  flow x{0}_1 -> x{0}_2 \"order\"\n", s);
    text += fmt::format("  flow x{0}_2 ~> x{1}_3 \"record {0}\"\n", s, t);
    if (t != s) text += fmt::format("  flow x{0}_2 -> x{1}_1 \"hand back\"\n", s, t);
  }
  return text + "}\n";
}

} // namespace

TEST_CASE("layout quality: no arrow through a box or a stage header, on every example", "[layout-quality]") {
  std::map<std::string, layout::LayoutQuality> table;
  const fs::path examples = fs::path(BLUEPRINT_SOURCE_DIR) / "examples";
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (entry.path().extension() != ".blueprint") continue;
    table[entry.path().stem().string()] = quality_of(test::read_file(entry.path()), entry.path().string());
  }
  for (int seed = 0; seed < 4; ++seed)
    table[fmt::format("generated-{}", seed)] = quality_of(generated(3 + seed, seed), "generated");
  for (const auto& [name, q] : table) {
    INFO(name);
    CHECK(q.through_boxes == 0);
    CHECK(q.through_headers == 0);
    fmt::print("{:<20} flows {:>3}  through labels {:>2}  through headers {:>2}  along lines {:>2}  crossings {:>3}\n",
               name, q.flows, q.through_labels, q.through_headers, q.along_lines, q.crossings);
  }
}
