// Golden tests. Each case is compiled and its diagnostics compared with
// <case>.diag (human, no colour) and <case>.json:
//   tests/golden/diagnostics/  errors: one or more per code and per malformed input
//   tests/golden/checks/       design checks: BPxxx-name (fires) and BPxxx-name-near-miss
//   tests/golden/examples/     the findings of every example in examples/
// A mismatch writes <expected>.got to diff against; BLUEPRINT_ACCEPT=1 rewrites
// the expected files instead.

#include "compiler/checklist/writers.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/render/render.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

namespace {

const fs::path root = BLUEPRINT_SOURCE_DIR;

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

// A file named from the source tree's root, its imports read from the disk.
bp::driver::CompileOptions options_for(const std::string& name) {
  bp::driver::CompileOptions options = bp::driver::CompileOptions::for_file(name);
  options.load = [](const std::string& path) { return bp::driver::read_from_disk((root / path).string(), 1 << 20); };
  return options;
}

// Compiles every case in `case_dir`, comparing with goldens in `expected_dir`.
void run_goldens(const fs::path& case_dir, const fs::path& expected_dir, std::size_t at_least) {
  const auto all = cases(case_dir);
  REQUIRE(all.size() >= at_least);
  for (const fs::path& path : all) {
    DYNAMIC_SECTION(path.filename().string()) {
      const std::string name = fs::relative(path, root).string();
      auto result = bp::driver::compile(bp::test::read_file(path), options_for(name));
      const std::vector<bp::diag::FileReport> reports{result.report()};
      const fs::path base = expected_dir / path.stem();
      compare(base.string() + ".diag", bp::diag::print_human(reports, {false}));
      compare(base.string() + ".json", bp::diag::print_json(reports));
    }
  }
}

} // namespace

TEST_CASE("diagnostic goldens") {
  run_goldens(root / "tests/golden/diagnostics", root / "tests/golden/diagnostics", 30);
}

TEST_CASE("check goldens") { run_goldens(root / "tests/golden/checks", root / "tests/golden/checks", 39); }

TEST_CASE("example goldens") { run_goldens(root / "examples", root / "tests/golden/examples", 4); }

// Libraries and imports: cycles, duplicates across files, missing files, errors
// inside libraries, each located in its file (the libraries in lib/ too).
TEST_CASE("import goldens") {
  run_goldens(root / "tests/golden/imports", root / "tests/golden/imports", 5);
  run_goldens(root / "tests/golden/imports/lib", root / "tests/golden/imports/lib", 8);
}

// Two blueprints of a dealer network sharing one library, which imports another.
TEST_CASE("shared library example goldens") {
  run_goldens(root / "examples/dealer-network", root / "tests/golden/dealer-network", 2);
  run_goldens(root / "examples/dealer-network/shared", root / "tests/golden/dealer-network/shared", 2);
}

// Three published blueprints written in language v2 (examples/practitioners/README.md).
TEST_CASE("practitioner case goldens") {
  run_goldens(root / "examples/practitioners", root / "tests/golden/practitioners", 3);
}

// Rendered SVG differs between Graphviz versions, so the DOT we hand Graphviz is
// the golden; the SVG's structure is tested apart (tests/render).
TEST_CASE("DOT goldens of the examples") {
  for (const fs::path& path : cases(root / "examples")) {
    DYNAMIC_SECTION(path.filename().string()) {
      const auto compiled = bp::driver::compile(
          bp::test::read_file(path), bp::driver::CompileOptions::for_file(fs::relative(path, root).string()));
      bp::render::RenderOptions options;
      options.format = bp::render::Format::dot;
      const auto dot = bp::render::render(compiled.checked(), options);
      REQUIRE(dot.ok());
      compare(root / "tests/golden/dot" / (path.stem().string() + ".dot"), *dot);
    }
  }
}

// `feeling` is drawn as an emotion curve (language v2, section 5); without it a
// v1 example's diagram is byte for byte what it was before the curve existed.
TEST_CASE("v1 diagrams without feelings are unchanged") {
  for (const char* name : {"coffee-bar", "hotel-stay", "clinic-visit-zh"}) {
    DYNAMIC_SECTION(name) {
      const fs::path path = root / "examples" / (std::string(name) + ".blueprint");
      std::string text = bp::test::read_file(path);
      text = std::regex_replace(text, std::regex(R"(\{\s*feeling [+-]?\d+\s*\})"), "");
      text = std::regex_replace(text, std::regex(R"(feeling [+-]?\d+)"), "");
      REQUIRE(text.find("feeling") == std::string::npos);
      const auto compiled =
          bp::driver::compile(text, bp::driver::CompileOptions::for_file(fs::relative(path, root).string()));
      REQUIRE_FALSE(compiled.has_errors());
      bp::render::RenderOptions options;
      options.format = bp::render::Format::dot;
      const auto dot = bp::render::render(compiled.checked(), options);
      REQUIRE(dot.ok());
      compare(root / "tests/golden/dot-without-feelings" / (std::string(name) + ".dot"), *dot);
    }
  }
}

// One persona's journey with its critical path drawn (`render --persona family
// --highlight critical-path,findings`).
TEST_CASE("DOT golden of a persona's journey and its critical path") {
  const fs::path path = root / "examples/restaurant.blueprint";
  const auto compiled = bp::driver::compile(bp::test::read_file(path),
                                            bp::driver::CompileOptions::for_file("examples/restaurant.blueprint"));
  REQUIRE_FALSE(compiled.has_errors());
  bp::render::RenderOptions options;
  options.format = bp::render::Format::dot;
  options.persona = compiled.blueprint.find("family")->index;
  options.highlight_critical_path = true;
  options.highlight_findings = true;
  const auto dot = bp::render::render(compiled.checked(), options);
  REQUIRE(dot.ok());
  compare(root / "tests/golden/dot/restaurant-family-critical-path.dot", *dot);
}

// The practitioner cases' too: the car repair's ranking of its fail points by RPN.
TEST_CASE("checklist goldens of the examples") {
  std::vector<std::pair<fs::path, fs::path>> all; // a blueprint, and its goldens without the extension
  for (const fs::path& path : cases(root / "examples"))
    all.emplace_back(path, root / "tests/golden/checklist" / path.stem());
  for (const fs::path& path : cases(root / "examples/practitioners"))
    all.emplace_back(path, root / "tests/golden/checklist/practitioners" / path.stem());
  for (const auto& [path, base] : all) {
    DYNAMIC_SECTION(path.filename().string()) {
      const auto compiled = bp::driver::compile(
          bp::test::read_file(path), bp::driver::CompileOptions::for_file(fs::relative(path, root).string()));
      REQUIRE_FALSE(compiled.has_errors());
      const auto checklist = bp::checklist::evaluate(compiled.checked());
      compare(base.string() + ".md", bp::checklist::write_markdown(checklist));
      compare(base.string() + ".json", bp::checklist::write_json(checklist));
      compare(base.string() + ".csv", bp::checklist::write_csv(checklist, false));
      compare(base.string() + ".html", bp::checklist::write_html(checklist));
    }
  }
}
