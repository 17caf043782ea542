// Language v2 on the diagram and in the checklist: the emotion curve from
// `feeling`, channel chips and channel switches, `render --persona`,
// `--highlight critical-path`, and the journeys, channels and feelings the
// checklist lists.

#include "compiler/checklist/checklist.hpp"
#include "compiler/checklist/writers.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/model/value_rules.hpp"
#include "compiler/render/render.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

using namespace bp;
namespace fs = std::filesystem;

namespace {

driver::CompileResult restaurant() {
  const fs::path path = fs::path(BLUEPRINT_SOURCE_DIR) / "examples/restaurant.blueprint";
  return driver::compile(test::read_file(path), driver::CompileOptions::for_file("examples/restaurant.blueprint"));
}

driver::CompileResult compile_text(const std::string& text) {
  return driver::compile(text, driver::CompileOptions::for_file("t"));
}

model::Index id(const model::Blueprint& b, const std::string& name) { return b.find(name)->index; }

const layout::StepBox& box_of(const layout::Layout& l, model::Index step) {
  return *std::find_if(l.steps.begin(), l.steps.end(), [&](const layout::StepBox& s) { return s.step == step; });
}

std::string dot(const driver::CompileResult& r, const render::RenderOptions& given) {
  render::RenderOptions options = given;
  options.format = render::Format::dot;
  const auto out = render::render(r.checked(), options);
  REQUIRE(out.ok());
  return *out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("diagram: the emotion curve runs across the top of the customer lane") {
  const auto r = restaurant();
  REQUIRE_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  const layout::Layout l = layout::compute_layout(b);
  REQUIRE(l.emotion);
  const layout::EmotionCurve& curve = *l.emotion;
  std::size_t with_feeling = 0;
  for (const model::Step& s : b.steps)
    with_feeling += s.lane == model::Lane::customer && s.feeling ? 1 : 0;
  CHECK(curve.points.size() == with_feeling);
  for (std::size_t i = 0; i < curve.points.size(); ++i) {
    const layout::EmotionPoint& p = curve.points[i];
    const layout::StepBox& box = box_of(l, p.step);
    INFO(b.steps[p.step].id);
    CHECK(p.center.x == Approx(box.box.cx())); // above its step
    CHECK(p.center.y < box.box.y);             // clear of the box
    CHECK(p.center.y >= curve.strip.y);        // inside the strip
    CHECK(p.center.y <= curve.strip.bottom());
    CHECK(p.center.y == Approx(curve.zero_y - (curve.zero_y - curve.points[0].center.y) * p.feeling /
                                                  curve.points[0].feeling)); // linear in the feeling
    if (i > 0) CHECK(curve.points[i - 1].center.x < p.center.x);             // left to right
  }
  // The strip lies within the customer lane's band, above every customer box.
  const auto band = std::find_if(l.lanes.begin(), l.lanes.end(),
                                 [](const layout::LaneBand& lane) { return lane.lane == model::Lane::customer; });
  REQUIRE(band != l.lanes.end());
  CHECK(curve.strip.y >= band->band.y);
  for (const layout::StepBox& box : l.steps) {
    if (b.steps[box.step].lane == model::Lane::customer) CHECK(box.box.y >= curve.strip.bottom());
  }
  CHECK(contains(dot(r, {}), "\"feeling-" + b.steps[curve.points[0].step].id + "\""));
}

TEST_CASE("diagram: no curve without feelings, and none when the customer lane is left out") {
  const auto r = compile_text(R"(blueprint "B" { stage s "S" { customer a "A"  frontstage f "F" } })");
  REQUIRE_FALSE(r.has_errors());
  CHECK_FALSE(layout::compute_layout(r.blueprint).emotion);
  const auto felt = restaurant();
  layout::LayoutOptions only_staff;
  only_staff.lanes = {model::Lane::frontstage, model::Lane::backstage};
  CHECK_FALSE(layout::compute_layout(felt.blueprint, only_staff).emotion);
}

TEST_CASE("diagram: a persona's curve holds only the steps of its journey") {
  const auto r = restaurant();
  const model::Blueprint& b = r.blueprint;
  layout::LayoutOptions family;
  family.persona = id(b, "family");
  const layout::Layout l = layout::compute_layout(b, family);
  REQUIRE(l.emotion);
  for (const layout::EmotionPoint& p : l.emotion->points) {
    const auto& personas = b.steps[p.step].personas;
    CHECK((personas.empty() || std::any_of(personas.begin(), personas.end(),
                                           [&](const auto& persona) { return persona.value == *family.persona; })));
  }
  CHECK(l.emotion->points.size() < layout::compute_layout(b).emotion->points.size());
  // Named under the title.
  bool named = false;
  for (const layout::TextLine& line : l.title)
    named = named || contains(line.text, b.personas[*family.persona].label);
  CHECK(named);
}

TEST_CASE("diagram: contacts show their channel, and a channel switch is marked on the journey") {
  const auto r = compile_text(R"(blueprint "B" {
  channel phone "Phone" { remote }
  channel app "Mobile app" { remote }
  stage s "S" {
    customer call "Call" via phone
    customer again "Call again" via phone
    customer order "Order in the app" via app
    customer walk "Walk in"
  }
})");
  REQUIRE_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  const layout::Layout l = layout::compute_layout(b);
  const layout::StepBox& call = box_of(l, id(b, "call"));
  REQUIRE(call.channel);
  CHECK(call.channel->text == "Phone");
  CHECK(call.channel->box.x >= call.box.x);
  CHECK(call.channel->box.right() <= call.box.right());
  CHECK(call.channel->box.bottom() <= call.box.bottom());
  CHECK_FALSE(box_of(l, id(b, "walk")).channel);
  // Journey arrows: phone -> phone unmarked, phone -> app marked, app -> none unmarked.
  std::vector<std::string> marked;
  for (const layout::Route& route : l.routes) {
    if (route.label && contains(route.label->text, "⇄")) marked.push_back(b.steps[b.flows[route.flow].from].id);
  }
  CHECK(marked == std::vector<std::string>{"again"});
  const std::string out = dot(r, {});
  CHECK(contains(out, "\"channel-call\""));
  CHECK(contains(out, "Channel switch: Phone → Mobile app"));
  CHECK(contains(out, "Channel: Phone (`phone`), remote"));
}

TEST_CASE("diagram: --highlight critical-path frames the critical path and draws its arrows") {
  const auto r = restaurant();
  const model::Blueprint& b = r.blueprint;
  render::RenderOptions options;
  options.highlight_critical_path = true;
  const std::string out = dot(r, options);
  const check::PathAnalysis journey = check::analyze_paths(b);
  REQUIRE(journey.critical.path.size() > 3);
  for (model::Index step : journey.critical.path)
    CHECK(contains(out, "\"critical-" + b.steps[step].id + "\""));
  CHECK(contains(out, "critical path, " + model::format_duration(journey.critical.seconds)));
  // Off the path, no frame.
  for (model::Index i = 0; i < b.steps.size(); ++i) {
    if (std::find(journey.critical.path.begin(), journey.critical.path.end(), i) == journey.critical.path.end())
      CHECK_FALSE(contains(out, "\"critical-" + b.steps[i].id + "\""));
  }
  CHECK_FALSE(contains(dot(r, {}), "\"critical-"));
}

TEST_CASE("diagram: --persona dims the other personas' steps and their arrows") {
  const auto r = restaurant();
  const model::Blueprint& b = r.blueprint;
  render::RenderOptions options;
  options.persona = id(b, "family");
  const std::string out = dot(r, options);
  // `take_number` is the walk-in guest's only; `call` the family's; `enter` everyone's.
  const auto node = [&](const std::string& step) {
    const std::size_t at = out.find("\"step-" + step + "\"");
    REQUIRE(at != std::string::npos);
    return out.substr(at, out.find('\n', at) - at);
  };
  CHECK(contains(node("take_number"), "#F5F6F7"));
  CHECK_FALSE(contains(node("call"), "#F5F6F7"));
  CHECK_FALSE(contains(node("enter"), "#F5F6F7"));
  CHECK(contains(out, "#D3D8DC")); // a dimmed arrow
}

TEST_CASE("checklist: journeys per persona, channels per stage and the feelings") {
  const auto r = restaurant();
  const model::Blueprint& b = r.blueprint;
  const checklist::Checklist c = checklist::evaluate(r.checked());
  REQUIRE(c.journeys.size() == b.personas.size());
  for (const check::PathAnalysis& j : c.journeys) {
    double total = 0;
    for (std::size_t p = 0; p < j.paths.size(); ++p)
      total += checklist::path_share(j, p);
    CHECK(total == Approx(1));
  }
  // The walk-in guest never books: the Book stage is not on that journey.
  const check::PathAnalysis& walk_in = c.journeys[id(b, "walk_in")];
  CHECK_FALSE(checklist::stage_on_journey(b, walk_in, id(b, "book")));
  CHECK(checklist::stage_on_journey(b, c.journeys[id(b, "family")], id(b, "book")));
  // Channels, in the order first used in the stage.
  const checklist::StageChecks& pay = c.stages[id(b, "pay")];
  REQUIRE(pay.channels.size() == 2);
  CHECK(b.channels[pay.channels[0].channel].id == "room");
  CHECK(b.channels[pay.channels[1].channel].id == "app");
  // Feelings in the order written; the lowest is the first at the minimum.
  REQUIRE(c.lowest_feeling);
  for (model::Index i : c.feelings)
    CHECK(b.steps[i].feeling->value >= b.steps[*c.lowest_feeling].feeling->value);
  const std::string md = checklist::write_markdown(c);
  CHECK(contains(md, "## Journeys and time"));
  CHECK(contains(md, "### Walk-in guest (`walk_in`)"));
  CHECK(contains(md, "## Feeling along the journey"));
  CHECK(contains(md, "**Channels**"));
  CHECK_FALSE(contains(md, "Book (`book`): 0s")); // not on the walk-in guest's journey
  const std::string html = checklist::write_html(c);
  CHECK(contains(html, "<svg class=\"feelings\""));
  CHECK(contains(checklist::write_csv(c, false), ",journey,walk_in,"));
}

TEST_CASE("checklist: branches of 3 and 6 minutes are within a 7-minute budget, a worst of 9 is not") {
  const auto stage = [](int no) {
    return fmt::format(R"(blueprint "Branches" {{
  role host "Host"
  stage arrive "Arrive" {{
    budget 7min
    customer enter "Enter" takes 1min
    frontstage free "Table free?" by host {{ decision }}
    customer sit "Sit down" takes 2min
    customer queue "Queue" takes {}min
  }}
  flow enter -> free
  flow free -> sit "yes" share 75%
  flow free -> queue "no" share 25%
  flow queue -> sit
}})",
                       no - 3);
  };
  const auto within = compile_text(stage(6));
  REQUIRE_FALSE(within.has_errors());
  const std::string ok = checklist::write_markdown(checklist::evaluate(within.checked()));
  CHECK(contains(ok, "Arrive (`arrive`): 6min on its worst path (path 2) against a budget of 7min: within budget"));
  CHECK(contains(ok, "| 1 | 75% | 3min |"));
  const auto over = compile_text(stage(9));
  const std::string bad = checklist::write_markdown(checklist::evaluate(over.checked()));
  CHECK(contains(bad, "Arrive (`arrive`): 9min on its worst path (path 2) against a budget of 7min: **over budget "
                      "by 2min**"));
}
