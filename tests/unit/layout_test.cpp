// Geometric properties of the layout: the blueprint grid is right by construction
// and no arrow crosses a box, on every example and on a generated 300-step file.

#include "bench/blueprint_generator.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "tests/compile_file.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

using namespace bp;
using layout::Point;
using layout::Rect;
namespace fs = std::filesystem;

namespace {

// Does the axis-parallel segment a-b pass through the inside of r (shrunk by 1pt)?
bool crosses(Point a, Point b, const Rect& r) {
  const Rect in{r.x + 1, r.y + 1, r.w - 2, r.h - 2};
  if (std::abs(a.y - b.y) < 0.01) {
    return a.y > in.y && a.y < in.bottom() && std::max(a.x, b.x) > in.x && std::min(a.x, b.x) < in.right();
  }
  return a.x > in.x && a.x < in.right() && std::max(a.y, b.y) > in.y && std::min(a.y, b.y) < in.bottom();
}

void check_layout(const model::Blueprint& b, const layout::Layout& l) {
  // Boxes never overlap (a sweep over x keeps this linear-ish for big files).
  std::vector<const layout::StepBox*> boxes;
  for (const auto& s : l.steps)
    boxes.push_back(&s);
  std::sort(boxes.begin(), boxes.end(), [](auto* p, auto* q) { return p->box.x < q->box.x; });
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t j = i + 1; j < boxes.size() && boxes[j]->box.x < boxes[i]->box.right(); ++j) {
      INFO(b.steps[boxes[i]->step].id << " and " << b.steps[boxes[j]->step].id);
      REQUIRE_FALSE(boxes[i]->box.overlaps(boxes[j]->box));
    }
  }
  // Each box lies inside its lane band and its stage column.
  for (const auto& s : l.steps) {
    const model::Step& step = b.steps[s.step];
    const auto& band = l.lanes.at(static_cast<int>(step.lane)).band;
    REQUIRE(s.box.y >= band.y);
    REQUIRE(s.box.bottom() <= band.bottom());
    const auto& column = l.stages.at(step.stage).column;
    REQUIRE(s.box.x >= column.x - 0.01);
    REQUIRE(s.box.right() <= column.right() + 0.01);
  }
  // Lanes top to bottom in contract order, stages left to right.
  for (std::size_t i = 1; i < l.lanes.size(); ++i)
    REQUIRE(l.lanes[i].band.y > l.lanes[i - 1].band.y);
  for (std::size_t i = 1; i < l.stages.size(); ++i)
    REQUIRE(l.stages[i].column.x > l.stages[i - 1].column.right());
  // No arrow passes through a box other than its own two ends.
  std::vector<Rect> by_step(b.steps.size());
  for (const auto& s : l.steps)
    by_step[s.step] = s.box;
  for (const auto& route : l.routes) {
    const model::Flow& f = b.flows[route.flow];
    REQUIRE(route.points.size() >= 2);
    for (std::size_t k = 0; k + 1 < route.points.size(); ++k) {
      const Point a = route.points[k], c = route.points[k + 1];
      REQUIRE((std::abs(a.x - c.x) < 0.01 || std::abs(a.y - c.y) < 0.01)); // orthogonal
      for (const auto& s : l.steps) {
        if (s.step == f.from || s.step == f.to) continue;
        INFO("flow " << b.steps[f.from].id << " -> " << b.steps[f.to].id << " crosses " << b.steps[s.step].id);
        REQUIRE_FALSE(crosses(a, c, s.box));
      }
    }
  }
}

model::Blueprint compiled(const std::string& text) {
  auto r = driver::compile(text, driver::CompileOptions::for_file("t"));
  REQUIRE_FALSE(r.has_errors());
  return std::move(r.blueprint);
}

} // namespace

TEST_CASE("every example lays out without overlaps or arrows through boxes") {
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(BLUEPRINT_SOURCE_DIR) / "examples")) {
    if (entry.path().extension() != ".blueprint") continue;
    INFO(entry.path().filename().string());
    const driver::CompileResult r = test::compile_file(entry.path());
    REQUIRE_FALSE(r.has_errors());
    if (r.blueprint.library) continue; // declarations only: nothing to lay out
    const model::Blueprint& b = r.blueprint;
    const layout::Layout l = layout::compute_layout(b);
    CHECK(l.steps.size() == b.steps.size());
    CHECK(l.lanes.size() == 5 + b.info_lanes.size());
    CHECK(l.items.size() == b.info_items.size());
    CHECK(l.lines.size() == 3);
    check_layout(b, l);
  }
}

