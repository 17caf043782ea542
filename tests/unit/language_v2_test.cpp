// Language v2, sections 1-3: decisions and branches, `end`, personas and
// channels, promises. The words are contextual: a v1 file that used one as an id
// compiles as before.

#include "compiler/check/paths.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/format/formatter.hpp"
#include "compiler/model/journey.hpp"
#include "tests/unit/compile_findings.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

using namespace bp;

namespace {

driver::CompileResult compile_text(const std::string& text) {
  return driver::compile(text, driver::CompileOptions::for_file("t"));
}

// The diagnostics as "CODE line:column message".
using test::findings;
using test::has;

const model::Step& step(const model::Blueprint& b, const std::string& id) { return b.steps.at(b.find(id)->index); }

const std::string restaurant = R"(blueprint "Dinner" {
  promise 2h
  role host "Host"
  persona walk_in "Walk-in guest" { note "comes without booking" }
  persona family "Family with a booking"
  channel phone "Phone" { remote }
  channel store "In the restaurant"
  stage book "Book" {
    customer call "Call to book" takes 3min via phone for family
    backstage take_booking "Take the booking" by host takes 2min
  }
  stage arrive "Arrive" {
    budget 7min
    promise 10min
    customer enter "Enter" via store
    frontstage table_free "Table free?" by host { decision }
    frontstage seat_guest "Show to a table" by host takes 1min
    customer take_number "Take a number" takes 1min { decision }
    customer leave "Leave without eating" { end }
    customer sit "Sit down" takes 1min
  }
  flow call -> take_booking
  flow enter -> table_free
  flow table_free -> seat_guest "yes" share 70%
  flow table_free -> take_number "no" share 30%
  flow seat_guest <-> sit
  flow take_number -> sit "wait" share 80%
  flow take_number -> leave "leave" share 20%
})";

} // namespace

TEST_CASE("v2: decisions, branches, personas, channels and promises build into the model") {
  const auto r = compile_text(restaurant);
  INFO(fmt::format("{}", fmt::join(findings(r), "\n")));
  REQUIRE_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  REQUIRE(b.promise);
  CHECK(b.promise->value == 7200);
  REQUIRE(b.personas.size() == 2);
  CHECK(b.personas[0].notes == std::vector<std::string>{"comes without booking"});
  REQUIRE(b.channels.size() == 2);
  CHECK(b.channels[0].remote);
  CHECK_FALSE(b.channels[1].remote);
  CHECK(b.stages[1].promise->value == 600);
  CHECK(b.stages[1].budget->value == 420);
  CHECK(step(b, "table_free").decision);
  CHECK(step(b, "leave").end);
  CHECK(step(b, "call").channel->value == 0);
  REQUIRE(step(b, "call").personas.size() == 1);
  CHECK(step(b, "call").personas[0].value == 1);
  CHECK(step(b, "enter").personas.empty());
  // The share belongs to the branch, the link out of the decision.
  std::vector<double> shares;
  for (const model::Flow& f : b.flows) {
    if (f.share) shares.push_back(f.share->value);
  }
  CHECK(shares == std::vector<double>{70, 30, 80, 20});
}

TEST_CASE("v2: the journey branches at decisions, stops at `end` and merges where a branch rejoins") {
  const auto r = compile_text(restaurant);
  const model::Blueprint& b = r.blueprint;
  const model::Journey j = model::journey_of(b);
  auto next = [&](const std::string& id) {
    std::vector<std::string> out;
    for (const model::JourneyEdge& e : j.next[b.find(id)->index])
      out.push_back(b.steps[e.to].id);
    return out;
  };
  CHECK(next("call") == std::vector<std::string>{"enter"});
  CHECK(next("enter") == std::vector<std::string>{"table_free"});
  CHECK(next("table_free") == std::vector<std::string>{"sit", "take_number"}); // in the order of the branches
  CHECK(next("take_number") == std::vector<std::string>{"sit", "leave"});
  CHECK(next("leave").empty());
  CHECK(next("sit").empty());
  CHECK(j.is_terminal(b.find("leave")->index, b));
  CHECK(j.is_terminal(b.find("sit")->index, b));
  // No implicit journey arrow where a branch leads: enter -> take_number would
  // pretend every guest takes a number.
  for (const model::Flow& f : b.flows) {
    if (f.arrow != model::Arrow::journey) continue;
    CHECK(b.steps[f.from].id == "call");
    CHECK(b.steps[f.to].id == "enter");
  }
  // The walk-in's journey starts at the door: `call` is the family's.
  const model::Journey walk_in = model::journey_of(b, 0);
  CHECK(b.steps[*walk_in.first].id == "enter");
  CHECK_FALSE(walk_in.member[b.find("call")->index]);
  CHECK(b.steps[*model::journey_of(b, 1).first].id == "call");
}

