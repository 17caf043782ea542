// Language v2, sections 4 and 5: fail points in depth (cause, prevention,
// recovery level, FMEA scores and the risk priority number, BP208), pain points
// and ideas; the ranking by risk in the checklist.

#include "compiler/check/run_checks.hpp"
#include "compiler/checklist/checklist.hpp"
#include "compiler/checklist/writers.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/format/formatter.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/model/risk.hpp"
#include "tests/unit/compile_findings.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace bp;

namespace {

driver::CompileResult compile_text(const std::string& text, const check::CheckSettings& settings = {}) {
  driver::CompileOptions options = driver::CompileOptions::for_file("t");
  options.settings = settings;
  return driver::compile(text, options);
}

using test::findings;
using test::has;

// A café whose one backstage step holds `fails` (the items of fail blocks).
std::string cafe(const std::string& fails) {
  return R"(blueprint "Café" {
  role barista "Barista"
  stage order "Order" {
    evidence menu "Menu"
    customer ask "Ask for a coffee" takes 1min
    frontstage take "Take the order" by barista takes 1min
    backstage ring "Ring up" by barista {
)" + fails +
         R"(
    }
  }
  flow menu ~> ask
  flow ask <-> take
  flow take -> ring
}
)";
}

format::Formatted format_text(const std::string& text) {
  const driver::CompileResult compiled = compile_text(text);
  return format::format_blueprint(*compiled.source, compiled.tree, compiled.diagnostics);
}

const model::FailPoint& fail_at(const driver::CompileResult& r, std::size_t n) {
  return r.blueprint.steps.at(r.blueprint.find("ring")->index).fail_points.at(n);
}

} // namespace

TEST_CASE("a fail point in depth: cause, prevention, level and the three scores") {
  const auto r = compile_text(cafe(R"(fail "Till freezes" {
        cause system
        prevent "Nightly restart"
        recovery "Paper pad"
        level supervisor
        owner barista
        severity 8 likelihood 6 detection 5
      })"));
  REQUIRE_FALSE(r.has_errors());
  const model::FailPoint& f = fail_at(r, 0);
  CHECK(f.cause->value == model::FailCause::system);
  CHECK(f.prevent->value == "Nightly restart");
  CHECK(f.level->value == model::RecoveryLevel::supervisor);
  CHECK_FALSE(f.severity); // no v1 word was written
  CHECK(f.severity_score->value == 8);
  CHECK(model::rpn(f) == 240);
  CHECK(model::uses_fail_point_depth(r.blueprint));
}

TEST_CASE("v1's severity words stand for 3, 6 and 9; without all three scores there is no RPN") {
  const auto r = compile_text(cafe(R"(fail "a" { severity low likelihood 2 detection 2 }
      fail "b" { severity medium }
      fail "c" { severity high likelihood 10 detection 10 }
      fail "d" { likelihood 4 detection 4 })"));
  REQUIRE_FALSE(r.has_errors());
  CHECK(model::rpn(fail_at(r, 0)) == 12);
  CHECK(fail_at(r, 1).severity_score->value == 6);
  CHECK_FALSE(model::rpn(fail_at(r, 1)));
  CHECK(model::rpn(fail_at(r, 2)) == 900);
  CHECK_FALSE(model::rpn(fail_at(r, 3)));
}

TEST_CASE("a v1 blueprint with severity words does not use fail points in depth") {
  const auto r = compile_text(cafe(R"(fail "Till freezes" { recovery "Paper pad" owner barista severity high })"));
  REQUIRE_FALSE(r.has_errors());
  CHECK_FALSE(model::uses_fail_point_depth(r.blueprint));
  CHECK_FALSE(checklist::evaluate(r.checked()).risks);
  const std::string json = checklist::write_json(checklist::evaluate(r.checked()));
  CHECK(json.find("rpn") == std::string::npos);
  CHECK(json.find("fail_point_risks") == std::string::npos);
}

TEST_CASE("a score is a whole number from 1 to 10") {
  for (const char* bad : {"severity 0", "severity 11", "likelihood 2.5", "detection 100"}) {
    INFO(bad);
    const auto r = compile_text(cafe(fmt::format("fail \"x\" {{ {} }}", bad)));
    CHECK(has(findings(r), "BP004"));
    CHECK(has(findings(r), "is out of range"));
  }
  const auto r = compile_text(cafe(R"(fail "x" { severity 1 likelihood 10 detection 1 })"));
  CHECK_FALSE(r.has_errors());
}

TEST_CASE("each item of a fail block is given once") {
  const auto r =
      compile_text(cafe(R"(fail "x" { cause staff cause customer prevent "a" prevent "b" severity 2 severity high })"));
  const auto all = findings(r);
  CHECK(std::count_if(all.begin(), all.end(),
                      [](const std::string& s) { return s.find("given twice") != std::string::npos; }) == 3);
}

TEST_CASE("a cause or a level that is not one of the words is a syntax error listing them") {
  const auto cause = findings(compile_text(cafe(R"(fail "x" { cause boss })")));
  CHECK(has(cause, "expected a cause (`customer`, `staff`, `system` or `partner`), found `boss`"));
  const auto level = findings(compile_text(cafe(R"(fail "x" { level ceo })")));
  CHECK(has(level, "expected a recovery level (`frontline`, `supervisor` or `management`), found `ceo`"));
  const auto severity = findings(compile_text(cafe(R"(fail "x" { severity huge })")));
  CHECK(has(severity, "expected a severity (`low`, `medium` or `high`, or a score from 1 to 10), found `huge`"));
}

TEST_CASE("the new words stay ids where they start no item: a v1 file that used them compiles") {
  const auto r = compile_text(R"(blueprint "Words" {
  role staff "Staff"
  role supervisor "Supervisor"
  stage level "Level" {
    evidence cause "Cause"
    customer pain "Pain" takes 1min
    frontstage idea "Idea" by staff takes 1min
    backstage detection "Detection" by supervisor
  }
  flow cause ~> pain
  flow pain <-> idea
  flow idea -> detection
})");
  CHECK_FALSE(r.has_errors());
}

