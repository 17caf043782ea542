// Hostile labels through every diagnostic format and the Markdown checklist: the
// text must come out as text, and never break the format's structure. (DOT, SVG,
// HTML and CSV are read back by real parsers in tests/render, tests/checklist and
// tests/report.)

#include "compiler/checklist/writers.hpp"
#include "compiler/diag/gcc_printer.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/diag/sarif_printer.hpp"
#include "compiler/driver/compile.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace bp;

namespace {

// Fail points without recovery make findings that quote each hostile label.
const std::string hostile = R"(blueprint "B" {
  standard pipes "Pipe | and *stars* and _under_" { dimension reliability kind hard measure "m" target <= 1min }
  stage s "S" {
    evidence e "E"
    customer c "C" { meets pipes }
    frontstage f1 "F1" { fail "</script><img src=x onerror=alert(1)>" }
    frontstage f2 "F2" { fail "line\nbreak and \u{1B}[2J escape" }
    frontstage f3 "F3" { fail "quote \" backslash \\ tab\t|*|" }
  }
  flow c -> f1 -> f2 -> f3
})";

driver::CompileResult compiled() {
  auto r = driver::compile(hostile, driver::CompileOptions::for_file("hostile.blueprint"));
  REQUIRE_FALSE(r.has_errors());
  return r;
}

} // namespace

TEST_CASE("hostile labels in human and gcc output never reach the terminal raw") {
  const auto r = compiled();
  const std::vector<diag::FileReport> reports{{r.source, r.diagnostics}};
  for (const std::string& out : {diag::print_human(reports, {false}), diag::print_gcc(reports)}) {
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("\\u{1B}[2J") != std::string::npos);
  }
  const std::string gcc = diag::print_gcc(reports);
  const auto lines = std::count(gcc.begin(), gcc.end(), '\n');
  CHECK(static_cast<std::size_t>(lines) == r.diagnostics.size()); // a newline in a label stays escaped
}

TEST_CASE("hostile labels survive JSON and SARIF as the same text") {
  const auto r = compiled();
  const std::vector<diag::FileReport> reports{{r.source, r.diagnostics}};
  const auto json = nlohmann::json::parse(diag::print_json(reports));
  const auto sarif = nlohmann::json::parse(diag::print_sarif(reports));
  std::string messages, sarif_messages;
  for (const auto& d : json["diagnostics"])
    messages += d["message"].get<std::string>() + "\n";
  for (const auto& d : sarif["runs"][0]["results"])
    sarif_messages += d["message"]["text"].get<std::string>() + "\n";
  for (const char* text : {"</script><img src=x onerror=alert(1)>", "quote \\\" backslash \\\\ tab\\u{9}|*|"}) {
    CHECK(messages.find(text) != std::string::npos);
    CHECK(sarif_messages.find(text) != std::string::npos);
  }
}

TEST_CASE("a label with | or * keeps the Markdown table and list intact") {
  const auto r = compiled();
  const std::string md = checklist::write_markdown(checklist::evaluate(r.checked()));
  std::string row;
  for (std::size_t at = md.find("| reliability |"); at != std::string::npos; at = std::string::npos) {
    row = md.substr(at, md.find('\n', at) - at);
  }
  REQUIRE_FALSE(row.empty());
  // Four cell borders; every other | in the row is escaped.
  std::size_t borders = 0;
  for (std::size_t i = 0; i < row.size(); ++i)
    borders += row[i] == '|' && (i == 0 || row[i - 1] != '\\');
  CHECK(borders == 4);
  CHECK(row.find("Pipe \\| and \\*stars\\* and \\_under\\_") != std::string::npos);
  // A tag's `<` is always escaped, so no renderer sees a tag.
  for (const std::string tag : {"<img", "<script"}) {
    for (std::size_t at = md.find(tag); at != std::string::npos; at = md.find(tag, at + 1))
      CHECK((at > 0 && md[at - 1] == '\\'));
  }
}
