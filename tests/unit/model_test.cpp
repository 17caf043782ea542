#include "compiler/driver/compile.hpp"

#include <catch2/catch.hpp>

using namespace bp;
using model::Arrow;
using model::Lane;
using model::Line;

namespace {

driver::CompileResult compile_text(const std::string& text) {
  return driver::compile(text, bp::driver::CompileOptions::for_file("t"));
}

const std::string shop = R"(blueprint "Shop" {
  role clerk "Clerk"
  system till "Till"
  standard quick "Quick" { dimension responsiveness kind hard measure "m" target <= 2min for 95% owner clerk }
  stage enter "Enter" {
    evidence door "Door"
    customer walk "Walk in" takes 1min { feeling +1 }
    customer look "Look around"
    frontstage greet "Greet" by clerk { moment "Hello" meets quick }
  }
  stage pay "Pay" {
    budget 5min
    customer hand "Hand over card" { wait "Queue" { expected 3min tolerance 2min } }
    backstage charge "Charge" by till { fail "Declined" { recovery "Cash" owner clerk severity medium } }
    support bank "Bank" by till
  }
  flow walk <-> greet "hello"
  flow hand -> charge ~> bank
})";

} // namespace

TEST_CASE("the model resolves references") {
  const auto r = compile_text(shop);
  REQUIRE_FALSE(r.has_errors());
  const auto& b = r.blueprint;
  CHECK(b.steps.size() == 7);
  CHECK(b.stages.at(1).budget->value == 300);
  const auto& greet = b.steps.at(b.find("greet")->index);
  CHECK(greet.lane == Lane::frontstage);
  CHECK(b.actors.at(greet.actor->value).id == "clerk");
  CHECK(b.standards.at(greet.meets.at(0).value).id == "quick");
  CHECK(greet.moment->text == "Hello");
  const auto& charge = b.steps.at(b.find("charge")->index);
  CHECK(charge.fail_points.at(0).recovery->value == "Cash");
  CHECK(b.actors.at(charge.fail_points[0].owner->value).id == "clerk");
  CHECK(b.steps.at(b.find("hand")->index).wait_points.at(0).expected->value == 180);
  CHECK(b.standards.at(0).target->share == 95.0);
}

TEST_CASE("each flow knows the lines it crosses") {
  const auto r = compile_text(shop);
  const auto& flows = r.blueprint.flows;
  REQUIRE(flows.size() >= 3);
  CHECK(flows[0].arrow == Arrow::interaction);
  CHECK(flows[0].crosses == std::vector<Line>{Line::interaction});
  CHECK(flows[1].crosses == std::vector<Line>{Line::interaction, Line::visibility});
  CHECK(flows[2].arrow == Arrow::information);
  CHECK(flows[2].crosses == std::vector<Line>{Line::internal});
  CHECK(model::lines_between(Lane::evidence, Lane::customer).empty());
  CHECK(model::lines_between(Lane::support, Lane::evidence).size() == 3);
}

TEST_CASE("the customer journey joins consecutive customer steps not already joined") {
  const auto r = compile_text(shop);
  std::vector<std::pair<std::string, std::string>> journey;
  for (const auto& f : r.blueprint.flows) {
    if (f.arrow == Arrow::journey) journey.emplace_back(r.blueprint.steps[f.from].id, r.blueprint.steps[f.to].id);
  }
  CHECK(journey == std::vector<std::pair<std::string, std::string>>{{"walk", "look"}, {"look", "hand"}});

  const auto joined = compile_text(R"(blueprint "B" { stage s "S" { customer a "A" customer b "B" } flow b -> a })");
  for (const auto& f : joined.blueprint.flows)
    CHECK(f.arrow != Arrow::journey);
}

TEST_CASE("errors leave a usable partial model") {
  const auto r =
      compile_text(R"(blueprint "B" { stage s "S" { customer a "A" by nobody customer b "B" } flow a -> b })");
  CHECK(r.has_errors());
  CHECK(r.blueprint.steps.size() == 2);
  CHECK_FALSE(r.blueprint.steps[0].actor.has_value());
}

TEST_CASE("compile is deterministic") {
  const auto a = compile_text(shop);
  const auto b = compile_text(shop);
  CHECK(a.blueprint == b.blueprint);
}
