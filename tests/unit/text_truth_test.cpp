// True text: the layout's widths are the widths Graphviz's Pango draws. Each
// string is set by Graphviz at 100 pt (so its whole-point xdot widths are exact
// to 0.5%) and compared with layout::text_width, regular and bold, Latin,
// Chinese, digits, punctuation and mixed. Also: lines break by UAX #14.

#include "compiler/layout/font_measure.hpp"
#include "compiler/layout/text_metrics.hpp"
#include "compiler/render/style.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

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
