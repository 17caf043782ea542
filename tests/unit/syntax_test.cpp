#include "compiler/source/source_file.hpp"
#include "compiler/syntax/parser.hpp"

#include <catch2/catch.hpp>

using namespace bp;

namespace {

syntax::ParseResult parse_text(const std::string& text) {
  static std::vector<std::unique_ptr<source::SourceFile>> keep;
  keep.push_back(std::make_unique<source::SourceFile>("t", text));
  return syntax::parse(*keep.back());
}

} // namespace

TEST_CASE("a blueprint parses into stages, steps, attributes and flows") {
  const auto r = parse_text(R"(# comment
blueprint "Shop" {
  owner "CX"
  role clerk "Clerk"
  standard quick "Quick" { dimension responsiveness target <= 2min for 95% }
  stage buy "Buy" {
    budget 1h30min
    customer pick "Pick \"it\"\tup \u{1F600}" takes 30s { feeling -1 meets quick }
    frontstage scan "Scan" by clerk {
      fail "Scanner down" { recovery "Type the code" owner clerk severity high }
    }
  }
  flow pick -> scan ~> pick "receipt"
})");
  REQUIRE(r.diagnostics.empty());
  const auto& b = r.tree.blueprint;
  CHECK(b.present);
  CHECK(b.name.value == "Shop");
  CHECK(b.attrs.size() == 1);
  CHECK(b.actors.at(0).id.text == "clerk");
  CHECK(b.standards.at(0).attrs.size() == 2);
  const auto& target = b.standards[0].attrs[1];
  CHECK(target.words.at(0).text == "<=");
  CHECK(target.quantities.at(0).value == 120);
  CHECK(target.quantities.at(1).value == 95);
  const auto& stage = b.stages.at(0);
  CHECK(stage.attrs.at(0).quantities.at(0).value == 5400);
  CHECK(stage.steps.size() == 2);
  CHECK(stage.steps[0].label.value == "Pick \"it\"\tup 😀");
  CHECK(stage.steps[0].takes->value == 30);
  CHECK(stage.steps[1].by->text == "clerk");
  CHECK(stage.steps[1].attrs.at(0).block.size() == 3);
  CHECK(b.flows.at(0).ends.size() == 3);
  CHECK(b.flows[0].arrows.at(1).text == "~>");
  CHECK(b.flows[0].label->value == "receipt");
  CHECK(r.tree.comments.size() == 1);
}

TEST_CASE("spans point at the text they came from") {
  const std::string text = "blueprint \"B\" {\n  stage s \"S\" {\n    customer pay \"Pay\"\n  }\n}\n";
  const auto r = parse_text(text);
  const auto& step = r.tree.blueprint.stages.at(0).steps.at(0);
  CHECK(text.substr(step.id.span.begin, step.id.span.end - step.id.span.begin) == "pay");
  CHECK(text.substr(step.span.begin, step.span.end - step.span.begin) == "customer pay \"Pay\"");
}

TEST_CASE("after a syntax error parsing resumes at the next step, stage or flow") {
  const auto r = parse_text(R"(blueprint "B" {
  stage a "A" {
    customer x "X" takes 3q
    customer y "Y"
    custmer z "Z"
    customer w "W"
  }
  flow x ->
  flow y -> w
  stage b "B" { customer v "V" }
})");
  // `custmer z "Z"` has the shape of an information lane's item: the parse keeps
  // it, and the model says what version 1's grammar said (model_test.cpp).
  CHECK(r.diagnostics.size() == 2);
  const auto& b = r.tree.blueprint;
  CHECK(b.stages.size() == 2);
  REQUIRE(b.stages[0].steps.size() == 3); // y, z and w
  CHECK(b.stages[0].steps[1].lane.text == "custmer");
  CHECK(b.flows.size() == 1);
  CHECK(r.tree.skipped_words.count("z") == 0);
}

TEST_CASE("keywords are not ids, but words that start with one are") {
  CHECK(parse_text("blueprint \"B\" { stage s \"S\" { customer stages \"x\" } }").diagnostics.empty());
  CHECK(parse_text("blueprint \"B\" { stage s \"S\" { customer import \"x\" } }").diagnostics.size() == 1);
  // `kpi`, reserved in version 1, is an id: the contract's information lane is named so.
  CHECK(parse_text("blueprint \"B\" { stage s \"S\" { customer kpi \"x\" } }").diagnostics.empty());
}

TEST_CASE("Unicode ids and spaces") {
  const auto r = parse_text("blueprint \"咖啡\" {\u3000stage 点单 \"点单\" { customer 选择_1 \"选择\" } }");
  CHECK(r.diagnostics.empty());
  CHECK(r.tree.blueprint.stages.at(0).steps.at(0).id.text == "选择_1");
}