TEST_CASE("BP208 names a fail point over the threshold with neither prevention nor recovery") {
  const std::string text = cafe(R"(fail "Till freezes" { owner barista severity 8 likelihood 6 detection 5 }
      fail "Printer jams" { owner barista severity 4 likelihood 5 detection 2 })");
  const auto by_default = findings(compile_text(text));
  CHECK(
      has(by_default, "BP208 8:6 fail point \"Till freezes\" on `ring` has a risk priority number of 240 (over 200)"));
  CHECK_FALSE(has(by_default, "\"Printer jams\" on `ring` has a risk"));
  check::CheckSettings low;
  low.rpn_threshold = 39;
  CHECK(
      has(findings(compile_text(text, low)), "\"Printer jams\" on `ring` has a risk priority number of 40 (over 39)"));
  check::CheckSettings at;
  at.rpn_threshold = 240; // over, not at
  CHECK_FALSE(has(findings(compile_text(text, at)), "BP208"));
}

TEST_CASE("BP208 is silent once the fail point has a prevention or a recovery") {
  for (const char* answer : {R"(prevent "Nightly restart")", R"(recovery "Paper pad")"}) {
    INFO(answer);
    const auto r = compile_text(
        cafe(fmt::format("fail \"Till freezes\" {{ {} owner barista severity 9 likelihood 9 detection 9 }}", answer)));
    CHECK_FALSE(has(findings(r), "BP208"));
  }
}

