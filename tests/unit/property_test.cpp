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

void check_properties(const std::string& text) {
  const auto a = bp::driver::compile(text, bp::driver::CompileOptions::for_file("m"));
  for (const auto& d : a.diagnostics) {
    REQUIRE(d.span.begin <= d.span.end);
    REQUIRE(d.span.end <= a.source->text().size());
    REQUIRE_FALSE(d.message.empty());
  }
  const auto b = bp::driver::compile(text, bp::driver::CompileOptions::for_file("m"));
  const std::vector<bp::diag::FileReport> ra{{a.source, a.diagnostics}}, rb{{b.source, b.diagnostics}};
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

TEST_CASE("every prefix of an example compiles") {
  const std::string text = bp::test::read_file(fs::path(BLUEPRINT_SOURCE_DIR) / "examples/coffee-bar.blueprint");
  for (std::size_t n = 0; n < text.size(); n += 7)
    check_properties(text.substr(0, n));
}
