// Language v2, section 5: information lanes (`lane kpi "KPIs" below support`)
// and their items, cells of the grid written like steps with the lane's id.

#include "compiler/checklist/checklist.hpp"
#include "compiler/checklist/writers.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/format/formatter.hpp"
#include "compiler/layout/layout.hpp"
#include "tests/unit/compile_findings.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace bp;
using test::findings;
using test::has;

namespace {

driver::CompileResult compile_text(const std::string& text) {
  return driver::compile(text, driver::CompileOptions::for_file("t"));
}

const std::string dinner = R"(blueprint "Dinner" {
  role waiter "Waiter"
  lane policy "Policies" below support
  lane channels "Channels" above evidence
  lane kpi "KPIs" below support
  stage order "Order" {
    evidence menu "Menu"
    customer choose "Choose" takes 2min
    frontstage take "Take the order" by waiter takes 1min
    policy no_refund "No refund once cooking has started" { note "agreed with the owners" }
    kpi order_time "Order taken within 3 min: 92% last month"
    channels at_table "At the table"
  }
  stage pay "Pay" {
    evidence receipt "Receipt"
    customer pay_bill "Pay" takes 1min
    frontstage till "Take the payment" by waiter takes 1min
    kpi pay_time "Paid within 2 min"
  }
  flow menu ~> choose
  flow choose <-> take
  flow pay_bill <-> till
}
)";

} // namespace

TEST_CASE("information lanes and their items are in the model, apart from the steps") {
  const auto r = compile_text(dinner);
  REQUIRE_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  REQUIRE(b.info_lanes.size() == 3);
  CHECK(b.info_lanes[1].place == model::InfoLane::Place::above_evidence);
  CHECK(b.info_lanes[2].items.size() == 2);
  REQUIRE(b.info_items.size() == 4);
  CHECK(b.info_items[0].notes == std::vector<std::string>{"agreed with the owners"});
  CHECK(b.steps.size() == 6); // the items are not steps
  CHECK(b.stages[0].items.size() == 3);
  CHECK(b.find("order_time")->kind == model::SymbolKind::info_item);
  CHECK(b.find("kpi")->kind == model::SymbolKind::info_lane);
}

TEST_CASE("the rows: lanes above the evidence, the five, then those below the support, as declared") {
  const auto r = compile_text(dinner);
  const layout::Layout l = layout::compute_layout(r.blueprint);
  REQUIRE(l.lanes.size() == 8);
  CHECK(l.lanes[0].info_lane == 1u); // channels, above evidence
  CHECK_FALSE(l.lanes[1].info_lane);
  CHECK(l.lanes[1].lane == model::Lane::evidence);
  CHECK(l.lanes[6].info_lane == 0u); // policy, then kpi
  CHECK(l.lanes[7].info_lane == 2u);
  CHECK(l.lines.size() == 3); // the three lines stay between the five lanes
  REQUIRE(l.items.size() == 4);
  for (const layout::ItemBox& item : l.items) {
    const model::InfoItem& it = r.blueprint.info_items[item.item];
    const auto band = std::find_if(l.lanes.begin(), l.lanes.end(),
                                   [&](const layout::LaneBand& lb) { return lb.info_lane == it.lane; });
    REQUIRE(band != l.lanes.end());
    CHECK(item.box.y >= band->band.y);
    CHECK(item.box.bottom() <= band->band.bottom());
    for (const layout::ItemBox& other : l.items) {
      if (&other == &item) continue;
      const bool apart = item.box.right() <= other.box.x || other.box.right() <= item.box.x ||
                         item.box.bottom() <= other.box.y || other.box.bottom() <= item.box.y;
      CHECK(apart);
    }
  }
}

TEST_CASE("--lanes can draw an information lane alone or with the five") {
  const auto r = compile_text(dinner);
  layout::LayoutOptions only;
  only.info_lanes = {2};
  only.lanes = {model::Lane::customer};
  const layout::Layout l = layout::compute_layout(r.blueprint, only);
  REQUIRE(l.lanes.size() == 2);
  CHECK(l.lanes[0].lane == model::Lane::customer);
  CHECK(l.lanes[1].info_lane == 2u);
  CHECK(l.items.size() == 2);
}