TEST_CASE("v2: the new words stay ids where v1 files used them") {
  const auto r = compile_text(R"(blueprint "Words" {
  stage decision "Decision" {
    customer end "End" takes 1min
    customer share "Share"
    customer via "Via"
    customer remote "Remote"
    customer promise "Promise"
    frontstage decide "Decide" { decision }
  }
  flow end -> share -> via
  flow promise -> remote "label"
})");
  INFO(fmt::format("{}", fmt::join(findings(r), "\n")));
  CHECK_FALSE(r.has_errors());
  CHECK(r.blueprint.find("end"));
  CHECK(r.blueprint.find("decision")->kind == model::SymbolKind::stage);
}

TEST_CASE("v2: misuse of the new words is a located error with a hint") {
  const auto r = compile_text(R"(blueprint "Misuse" {
  persona p "P"
  channel c "C" { remote remote }
  promise 1h
  promise 2h
  stage s "S" {
    evidence sign "Sign" for p
    evidence board "Board" { decision }
    frontstage greet "Greet" via phon { end }
    backstage cook "Cook" via c
    customer a "A" for q
    customer b "B"
  }
  flow a -> b share 50%
  flow greet -> a share 120%
})");
  const auto all = findings(r);
  INFO(fmt::format("{}", fmt::join(all, "\n")));
  CHECK(has(all, "BP004 3:26 `remote` is given twice for channel `c`"));
  CHECK(has(all, "BP004 5:3 `promise` is given twice for the blueprint"));
  CHECK(has(all, "BP004 7:30 `for` on evidence step `sign`"));
  CHECK(has(all, "BP004 8:30 `decision` on evidence step `board`"));
  CHECK(has(all, "BP003 9:34 unknown channel `phon`"));
  CHECK(has(all, "BP004 9:41 `end` on frontstage step `greet`"));
  CHECK(has(all, "BP004 10:31 `via` on backstage step `cook`"));
  CHECK(has(all, "BP003 11:24 unknown persona `q`"));
  CHECK(has(all, "BP004 14:21 `share` on a flow that leaves no decision"));
  CHECK(has(all, "BP004 15:25 percentage 120% is out of range"));
  for (const diag::Diagnostic& d : r.diagnostics) {
    if (d.code == diag::checks::invalid_value) CHECK_FALSE(d.hint.empty());
  }
}

TEST_CASE("v2: a syntax error in the new words names what was expected") {
  const auto all = findings(compile_text(R"(blueprint "S" {
  channel c "C" { remot }
  stage s "S" { customer a "A" via 3 }
  flow a -> a share much
})"));
  INFO(fmt::format("{}", fmt::join(all, "\n")));
  CHECK(has(all, "BP001 2:19 expected a channel attribute (`remote`, `note`) or `}`, found `remot`"));
}

TEST_CASE("v2: fmt lays out personas, channels and branches, and keeps their meaning") {
  const std::string messy = R"(blueprint "F" {
persona   p "P"   {note "n"}
channel c "C" {
remote }
  stage s "S" { promise   5min
customer a "A"  via c  for p { decision }
customer b "B" }
flow a -> b "yes"   share 60%
})";
  const auto r = compile_text(messy);
  REQUIRE_FALSE(r.has_errors());
  const format::Formatted f = format::format_blueprint(*r.source, r.tree, r.diagnostics);
  REQUIRE(f.status == format::Formatted::Status::ok);
  CHECK(f.text == R"(blueprint "F" {
  persona p "P" { note "n" }
  channel c "C" { remote }
  stage s "S" {
    promise 5min
    customer a "A" via c for p { decision }
    customer b "B"
  }
  flow a -> b "yes" share 60%
}
)");
}

