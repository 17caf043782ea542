// True text: the layout's widths are the widths Graphviz's Pango draws. Each
// string is set by Graphviz at 100 pt (so its whole-point xdot widths are exact
// to 0.5%) and compared with layout::text_width, regular and bold, Latin,
// Chinese, digits, punctuation and mixed. Also: lines break by UAX #14, and a
// label cut short is whole in its tooltip and named by `check` (BP408).

#include "compiler/driver/compile.hpp"
#include "compiler/layout/font_measure.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/render/render.hpp"
#include "compiler/render/style.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace bp;

namespace {

// Graphviz's width of `text` at `size` points, from the xdot text operation
// `T x y j width n -text`. One context for the process, as render/gv.cpp keeps.
double graphviz_width(const std::string& text, double size, bool bold) {
  static GVC_t* const gvc = gvContext();
  const std::string dot = fmt::format("digraph{{a[shape=plaintext fontsize={} fontname=\"{}\" label=\"{}\"]}}", size,
                                      bold ? render::diagram_bold_font : render::diagram_font, text);
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE(g);
  REQUIRE(gvLayout(gvc, g, "dot") == 0);
  char* data = nullptr;
  unsigned int length = 0;
  REQUIRE(gvRenderData(gvc, g, "xdot", &data, &length) == 0);
  const std::string xdot(data, length);
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  const std::size_t at = xdot.find("T ");
  REQUIRE(at != std::string::npos);
  double x = 0, y = 0, width = 0;
  int justify = 0;
  REQUIRE(std::sscanf(xdot.c_str() + at, "T %lf %lf %d %lf", &x, &y, &justify, &width) == 4);
  return width;
}

const std::vector<std::string> samples = {
    "Call name and hand over the drink",
    "Pickup shelf clean, labelled and holding no more than 8 cups",
    "WWW MMM iii lll",
    "Ticket printer jams; order is never made (again!)",
    "<= 3s for 95%",
    "公众号挂号页面：医生排班、余号和挂号费。",
    "取餐码 A-042，请在 5 分钟内取餐",
    "Oat milk 燕麦奶 runs out",
};

} // namespace

TEST_CASE("true text: text_width is the width Graphviz draws, regular and bold, Latin and Chinese") {
  REQUIRE(layout::FontMeasure::instance().available()); // scripts/install-deps installs the Noto fonts
  for (const std::string& text : samples) {
    for (bool bold : {false, true}) {
      const double drawn = graphviz_width(text, 100, bold);
      const double measured = layout::text_width(text, 100, bold);
      INFO(text << (bold ? " (bold)" : "") << ": drawn " << drawn << ", measured " << measured);
      CHECK(std::abs(measured - drawn) <= std::max(1.0, drawn * 0.005));
    }
  }
}

TEST_CASE("true text: the table is only the fallback, and it errs wide of the real width") {
  for (const std::string& text : samples) {
    CHECK(layout::table_width(text, 10) >= layout::text_width(text, 10) * 0.97);
  }
}

TEST_CASE("true text: lines break where UAX #14 allows, East Asian rules kept") {
  // After a hyphen, not inside a word.
  CHECK(layout::wrap("check-in desk", 10, layout::text_width("check-in", 10) + 1) ==
        std::vector<std::string>{"check-in", "desk"});
  CHECK(layout::wrap("self-service kiosk", 10, layout::text_width("self-", 10) + 1).front() == "self-");
  // Never before a closing mark nor after an opening one.
  for (double width : {30.0, 40.0, 50.0, 60.0, 70.0}) {
    for (const std::string& line : layout::wrap("请按时到院，谢谢！（预约）“准时”", 10, width)) {
      CHECK_FALSE(line.starts_with("，"));
      CHECK_FALSE(line.starts_with("！"));
      CHECK_FALSE(line.starts_with("）"));
      CHECK_FALSE(line.starts_with("”"));
      CHECK_FALSE(line.ends_with("（"));
      CHECK_FALSE(line.ends_with("“"));
    }
  }
  // A number keeps its unit and its percent sign.
  CHECK(layout::wrap("within 95% of visits", 10, layout::text_width("within 95%", 10) + 1).front() == "within 95%");
}

namespace {

const std::string long_text = "Guest asks at the front desk for a late check-out and waits while the desk calls "
                              "housekeeping to see whether the room is needed for an early arrival, then hears the "
                              "fee for each extra hour and decides whether to take it";

driver::CompileResult compile_long_labels() {
  const std::string source = fmt::format(R"(blueprint "Long" {{
  role desk "{0}"
  lane kpi "KPIs" below support
  stage leave "{0}" {{
    evidence bill "Final bill"
    customer ask "{0}"
    frontstage answer "Offer a time" by desk
    kpi late "{0}"
  }}
  flow ask <-> answer "{0}"
}}
)",
                                         long_text);
  driver::CompileResult r = driver::compile(source, driver::CompileOptions::for_file("long.blueprint"));
  REQUIRE_FALSE(r.has_errors());
  return r;
}

} // namespace

TEST_CASE("true text: every kind of shortened label is found, once") {
  const driver::CompileResult r = compile_long_labels();
  using W = layout::Shortened::What;
  const std::vector<layout::Shortened> found = layout::shortened_texts(r.blueprint);
  const std::vector<layout::Shortened> expected = {{W::step_label, r.blueprint.find("ask")->index, 5},
                                                   {W::actor, r.blueprint.find("desk")->index, 2},
                                                   {W::stage_label, 0, 2},
                                                   {W::flow_label, 0, 1},
                                                   {W::item_label, 0, 4}};
  CHECK(found == expected);
  // `check` names each of them, as a note.
  std::vector<std::string> notes;
  for (const diag::Diagnostic& d : r.checked().findings) {
    if (d.code == diag::checks::label_shortened) notes.push_back(d.message);
  }
  REQUIRE(notes.size() == 5);
  const auto has = [&](const std::string& m) { return std::find(notes.begin(), notes.end(), m) != notes.end(); };
  CHECK(has("the label of step `ask` is cut short on the diagram: it takes more than the 5 lines a box holds"));
  CHECK(has("the label of `desk` is cut short under its steps: it takes more than the 2 lines a box holds"));
  CHECK(has("the label of the flow from `ask` to `answer` is cut short on its arrow: it takes more than one line"));
}

TEST_CASE("true text: a shortened label ends in … on the diagram and is whole in its tooltip") {
  const driver::CompileResult r = compile_long_labels();
  render::RenderOptions options;
  options.format = render::Format::dot;
  const auto dot = render::render(r.checked(), options);
  REQUIRE(dot.ok());
  const std::size_t step = dot->find("\"step-ask\" [");
  REQUIRE(step != std::string::npos);
  CHECK(dot->substr(step, dot->find('\n', step) - step).find(long_text) != std::string::npos);
  CHECK(dot->find("…\"") != std::string::npos);
  // A label that fits is not named.
  const driver::CompileResult short_labels =
      driver::compile("blueprint \"S\" {\n  stage s \"Stage\" {\n    customer a \"Ask\"\n  }\n}\n",
                      driver::CompileOptions::for_file("s.blueprint"));
  CHECK(layout::shortened_texts(short_labels.blueprint).empty());
}