TEST_CASE("an item is a cell: no by, takes, via, for, and no step attribute but note") {
  const auto r = compile_text(R"(blueprint "B" {
  lane kpi "KPIs" below support
  stage s "S" {
    evidence e "E"
    customer c "C" takes 1min
    kpi k "K" by x takes 2min { moment "m" note "fine" }
  }
  flow k -> c
})");
  const auto all = findings(r);
  CHECK(has(all, "BP004 6:18 `by` on `k`: an item of information lane `kpi` is a cell of the grid, not a step"));
  CHECK(has(all, "BP004 6:26 `takes` on `k`"));
  CHECK(has(all, "BP004 6:33 `moment` on `k`"));
  CHECK_FALSE(has(all, "`note` on `k`"));
  CHECK(has(all, "BP003 8:8 `k` is an information item, not a step"));
}

TEST_CASE("a first word that names no lane: unknown, with a suggestion among the lanes and the declared ones") {
  const auto r = compile_text(R"(blueprint "B" {
  lane kpi "KPIs" below support
  stage s "S" {
    evidence e "E"
    cutsomer c "C"
    customer d "D"
    kpo k "K"
  }
  flow c -> d
})");
  const auto all = findings(r);
  CHECK(has(all, "BP003 5:5 unknown lane `cutsomer`"));
  CHECK(has(all, "BP003 7:5 unknown lane `kpo`"));
  // The item's id is not reported again where a flow names it.
  CHECK_FALSE(has(all, "unknown step `c`"));
}

TEST_CASE("a v1 file with a misspelt lane gets version 1's syntax error, word for word") {
  const auto r = compile_text(R"(blueprint "Case" {
  stage s "S" {
    custmer c "Walk in"
    customer d "Sit"
  }
  flow c -> d
})");
  const auto all = findings(r);
  REQUIRE(all.size() == 1);
  CHECK(all[0] == "BP001 3:5 expected a lane (`evidence`, `customer`, `frontstage`, `backstage`, `support`), `budget`, "
                  "`promise`, `note`, `allow` or `}`, found `custmer`");
  CHECK(r.diagnostics[0].hint == "did you mean `customer`?");
}

TEST_CASE("the place is `above evidence` or `below support`") {
  const auto all = findings(compile_text(R"(blueprint "B" { lane kpi "KPIs" below customer })"));
  CHECK(has(all, "BP001 1:33 expected where the lane goes: `above evidence` or `below support`, found `below`"));
}

TEST_CASE("the checklist lists each information lane's items, stage by stage") {
  const auto r = compile_text(dinner);
  const checklist::Checklist c = checklist::evaluate(r.checked());
  const std::string md = checklist::write_markdown(c);
  CHECK(md.find("## Information lanes") != std::string::npos);
  CHECK(md.find("### KPIs (`kpi`, below the support processes)\n\n| Stage | Item |\n|---|---|\n"
                "| Order | `order_time` Order taken within 3 min: 92% last month |\n| Pay | `pay_time` Paid within 2 "
                "min |") != std::string::npos);
  const auto j = nlohmann::json::parse(checklist::write_json(c));
  CHECK(j["information_lanes"][1]["place"] == "above evidence");
  CHECK(j["information_lanes"][0]["items"][0]["notes"][0] == "agreed with the owners");
  CHECK(checklist::write_csv(c, false).find("Order,KPIs,order_time,Order taken within 3 min: 92% last month") !=
        std::string::npos);
}

TEST_CASE("fmt keeps the lane declarations and the items") {
  const auto r = compile_text(dinner);
  const format::Formatted f = format::format_blueprint(*r.source, r.tree, r.diagnostics);
  REQUIRE(f.status == format::Formatted::Status::ok);
  CHECK(f.text == dinner);
}
