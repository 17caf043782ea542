// Every check has a compiled-in explanation in the documented shape, and each
// page's examples are true: "Before" reports the check, "After" does not.

#include "compiler/diag/check_table.hpp"
#include "compiler/driver/compile.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fmt/format.h>

using namespace bp;

namespace {

// The ```blueprint block after `marker`, or an empty string.
std::string block_after(std::string_view page, std::string_view marker) {
  const std::size_t at = page.find(marker);
  if (at == std::string_view::npos) return {};
  const std::string_view fence = "```blueprint\n";
  const std::size_t open = page.find(fence, at);
  const std::size_t close = page.find("\n```", open + fence.size());
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  return std::string(page.substr(open + fence.size(), close - open - fence.size() + 1));
}

bool reports(const std::string& text, std::string_view code) {
  const auto r = driver::compile(text, driver::CompileOptions::for_file("example"));
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const auto& d) { return d.code == code; });
}

} // namespace

TEST_CASE("every check has an explanation with the documented sections") {
  for (const diag::CheckInfo& check : diag::all_checks()) {
    const std::string_view page = diag::explanation(check);
    INFO(check.code);
    CHECK(page.starts_with(fmt::format("# {} {}\n", check.code, check.name)));
    for (const char* section : {"## What it means", "## Why it matters", "## Example", "## Silencing it"}) {
      CHECK(page.find(section) != std::string_view::npos);
    }
  }
}

TEST_CASE("each explanation's before example fires the check and its after example does not") {
  for (const diag::CheckInfo& check : diag::all_checks()) {
    const std::string_view page = diag::explanation(check);
    const std::string before = block_after(page, fmt::format("Before (fires {}):", check.code));
    const std::string after = block_after(page, "After (fixed):");
    INFO(check.code << "\n--- before:\n" << before << "\n--- after:\n" << after);
    REQUIRE_FALSE(before.empty());
    REQUIRE_FALSE(after.empty());
    CHECK(reports(before, check.code));
    CHECK_FALSE(reports(after, check.code));
    CHECK_FALSE(driver::compile(after, driver::CompileOptions::for_file("after")).has_errors());
  }
}
