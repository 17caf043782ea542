// The scene: the legend's samples look like the diagram's elements (both come
// from style.hpp), and Graphviz's attribute syntax is written as Graphviz reads it.

#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/render/gv_attributes.hpp"
#include "compiler/render/scene_builder.hpp"
#include "compiler/render/style.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace bp;
using render::Attributes;
namespace fs = std::filesystem;

namespace {

struct Scene {
  model::Blueprint blueprint;
  layout::Layout layout;
  render::Drawing drawing;
};

Scene scene_of(const fs::path& file) {
  auto compiled = driver::compile(test::read_file(file), driver::CompileOptions::for_file("t"));
  REQUIRE_FALSE(compiled.has_errors());
  Scene s{std::move(compiled.blueprint), {}, {}};
  s.layout = layout::compute_layout(s.blueprint);
  s.drawing = render::build_scene(s.blueprint, s.layout);
  return s;
}

// The attributes that make the look: all but position, size, label text and tooltip.
std::map<std::string, std::string> look(const Attributes& attrs) {
  std::map<std::string, std::string> out;
  for (const auto& [name, value] : attrs) {
    if (name != "pos" && name != "width" && name != "height" && name != "tooltip") out.emplace(name, value);
  }
  return out;
}

// Only the outline and fill.
std::map<std::string, std::string> box_look(const Attributes& attrs) {
  std::map<std::string, std::string> out;
  for (const auto& [name, value] : attrs) {
    if (name == "shape" || name == "style" || name == "fillcolor" || name == "color" || name == "penwidth")
      out.emplace(name, value);
  }
  return out;
}

std::map<std::string, std::string> without(std::map<std::string, std::string> attrs, const std::string& name) {
  attrs.erase(name);
  return attrs;
}

const render::Node* node(const render::Drawing& d, const std::string& id) {
  for (const auto& n : d.nodes) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

const render::Node* first_node(const render::Drawing& d, const std::string& prefix) {
  for (const auto& n : d.nodes) {
    if (n.id.rfind(prefix, 0) == 0) return &n;
  }
  return nullptr;
}

} // namespace

TEST_CASE("the legend's samples look like the diagram's elements", "[render]") {
  const Scene s = scene_of(fs::path(BLUEPRINT_SOURCE_DIR) / "examples" / "coffee-bar.blueprint");
  using K = layout::LegendItem::Kind;
  std::map<K, const render::Node*> box_samples;
  std::vector<const render::Edge*> arrow_samples; // in legend order: hand-off, information, interaction, journey
  for (std::size_t i = 0; i < s.layout.legend_items.size(); ++i)
    box_samples[s.layout.legend_items[i].kind] = node(s.drawing, "legend-" + std::to_string(i));
  for (const auto& e : s.drawing.edges) {
    if (e.tail.rfind("sample", 0) == 0) arrow_samples.push_back(&e);
  }
  REQUIRE(arrow_samples.size() == 4);

  const model::Step* plain = nullptr;
  const model::Step* moment = nullptr;
  for (const auto& step : s.blueprint.steps)
    (step.moment ? moment : plain) = &step;
  REQUIRE(plain);
  REQUIRE(moment);
  // Steps and markers in the legend are drawn at Graphviz's default pen.
  const auto step = box_look(node(s.drawing, "step-" + plain->id)->attrs);
  CHECK(box_look(box_samples.at(K::step)->attrs) == without(step, "penwidth"));
  const auto moment_step = box_look(node(s.drawing, "step-" + moment->id)->attrs);
  CHECK(box_look(box_samples.at(K::moment)->attrs) == moment_step);
  CHECK(look(box_samples.at(K::moment)->attrs).at("label") ==
        look(node(s.drawing, "moment-" + moment->id)->attrs).at("label"));
  CHECK(look(box_samples.at(K::fail)->attrs) == without(look(first_node(s.drawing, "fail-")->attrs), "penwidth"));
  CHECK(look(box_samples.at(K::wait)->attrs) == without(look(first_node(s.drawing, "wait-")->attrs), "penwidth"));
  CHECK(box_look(box_samples.at(K::tag)->attrs) == box_look(first_node(s.drawing, "tag")->attrs));

  // Each arrow kind in the diagram looks like its sample.
  std::map<model::Arrow, std::map<std::string, std::string>> flows;
  std::size_t edge = 0;
  while (edge < s.drawing.edges.size() && s.drawing.edges[edge].tail.rfind("step-", 0) != 0)
    ++edge;
  for (const auto& route : s.layout.routes) {
    if (route.points.size() < 2) continue;
    flows.emplace(s.blueprint.flows[route.flow].arrow, look(s.drawing.edges.at(edge++).attrs));
  }
  const model::Arrow kinds[] = {model::Arrow::handoff, model::Arrow::information, model::Arrow::interaction,
                                model::Arrow::journey};
  for (std::size_t i = 0; i < 4; ++i) {
    INFO(model::to_string(kinds[i]));
    REQUIRE(flows.count(kinds[i]));
    CHECK(look(arrow_samples[i]->attrs) == flows.at(kinds[i]));
  }
}

TEST_CASE("every arrow kind has its own look, and lines theirs", "[render]") {
  CHECK(render::style::arrow(model::Arrow::information).dash != nullptr);
  CHECK(render::style::arrow(model::Arrow::interaction).both_ends);
  CHECK(render::style::arrow(model::Arrow::journey).pen == 2.2);
  CHECK(render::style::arrow(model::Arrow::handoff).colour == nullptr); // the edge default
  CHECK(std::string(render::style::line(model::Line::visibility).dash) == "dashed");
  CHECK(render::style::line(model::Line::internal).pen == 1);
}

TEST_CASE("Graphviz attributes: y flipped, pinned, splines with arrow ends", "[render]") {
  const render::GraphvizFrame frame(100);
  CHECK(frame.pinned({10, 20}) == "10.00,80.00!");
  CHECK(frame.pinned_box({0, 0, 72, 36}) == Attributes{{"pos", "36.00,82.00!"}, {"width", "1.00"}, {"height", "0.50"}});
  CHECK(frame.invisible_point({1, 2}) ==
        Attributes{
            {"shape", "point"}, {"style", "invis"}, {"width", "0.01"}, {"height", "0.01"}, {"pos", "1.00,98.00!"}});
  CHECK(frame.spline({{0, 0}, {20, 0}}, false, false) == "0.00,100.00 0.00,100.00 20.00,100.00 20.00,100.00");
  // The line stops an arrowhead short of each arrow end.
  CHECK(frame.spline({{0, 0}, {20, 0}}, true, true) ==
        "s,0.00,100.00 e,20.00,100.00 7.00,100.00 7.00,100.00 13.00,100.00 13.00,100.00");
  CHECK(render::plain_number(1) == "1");
  CHECK(render::plain_number(2.4) == "2.4");
  CHECK(render::label_text("a\\n\nb\x01") == "a\\\\n\\nb\xEF\xBF\xBD");
  // C1 controls (U+0085 NEL, U+009B CSI) are drawn as U+FFFD too, like C0 and DEL.
  CHECK(render::label_text("F \xC2\x9B"
                           "2J\xC2\x85.") == "F \xEF\xBF\xBD"
                                             "2J\xEF\xBF\xBD.");
  CHECK(render::label_text("\xC2\xA0"
                           "caf\xC3\xA9") == "\xC2\xA0"
                                             "caf\xC3\xA9"); // no-break space and é stay
}
