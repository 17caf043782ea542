// The model builder's messages, word for word: they come from the catalog as
// whole sentences with placeholders, and must read as they did when the builder
// glued them together. Covers the texts no golden shows (hints, related
// messages, replacements, the element names after "given twice").

#include "compiler/driver/compile.hpp"
#include "compiler/model/meta_text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace bp;

namespace {

driver::CompileResult compile_text(const std::string& text) {
  return driver::compile(text, driver::CompileOptions::for_file("t"));
}

// The diagnostic with exactly this message; fails the test when there is none.
const diag::Diagnostic& find(const driver::CompileResult& r, std::string_view message) {
  const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                               [&](const diag::Diagnostic& d) { return d.message == message; });
  INFO(message);
  REQUIRE(it != r.diagnostics.end());
  return *it;
}

const std::string troubled = R"(blueprint "B" {
  allow unreachable-stepp
  role clerk "Clerk"
  standard quick "Quick" { target <= 2min for 120% owner clerc }
  stage s "S" {
    customer c "C" { moment "m" moment "n" meets clerk }
    backstage b "B" by s {
      fail "F" { owner clerk owner clerk }
      wait "W" { expected 1min expected 2min }
    }
    support b "Again"
  }
  flow c -> unrelated
})";

} // namespace

TEST_CASE("an attribute given twice names the element that holds it") {
  const auto r = compile_text(troubled);
  const diag::Diagnostic& step = find(r, "`moment` is given twice for step `c`");
  CHECK(step.hint == "keep one of them");
  REQUIRE(step.related.size() == 1);
  CHECK(step.related[0].message == "first given here");
  CHECK(find(r, "`owner` is given twice for the fail point").hint == "keep one of them");
  CHECK(find(r, "`expected` is given twice for the wait point").hint == "keep one of them");
}

TEST_CASE("a duplicate id points at its first declaration") {
  const auto r = compile_text(troubled);
  const diag::Diagnostic& d = find(r, "`b` is declared twice");
  CHECK(d.hint == "ids of steps, stages, actors and standards share one namespace; rename one of them");
  REQUIRE(d.related.size() == 1);
  CHECK(d.related[0].message == "`b` is first declared here");
}

TEST_CASE("a reference of the wrong kind names both kinds with their articles") {
  const auto r = compile_text(troubled);
  CHECK(find(r, "`s` is a stage, not an actor").hint == "name an actor here");
  CHECK(find(r, "`clerk` is an actor, not a standard").hint == "name a standard here");
}

TEST_CASE("an unknown name suggests the closest known one") {
  const auto r = compile_text(troubled);
  const diag::Diagnostic& check = find(r, "unknown check `unreachable-stepp`");
  CHECK(check.hint == "did you mean `unreachable-step`?");
  CHECK(check.replacement == "unreachable-step");
  const diag::Diagnostic& actor = find(r, "unknown actor `clerc`");
  CHECK(actor.hint == "did you mean `clerk`?");
  CHECK(actor.replacement == "clerk");
  CHECK(find(r, "unknown step `unrelated`").hint.empty());
}

TEST_CASE("a share over 100% is out of range") {
  const auto r = compile_text(troubled);
  CHECK(find(r, "percentage 120% is out of range").hint == "use a percentage from 0% to 100%");
}

TEST_CASE("an empty blueprint's hint shows a stage, braces and all") {
  const auto r = compile_text(R"(blueprint "B" { })");
  CHECK(find(r, "the blueprint has no stage").hint ==
        R"(add a stage with at least one step: `stage arrive "Arrive" { customer walk_in "Walk in" }`)");
}

TEST_CASE("the title block's phrases keep the author's text as written") {
  const auto r = compile_text(R"(blueprint "B" {
  owner "CX {team}"
  version "2.1"
  status draft
  updated "2026-11-20"
  stage s "S" { customer c "C" }
})");
  CHECK(model::meta_phrases(r.blueprint) ==
        std::vector<std::string>{"Version 2.1", "Status: draft", "Owner: CX {team}", "Updated 2026-11-20"});
}