namespace {

// A stage whose two branches take `yes` and `no` minutes, against a budget.
std::string branches(int yes, int no, int budget) {
  return fmt::format(R"(blueprint "Branches" {{
  role host "Host"
  stage arrive "Arrive" {{
    budget {}min
    evidence sign "Sign"
    customer enter "Enter" takes 1min
    frontstage free "Table free?" by host {{ decision }}
    customer sit "Sit down" takes {}min
    customer queue "Queue" takes {}min
  }}
  flow enter -> free
  flow free -> sit "yes" share 75%
  flow free -> queue "no" share 25%
  flow queue -> sit
}})",
                     budget, yes - 1, no - 1 - (yes - 1));
}

bool over_budget(const driver::CompileResult& r) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [](const diag::Diagnostic& d) { return d.code == diag::checks::stage_over_budget; });
}

} // namespace

TEST_CASE("v2: a stage's budget is checked on its worst path, not on every branch added up") {
  // yes: enter 1 + sit 2 = 3min; no: enter 1 + queue 3 + sit 2 = 6min.
  const auto within = compile_text(branches(3, 6, 7));
  INFO(fmt::format("{}", fmt::join(findings(within), "\n")));
  CHECK_FALSE(within.has_errors());
  CHECK_FALSE(over_budget(within));
  const check::PathAnalysis paths = check::analyze_paths(within.blueprint);
  REQUIRE(paths.paths.size() == 2);
  CHECK(paths.paths[0].seconds() == 180);
  CHECK(paths.paths[1].seconds() == 360);
  CHECK(paths.worst_seconds == 360);
  CHECK(paths.expected_seconds == Approx(0.75 * 180 + 0.25 * 360));
  // The worst branch takes 9 minutes: over the 7-minute budget.
  const auto over = compile_text(branches(3, 9, 7));
  CHECK(over_budget(over));
  CHECK(has(findings(over), "stage `arrive` takes 9min of customer-visible time on its worst path, over its budget "
                            "of 7min"));
}

TEST_CASE("v2: steps that serve one branch count only on that branch's paths") {
  const auto r = compile_text(R"(blueprint "Serve" {
  role host "Host"
  stage arrive "Arrive" {
    customer enter "Enter" takes 1min
    frontstage free "Table free?" by host { decision }
    frontstage seat "Show to a table" by host takes 2min
    frontstage number "Hand out a number" by host takes 1min
    customer sit "Sit down" takes 1min
    customer leave "Leave" { end }
  }
  flow enter -> free
  flow free -> seat "yes"
  flow free -> number "no"
  flow seat <-> sit
  flow number <-> leave
})");
  const check::PathAnalysis paths = check::analyze_paths(r.blueprint);
  REQUIRE(paths.paths.size() == 2);
  CHECK(paths.paths[0].seconds() == 4 * 60); // enter, seat, sit
  CHECK(paths.paths[1].seconds() == 2 * 60); // enter, number, leave
  CHECK(paths.paths[0].probability == 0.5);
}

TEST_CASE("v2: per persona, only the persona's steps are in its journey") {
  const auto r = compile_text(restaurant);
  const auto journeys = check::analyze_journeys(r.blueprint);
  REQUIRE(journeys.size() == 2);
  // The walk-in never calls: the booking stage takes no time on their paths.
  for (const check::Path& p : journeys[0].paths)
    CHECK(p.stages[0].visible_seconds() == 0);
  for (const check::Path& p : journeys[1].paths)
    CHECK(p.stages[0].visible_seconds() == 3 * 60);
}

TEST_CASE("v2: a combinatorial explosion of paths is bounded and falls back to every step") {
  std::string text = "blueprint \"Many\" {\n  role r \"R\"\n  stage s \"S\" {\n    customer c0 \"C\" takes 1min\n";
  std::string flows;
  for (int i = 0; i < 12; ++i) {
    text += fmt::format("    frontstage d{} \"D\" by r {{ decision }}\n    customer a{} \"A\" takes 1min\n    customer "
                        "b{} \"B\" takes 1min\n    customer c{} \"C\" takes 1min\n",
                        i, i, i, i + 1);
    flows +=
        fmt::format("  flow c{} -> d{}\n  flow d{} -> a{} \"a\"\n  flow d{} -> b{} \"b\"\n  flow a{} -> c{}\n  flow "
                    "b{} -> c{}\n",
                    i, i, i, i, i, i, i, i + 1, i, i + 1);
  }
  text += "  }\n" + flows + "}\n";
  const auto r = compile_text(text);
  INFO(fmt::format("{}", fmt::join(findings(r), "\n")));
  REQUIRE_FALSE(r.has_errors());
  const check::PathAnalysis paths = check::analyze_paths(r.blueprint); // 2^12 = 4096 paths
  CHECK(paths.truncated);
  CHECK(paths.paths.size() == check::max_paths);
  CHECK(paths.worst[0].takes_seconds == (1 + 12 * 3) * 60); // every step: an upper bound
}