TEST_CASE("the ranking by risk: highest RPN first, ties by severity, the Pareto 80% marked") {
  const auto r = compile_text(cafe(R"(fail "low" { cause customer severity 2 likelihood 2 detection 5 }
      fail "top" { cause staff prevent "p" severity 10 likelihood 10 detection 6 }
      fail "tie-mild" { cause staff severity 4 likelihood 10 detection 5 }
      fail "tie-severe" { severity 8 likelihood 5 detection 5 }
      fail "unscored" { severity high })"));
  REQUIRE_FALSE(r.has_errors());
  const checklist::Checklist c = checklist::evaluate(r.checked());
  REQUIRE(c.risks);
  std::vector<std::string> order;
  for (const auto& rank : c.risks->ranked)
    order.push_back(fail_at(r, rank.at.fail).text);
  CHECK(order == std::vector<std::string>{"top", "tie-severe", "tie-mild", "low"});
  // 600 + 200 + 200 + 20 = 1020: 600 alone is 59%, the first two 78%, the third reaches 98%.
  CHECK(c.risks->ranked[0].fix_first);
  CHECK(c.risks->ranked[1].fix_first);
  CHECK(c.risks->ranked[2].fix_first);
  CHECK_FALSE(c.risks->ranked[3].fix_first);
  CHECK(c.risks->ranked[3].cumulative == Approx(1.0));
  REQUIRE(c.risks->unscored.size() == 1);
  CHECK(fail_at(r, c.risks->unscored[0].fail).text == "unscored");
  // By cause: customer 1, staff 2 (one prevented), not given 2.
  REQUIRE(c.risks->causes.size() == 3);
  CHECK(c.risks->causes[0].cause == model::FailCause::customer);
  CHECK(c.risks->causes[1].fails.size() == 2);
  CHECK(c.risks->causes[1].prevented == 1);
  CHECK_FALSE(c.risks->causes[2].cause);
}

TEST_CASE("the checklist's JSON carries rpn, cause, prevent and level, and the ranking") {
  const auto r = compile_text(cafe(
      R"(fail "Till freezes" { cause system prevent "Restart" level frontline severity 8 likelihood 6 detection 5 })"));
  const auto j = nlohmann::json::parse(checklist::write_json(checklist::evaluate(r.checked())));
  const auto& fail = j["stages"][0]["fail_points"][0];
  CHECK(fail["rpn"] == 240);
  CHECK(fail["cause"] == "system");
  CHECK(fail["prevent"] == "Restart");
  CHECK(fail["level"] == "frontline");
  CHECK(fail["severity"].is_null()); // v1's word; a score is `severity_score`
  CHECK(fail["severity_score"] == 8);
  CHECK(j["fail_point_risks"]["ranked"][0]["rpn"] == 240);
  CHECK(j["fail_point_risks"]["ranked"][0]["fix_first"] == true);
  CHECK(j["fail_point_risks"]["by_cause"][0]["cause"] == "system");
}

TEST_CASE("pain points and ideas: as many as a step has, in the checklist and as markers") {
  const auto r = compile_text(R"(blueprint "Dinner" {
  role waiter "Waiter"
  stage order "Order" {
    evidence menu "Menu"
    customer wait_long "Wait for the waiter" takes 1min {
      pain "nobody comes for 10 minutes"
      pain "the menu is sticky"
      idea "QR-code ordering"
    }
    frontstage take "Take the order" by waiter takes 1min
  }
  flow menu ~> wait_long
  flow wait_long <-> take
})");
  REQUIRE_FALSE(r.has_errors());
  const model::Step& s = r.blueprint.steps.at(r.blueprint.find("wait_long")->index);
  CHECK(s.pains.size() == 2);
  CHECK(s.ideas.size() == 1);
  const checklist::Checklist c = checklist::evaluate(r.checked());
  CHECK(c.workshop_steps.size() == 1);
  const auto j = nlohmann::json::parse(checklist::write_json(c));
  CHECK(j["pains_and_ideas"][0]["pains"][1] == "the menu is sticky");
  CHECK(j["pains_and_ideas"][0]["ideas"][0] == "QR-code ordering");
  CHECK(checklist::write_markdown(c).find("| Order | `wait_long` Wait for the waiter | nobody comes for 10 minutes<br>"
                                          "the menu is sticky | QR-code ordering |") != std::string::npos);
  const layout::Layout l = layout::compute_layout(r.blueprint);
  const auto box = std::find_if(l.steps.begin(), l.steps.end(), [&](const layout::StepBox& b) {
    return b.step == r.blueprint.find("wait_long")->index;
  });
  REQUIRE(box != l.steps.end());
  CHECK(std::count_if(box->markers.begin(), box->markers.end(),
                      [](const layout::Marker& m) { return m.kind == layout::Marker::Kind::pain; }) == 2);
  CHECK(std::count_if(box->markers.begin(), box->markers.end(),
                      [](const layout::Marker& m) { return m.kind == layout::Marker::Kind::idea; }) == 1);
}

TEST_CASE("fmt keeps the three scores on one line, unless a comment comes between them") {
  const std::string text = cafe("fail \"x\" { severity 3\n likelihood 2\n detection 9 owner barista }");
  const format::Formatted f = format_text(text);
  REQUIRE(f.status == format::Formatted::Status::ok);
  CHECK(f.text.find("        severity 3 likelihood 2 detection 9\n        owner barista\n") != std::string::npos);
  const std::string commented = cafe("fail \"x\" { severity 3\n # why\n likelihood 2 }");
  CHECK(format_text(commented).text.find("severity 3\n        # why\n        likelihood 2") != std::string::npos);
}
