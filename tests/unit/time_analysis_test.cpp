#include "compiler/check/time_analysis.hpp"
#include "compiler/driver/compile.hpp"

#include <catch2/catch.hpp>

using namespace bp;

TEST_CASE("customer-visible time counts customer and frontstage takes plus expected waits") {
  const auto r = driver::compile(R"(blueprint "B" {
  stage a "A" {
    budget 10min
    evidence e "E"
    customer c "C" takes 2min { wait "Queue" { expected 3min tolerance 5min } }
    frontstage f "F" takes 1min
    backstage b "B" takes 30min
  }
  stage z "Z" {
    customer d "D" takes 90s
  }
})",
                                 driver::CompileOptions::for_file("t"));
  REQUIRE_FALSE(r.has_errors());
  const check::TimeAnalysis time = check::analyze_time(r.blueprint);
  REQUIRE(time.stages.size() == 2);
  CHECK(time.stages[0].takes_seconds == 180);
  CHECK(time.stages[0].waiting_seconds == 180);
  CHECK(time.stages[0].visible_seconds == 360);
  CHECK(time.stages[0].budget == 600.0);
  CHECK_FALSE(time.stages[0].over_budget());
  CHECK(time.stages[1].visible_seconds == 90);
  CHECK_FALSE(time.stages[1].budget.has_value());
  CHECK(time.journey_seconds == 450);
}

TEST_CASE("targets compare in the direction of their comparator") {
  model::Target at_most;
  at_most.comparator = model::Comparator::at_most;
  at_most.value = 120;
  CHECK(check::meets_target(120, at_most));
  CHECK_FALSE(check::meets_target(121, at_most));
  model::Target at_least = at_most;
  at_least.comparator = model::Comparator::at_least;
  CHECK(check::meets_target(300, at_least));
  CHECK_FALSE(check::meets_target(60, at_least));
}
