// Property tests over mutated examples: whatever the text, compile never throws,
// every diagnostic span lies inside the text, and the result is deterministic.

#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/driver/compile.hpp"

#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string mutate(std::string text, std::mt19937& rng) {
  using namespace std::string_view_literals;
  static constexpr std::string_view pieces[] = {"{"sv,    "}"sv,  "\""sv,    "->"sv,   "stage"sv, "customer"sv,
                                                "\\"sv,   "#"sv,  "\n"sv,    "1h"sv,   "%"sv,     "\xE5\x8F"sv,
                                                "\xFF"sv, "\0"sv, "allow"sv, "fail"sv, "<->"sv};
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < edits && !text.empty(); ++i) {
    const std::size_t at = rng() % text.size();
    switch (rng() % 3) {
    case 0: text.erase(at, 1 + rng() % 8); break;
    case 1: text.insert(at, pieces[rng() % std::size(pieces)]); break;
    default: text.resize(at); break;
    }
  }
  return text;
}

// Every import reads `library` (each path the same text: a cycle, when it imports).
bp::driver::CompileOptions options_with(const std::string& library) {
  bp::driver::CompileOptions options = bp::driver::CompileOptions::for_file("m");
  options.load = [library](const std::string&) { return bp::driver::LoadedFile{library, {}}; };
  return options;
}

void check_properties(const std::string& text, const std::string& library = {}) {
  const auto a = bp::driver::compile(text, options_with(library));
  for (const auto& d : a.diagnostics) {
    // Each span lies inside the one file it points into.
    const bp::source::SourceFile& file = a.file_at(d.span.begin);
    REQUIRE(d.span.begin <= d.span.end);
    REQUIRE(d.span.begin >= file.base());
    REQUIRE(d.span.end <= file.end());
    REQUIRE_FALSE(d.message.empty());
  }
  const auto b = bp::driver::compile(text, options_with(library));
  const std::vector<bp::diag::FileReport> ra{a.report()}, rb{b.report()};
  REQUIRE(bp::diag::print_json(ra) == bp::diag::print_json(rb));
  REQUIRE(bp::diag::print_human(ra, {}) == bp::diag::print_human(rb, {}));
}

} // namespace

TEST_CASE("mutated examples compile without crashing, with spans in range and deterministic output") {
  std::mt19937 rng(20261123);
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(BLUEPRINT_SOURCE_DIR) / "examples")) {
    if (entry.path().extension() != ".blueprint") continue;
    const std::string original = bp::test::read_file(entry.path());
    check_properties(original);
    for (int i = 0; i < 150; ++i)
      check_properties(mutate(original, rng));
  }
}

TEST_CASE("a blueprint and a mutated library it imports: spans in their files, deterministic output") {
  std::mt19937 rng(20261203);
  const fs::path dir = fs::path(BLUEPRINT_SOURCE_DIR) / "examples/dealer-network";
  const std::string blueprint = bp::test::read_file(dir / "maintenance-visit.blueprint");
  const std::string library = bp::test::read_file(dir / "shared/dealer.blueprint");
  const std::string brand = bp::test::read_file(dir / "shared/brand.blueprint");
  check_properties(blueprint, brand); // the one library as every import, itself importing nothing
  for (int i = 0; i < 300; ++i) {
    check_properties(blueprint, mutate(i % 2 ? library : brand, rng));
    check_properties(mutate(blueprint, rng), brand);
  }
}

TEST_CASE("every prefix of an example compiles") {
  const std::string text = bp::test::read_file(fs::path(BLUEPRINT_SOURCE_DIR) / "examples/coffee-bar.blueprint");
  for (std::size_t n = 0; n < text.size(); n += 7)
    check_properties(text.substr(0, n));
}
