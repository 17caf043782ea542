// The report as a client reads it: findings grouped by check with the explanation
// once, Markdown rendered (no raw syntax), the few things to fix first, the
// blueprint's language, and no absolute paths.

#include "compiler/driver/compile.hpp"
#include "compiler/report/explanation_html.hpp"
#include "compiler/report/findings_html.hpp"
#include "compiler/report/report.hpp"
#include "tests/compile_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

namespace {

using namespace bp;
namespace fs = std::filesystem;

const fs::path root = BLUEPRINT_SOURCE_DIR;

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

std::string report_of(const fs::path& path) {
  const driver::CompileResult r = test::compile_file(path);
  REQUIRE_FALSE(r.has_errors());
  const auto page = report::write_report(r.checked());
  REQUIRE(page);
  return *page;
}

} // namespace

TEST_CASE("an explanation's Markdown is rendered by CommonMark, safely") {
  CHECK(report::markdown_html("A **bold** `code` list:\n\n- one\n- two\n") ==
        "<p>A <strong>bold</strong> <code>code</code> list:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  const std::string hostile = report::markdown_html("<script>x()</script>\n\n[a](javascript:alert(1)) <img src=x>");
  CHECK(hostile.find("<script") == std::string::npos);
  CHECK(hostile.find("javascript:") == std::string::npos);
  CHECK(hostile.find("<img") == std::string::npos);
  const std::string page =
      "# BP1 x\n\nSummary.\n\n## What it means\n\nIt *means* this.\n\n## Why it matters\n\nBecause.\n";
  CHECK(report::section_of(page, "What it means") == "It *means* this.");
  CHECK(report::section_of(page, "Why it matters") == "Because.");
  CHECK(report::section_of(page, "Example").empty());
}

TEST_CASE("the car-repair report explains each check once and lists its every place") {
  const std::string page = report_of(root / "examples/practitioners/car-repair.blueprint");
  // Seven BP203 findings: one article, its explanation once, seven places.
  CHECK(count(page, "<article class=\"finding warning\" id=\"BP203\">") == 1);
  CHECK(count(page, "There is nothing between the failure and the customer") == 1);
  const std::size_t start = page.find("id=\"BP203\"");
  const std::string article = page.substr(start, page.find("</article>", start) - start);
  CHECK(count(article, "<li><p class=\"what\">") == 7);
  CHECK(article.find("7 places") != std::string::npos);
  // The hint all seven share is said once, not seven times.
  CHECK(count(article, "How to fix:") == 1);
  // No raw Markdown reaches the page: it is rendered.
  const std::size_t findings = page.find("<h2>Findings</h2>");
  const std::string shown = page.substr(findings, page.find("<h2>", findings + 10) - findings);
  CHECK(shown.find("**") == std::string::npos);
  CHECK(shown.find("`") == std::string::npos);
  CHECK(shown.find("<code>moment</code>") != std::string::npos);
}

TEST_CASE("the report starts with what to fix first, ranked, each linked to its findings") {
  const std::string page = report_of(root / "examples/practitioners/car-repair.blueprint");
  const std::size_t first = page.find("<h2>What to fix first</h2>");
  REQUIRE(first != std::string::npos);
  CHECK(first < page.find("<h2>Summary</h2>"));
  const std::string section = page.substr(first, page.find("</section>", first) - first);
  // Warnings before notes; among the warnings, the check with more places first.
  CHECK(section.find("href=\"#BP203\"") < section.find("href=\"#BP106\""));
  CHECK(section.find("href=\"#BP106\"") < section.find("href=\"#BP204\""));
  const std::string clean = report_of(root / "examples/dealer-network/shared/../maintenance-visit.blueprint");
  CHECK(clean.find("What to fix first") != std::string::npos); // it has notes
}

TEST_CASE("the report's language is the blueprint's, and it names files without absolute paths") {
  CHECK(report_of(root / "examples/clinic-visit-zh.blueprint").find("<html lang=\"zh\">") != std::string::npos);
  CHECK(report_of(root / "examples/coffee-bar.blueprint").find("<html lang=\"en\">") != std::string::npos);
  const fs::path absolute = fs::absolute(root / "examples/coffee-bar.blueprint");
  const std::string page = report_of(absolute);
  CHECK(page.find(absolute.string()) == std::string::npos);
  CHECK(page.find(absolute.parent_path().string()) == std::string::npos);
  // Outside the folder the report is made in (the tests run in the build tree):
  // the name alone, not a trail of `../` through the consultant's folders.
  REQUIRE(fs::relative(absolute, fs::current_path()).begin()->string() == "..");
  CHECK(page.find("../") == std::string::npos);
  CHECK(page.find("coffee-bar.blueprint:118:36") != std::string::npos);
}
