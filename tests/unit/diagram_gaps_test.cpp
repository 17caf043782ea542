// Gaps in the warning colour without `--highlight`: a fail point without
// recovery and a wait over its tolerance get an orange halo behind their marker,
// the wait's detail line and an over-budget stage's header turn orange, every
// one with the finding's message in its tooltip, and the legend says what the
// colour means. An `allow`ed finding is no gap.

#include "compiler/driver/compile.hpp"
#include "compiler/render/render.hpp"
#include "compiler/render/style.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace bp;

namespace {

const std::string gaps_source = R"(blueprint "Gaps" {
  role barista "Barista"
  stage order "Order" {
    budget 1min
    evidence menu "Menu board"
    customer ask "Ask for a drink" takes 2min { wait "Queue" { expected 5min tolerance 2min } }
    frontstage take "Take the order" by barista takes 30s { fail "Order misheard" }
  }
  stage pay "Pay" {
    budget 10min
    customer tap "Tap the card" takes 20s { wait "Card reader" { expected 10s tolerance 1min } }
    frontstage till "Run the till" by barista { fail "Reader offline" { recovery "Take cash" owner barista } }
  }
  flow ask -> take
  flow tap -> till
}
)";

std::string dot_of(const std::string& source) {
  const driver::CompileResult r = driver::compile(source, driver::CompileOptions::for_file("gaps.blueprint"));
  REQUIRE_FALSE(r.has_errors());
  render::RenderOptions options;
  options.format = render::Format::dot;
  const auto out = render::render(r.checked(), options);
  REQUIRE(out.ok());
  return *out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The DOT line of node `name`.
std::string node(const std::string& dot, const std::string& name) {
  const std::size_t at = dot.find("\"" + name + "\" [");
  if (at == std::string::npos) return "";
  return dot.substr(at, dot.find('\n', at) - at);
}

std::string with_allow(const std::string& allow) {
  std::string source = gaps_source;
  source.insert(source.find("  role"), "  allow " + allow + "\n");
  return source;
}

} // namespace

TEST_CASE("gaps: a fail point without recovery and a wait over tolerance get an orange halo, with the finding") {
  const std::string dot = dot_of(gaps_source);
  const std::string fail = node(dot, "gap-fail-take-0");
  CHECK(contains(fail, std::string("color=\"") + render::style::colour::warning + "\""));
  CHECK(contains(fail, "has no recovery"));
  CHECK(contains(node(dot, "fail-take-0"), "Gap: fail point \\\"Order misheard\\\" on `take` has no recovery"));
  const std::string wait = node(dot, "gap-wait-ask-0");
  CHECK(contains(wait, "over its tolerance of 2min"));
  // The gaps only: a recovered fail point and a wait within tolerance have none.
  CHECK(node(dot, "gap-fail-till-0").empty());
  CHECK(node(dot, "gap-wait-tap-0").empty());
  // The halo comes before its marker, so the marker is drawn over it.
  CHECK(dot.find("\"gap-fail-take-0\"") < dot.find("\"fail-take-0\""));
}

TEST_CASE("gaps: the over-tolerance wait's detail and the over-budget stage's header turn orange") {
  const std::string dot = dot_of(gaps_source);
  const std::string warning_text = std::string("fontcolor=\"") + render::style::colour::warning_text + "\"";
  const std::size_t detail = dot.find("wait 5min (tolerance 2min)");
  REQUIRE(detail != std::string::npos);
  CHECK(dot.substr(detail, dot.find('\n', detail) - detail).find(warning_text) != std::string::npos);
  const std::size_t within = dot.find("wait 10s (tolerance 1min)");
  REQUIRE(within != std::string::npos);
  CHECK(dot.substr(within, dot.find('\n', within) - within).find(warning_text) == std::string::npos);
  const std::string order = node(dot, "stage-order");
  CHECK(contains(order, std::string("color=\"") + render::style::colour::warning + "\""));
  CHECK(contains(order, "Gap: stage `order` takes"));
  CHECK_FALSE(contains(node(dot, "stage-pay"), render::style::colour::warning));
}

TEST_CASE("gaps: the legend explains the colour only when the diagram has a gap") {
  CHECK(contains(dot_of(gaps_source), "gap: no recovery, over tolerance, over budget"));
  const std::string none = dot_of(with_allow("missing-recovery, wait-over-tolerance, stage-over-budget"));
  CHECK_FALSE(contains(none, "gap: no recovery"));
  CHECK_FALSE(contains(none, render::style::colour::warning));
}

TEST_CASE("gaps: an allowed finding is no gap") {
  const std::string dot = dot_of(with_allow("missing-recovery"));
  CHECK(node(dot, "gap-fail-take-0").empty());
  CHECK_FALSE(node(dot, "gap-wait-ask-0").empty());
}