TEST_CASE("v2: a step's clauses come in any order, each once") {
  const auto r = compile_text(R"(blueprint "Clauses" {
  role host "Host"
  persona p "P"
  channel phone "Phone" { remote }
  stage s "S" {
    customer a "A" via phone takes 3min for p
    frontstage b "B" takes 1min by host via phone
    customer c "C" takes 1min takes 2min
  }
})");
  const auto all = findings(r);
  INFO(fmt::format("{}", fmt::join(all, "\n")));
  CHECK(step(r.blueprint, "a").takes->value == 180);
  CHECK(step(r.blueprint, "a").channel);
  CHECK(step(r.blueprint, "b").actor);
  CHECK(has(all, "BP004 8:31 `takes` is given twice for step `c`"));
}

// Found by fuzz_format: a clause keyword followed by a vertical tab (a space to
// the grammar, not to the clause's own scan) was read past the clause's end.
TEST_CASE("v2: a clause's keyword ends at any space the grammar knows") {
  for (const std::string space : {"\v", "\f", "\u3000", "\u00a0"}) {
    const std::string text = "blueprint \"B\" {\n  channel c \"C\"\n  stage s \"S\" {\n    customer a \"A\" via" +
                             space + "c via" + space + "c\n  }\n}\n";
    const auto r = compile_text(text);
    const auto all = findings(r);
    INFO(fmt::format("{}", fmt::join(all, "\n")));
    CHECK(step(r.blueprint, "a").channel);
    // The second `via`, after `    customer a "A" via` + space + `c `.
    CHECK(has(all, "BP004 4:26 `via` is given twice for step `a`"));
  }
}

TEST_CASE("v2: elapsed time is the critical path across lanes, parallel work counted once") {
  const auto r = compile_text(R"(blueprint "Kitchen" {
  promise 30min
  role cook "Cook"
  role waiter "Waiter"
  stage meal "Meal" {
    evidence menu "Menu"
    customer order "Order" takes 2min
    frontstage take "Take the order" by waiter takes 1min
    backstage grill "Grill the steak" by cook takes 20min
    backstage salad "Make the salad" by cook takes 5min
    frontstage serve "Serve" by waiter takes 1min
    customer eat "Eat" takes 15min
  }
  flow order <-> take
  flow take -> grill -> serve
  flow take -> salad -> serve
  flow serve <-> eat
})");
  const check::PathAnalysis paths = check::analyze_paths(r.blueprint);
  // order 2 + take 1 + grill 20 + serve 1 + eat 15; the salad runs alongside the grill.
  CHECK(paths.critical.seconds == 39 * 60);
  std::vector<std::string> ids;
  for (model::Index i : paths.critical.path)
    ids.push_back(r.blueprint.steps[i].id);
  CHECK(ids == std::vector<std::string>{"order", "take", "grill", "serve", "eat"});
  const auto all = findings(r);
  CHECK(has(all, "BP207 2:3 the journey takes 39min from `order` to `eat`, over its promise of 30min"));
}

TEST_CASE("v2: a contact through a remote channel may reach the backstage without BP102") {
  const std::string text = R"(blueprint "Phone" {
  role clerk "Clerk"
  channel phone "Phone" { remote }
  channel desk "Desk"
  stage book "Book" {
    evidence text "Confirmation text"
    customer call "Call" via CHANNEL takes 2min
    backstage take "Take the booking" by clerk takes 2min
  }
  flow call -> take
})";
  auto with = [&](const std::string& channel) {
    std::string t = text;
    t.replace(t.find("CHANNEL"), 7, channel);
    return findings(compile_text(t));
  };
  CHECK_FALSE(has(with("phone"), "BP102"));
  CHECK(has(with("desk"), "BP102"));
}