TEST_CASE("a generated 300-step blueprint lays out without overlaps") {
  const model::Blueprint b = compiled(bench::generate_blueprint(300));
  REQUIRE(b.steps.size() == 300);
  const layout::Layout l = layout::compute_layout(b);
  CHECK(l.routes.size() == b.flows.size());
  check_layout(b, l);
}

TEST_CASE("steps of one cell keep declaration order left to right") {
  const model::Blueprint b = compiled(R"(blueprint "B" { stage s "S" {
    customer a "A" customer b "B" customer c "C" } })");
  const layout::Layout l = layout::compute_layout(b);
  REQUIRE(l.steps.size() == 3);
  CHECK(l.steps[0].box.right() < l.steps[1].box.x);
  CHECK(l.steps[1].box.right() < l.steps[2].box.x);
}

TEST_CASE("empty lanes stay visible and subsets draw only what was asked") {
  const model::Blueprint b = compiled(R"(blueprint "B" {
    stage s "S" { customer a "A" backstage k "K" }
    stage t "T" { customer c "C" }
    flow a -> k })");
  const layout::Layout all = layout::compute_layout(b);
  CHECK(all.lanes.size() == 5);
  CHECK(all.lanes[0].band.h > 20); // the evidence lane, though empty
  layout::LayoutOptions only;
  only.stages = {1};
  only.lanes = {model::Lane::customer};
  const layout::Layout part = layout::compute_layout(b, only);
  CHECK(part.stages.size() == 1);
  CHECK(part.lanes.size() == 1);
  CHECK(part.steps.size() == 1);
  CHECK(part.routes.empty());
  CHECK(part.lines.empty());
}

TEST_CASE("labels wrap within their width, Chinese included") {
  for (const std::string text : {"Barista works from the tablet queue; shift lead checks it every 5 minutes",
                                 "患者在自助机上扫码签到后等待护士分诊并测量体温和血压",
                                 "Supercalifragilisticexpialidocious-and-then-some-more-text"}) {
    const auto lines = layout::wrap(text, 10, 120);
    CHECK(lines.size() > 1);
    for (const auto& line : lines)
      CHECK(layout::text_width(line, 10) <= 120);
  }
  CHECK(layout::wrap("short", 10, 120) == std::vector<std::string>{"short"});
  // Closing punctuation never starts a line.
  for (double width = 40; width < 140; width += 3) {
    for (const auto& line : layout::wrap("公众号挂号页面：医生排班、余号和挂号费。请按时到院，谢谢！", 10, width)) {
      CHECK_FALSE(line.starts_with("、"));
      CHECK_FALSE(line.starts_with("。"));
      CHECK_FALSE(line.starts_with("，"));
      CHECK_FALSE(line.starts_with("！"));
    }
  }
  const auto clipped = layout::wrap(std::string(2000, 'x'), 10, 100, 3);
  CHECK(clipped.size() == 3);
  CHECK(clipped.back().ends_with("…"));
}

TEST_CASE("a \\n in a label starts a new line; in a one-line label it is a space") {
  CHECK(layout::wrap("Pay\nat the till", 10, 500) == std::vector<std::string>{"Pay", "at the till"});
  CHECK(layout::wrap("取餐\n请出示取餐码", 10, 500) == std::vector<std::string>{"取餐", "请出示取餐码"});
  CHECK(layout::wrap("a\n\nb", 10, 500) == std::vector<std::string>{"a", "b"});
  CHECK(layout::wrap("\nleading", 10, 500) == std::vector<std::string>{"leading"});
  CHECK(layout::wrap("number\ncalled", 10, 500, 1) == std::vector<std::string>{"number called"});
  // A line the author ends still wraps when it is too long.
  const auto lines = layout::wrap("Barista works from the tablet queue\nshift lead", 10, 90);
  CHECK(lines.back() == "shift lead");
  CHECK(lines.size() >= 3);
}

TEST_CASE("layout is deterministic") {
  const model::Blueprint b = compiled(bench::generate_blueprint(120, 7));
  const auto l1 = layout::compute_layout(b);
  const auto l2 = layout::compute_layout(b);
  REQUIRE(l1.routes.size() == l2.routes.size());
  for (std::size_t i = 0; i < l1.routes.size(); ++i)
    CHECK(l1.routes[i].points == l2.routes[i].points);
}