// The extended online-return example: the parcel handed over is graded days
// later, after the customer has tracked it; the grading's two branches both end
// at the refund.
TEST_CASE("v2: a staff decision joins the journey where it is written, each branch a path") {
  const auto r = compile_text(R"(blueprint "Return" {
  role inspector "Inspector"
  role agent "Agent"
  stage drop "Drop off" {
    customer hand_over "Hand over the parcel" takes 1min
    support haul "Carry it to the warehouse" takes 2d
  }
  stage waiting "Wait" {
    customer track "Track the parcel" takes 30s
    customer see "Read that it arrived" takes 15s
    backstage grade "Grade the item" by inspector { decision }
    frontstage call "Agree a partial refund" by agent takes 5min
    backstage approve "Approve the refund" by inspector
  }
  stage refund "Refund" {
    customer refunded "See the refund" takes 30s
  }
  flow hand_over -> haul -> grade
  flow grade -> approve "as sold" share 90%
  flow grade -> call "damaged" share 10%
  flow approve -> refunded
  flow call <-> refunded
})");
  const auto all = findings(r);
  INFO(fmt::format("{}", fmt::join(all, "\n")));
  REQUIRE_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  const model::Journey j = model::journey_of(b);
  const auto index = [&](const char* id) { return b.find(id)->index; };
  // The hand-over leads to the customer's own next step, not to the grading two days on.
  REQUIRE(j.next[index("hand_over")].size() == 1);
  CHECK(j.next[index("hand_over")][0].to == index("track"));
  // The grading, written between `see` and `refunded`, follows `see`.
  REQUIRE(j.next[index("see")].size() == 1);
  CHECK(j.next[index("see")][0].to == index("grade"));
  // Two branches to the same step: two paths. The call also meets the refund
  // step every path reaches, so it counts on both (check/paths.hpp).
  const check::PathAnalysis paths = check::analyze_paths(b);
  REQUIRE(paths.paths.size() == 2);
  CHECK(paths.paths[0].branches != paths.paths[1].branches);
  CHECK(paths.paths[0].probability == Approx(0.9));
  CHECK(paths.paths[1].probability == Approx(0.1));
  CHECK(paths.paths[1].seconds() == 60 + 30 + 15 + 5 * 60 + 30);
  CHECK_FALSE(has(all, "BP407"));
  // No journey arrow is drawn into the backstage decision.
  for (const model::Flow& f : b.flows)
    if (f.arrow == model::Arrow::journey) CHECK(b.steps[f.to].lane == model::Lane::customer);
}

// The express delivery: the sender hands over what the recipient receives. No
// persona goes from the first customer step to the last, so the promise is
// checked on the whole service's journey too; the recipient's journey starts
// at the courier's decision.
TEST_CASE("v2: personas that share a service: the whole journey's promise, a journey that starts at a decision") {
  const std::string parcel = R"(blueprint "Parcel" {
  promise 10h
  role driver "Courier"
  persona sender "Sender"
  persona recipient "Recipient"
  stage send "Send" {
    customer hand_over "Hand over the parcel" takes 2min for sender
    frontstage collect "Collect it" by driver takes 2min for sender
    support fly "Fly it overnight" by driver takes 12h
  }
  stage receive "Receive" {
    frontstage ring "Ring: anyone in?" by driver takes 1min for recipient { decision }
    customer sign "Sign for it" takes 1min for recipient
    customer depot "Collect it at the depot" takes 20min for recipient { end }
  }
  flow hand_over <-> collect
  flow collect -> fly -> ring
  flow ring -> sign "in" share 90%
  flow ring -> depot "out" share 10%
})";
  const auto r = compile_text(parcel);
  const auto all = findings(r);
  INFO(fmt::format("{}", fmt::join(all, "\n")));
  REQUIRE_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  const auto journeys = check::analyze_journeys(b);
  REQUIRE(journeys.size() == 3); // sender, recipient, the whole service
  CHECK_FALSE(journeys[2].persona);
  CHECK(journeys[2].critical.seconds > 12 * 3600);
  // The recipient's paths start at the courier's decision, one per branch.
  REQUIRE(journeys[1].paths.size() == 2);
  CHECK(journeys[1].paths[0].steps.front() == b.find("ring")->index);
  // Broken once, on the whole service, with the promise's own message.
  CHECK(std::count_if(all.begin(), all.end(), [](const std::string& f) { return f.starts_with("BP207"); }) == 1);
  CHECK(has(all, "BP207"));
  CHECK_FALSE(has(all, "for `sender`, the journey"));
  // Budgets stay each persona's: none is checked on the mixed journey.
  const auto again = compile_text(std::string(parcel).replace(parcel.find("  promise 10h\n"), 14, ""));
  CHECK_FALSE(has(findings(again), "BP207"));
}
