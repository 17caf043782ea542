#include "compiler/diag/check_table.hpp"
#include "compiler/diag/gcc_printer.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/diag/result.hpp"
#include "compiler/diag/sarif_printer.hpp"
#include "compiler/diag/spelling.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <set>

using namespace bp::diag;

TEST_CASE("edit distance counts swaps once and ignores ASCII case") {
  CHECK(edit_distance("charge", "chrage") == 1);
  CHECK(edit_distance("charge", "charger") == 1);
  CHECK(edit_distance("Pay", "pay") == 0);
  CHECK(edit_distance("选择", "选") == 1);
  const std::vector<std::string_view> ids{"choose", "charge", "confirm"};
  CHECK(closest("chrage", ids) == "charge");
  CHECK(closest("xyz", ids) == std::nullopt);
  CHECK(closest("cnfirm", ids) == "confirm");
}

TEST_CASE("quoted text is escaped and shortened") {
  CHECK(quoted("a \"b\"") == "\"a \\\"b\\\"\"");
  CHECK(quoted("bell\x07") == "\"bell\\u{7}\"");
  CHECK(quoted(std::string(100, 'x'), 10) == "\"xxxxxxxxxx…\"");
  CHECK(escape_controls("\x1b[31m") == "\\u{1B}[31m");
}

TEST_CASE("the check table has every code of the contract once") {
  std::set<std::string_view> codes, names;
  for (const CheckInfo& c : all_checks()) {
    codes.insert(c.code);
    names.insert(c.name);
  }
  CHECK(codes.size() == 33);
  CHECK(names.size() == 33);
}

TEST_CASE("every check constant is the table's row of its code and of its name") {
  const CheckId constants[] = {
      checks::syntax,
      checks::duplicate_id,
      checks::unknown_reference,
      checks::invalid_value,
      checks::empty_blueprint,
      checks::bad_import,
      checks::interaction_gap,
      checks::visibility_breach,
      checks::orphan_frontstage,
      checks::unsupported_frontstage,
      checks::unreachable_step,
      checks::channel_switch_without_data,
      checks::missing_recovery,
      checks::missing_owner,
      checks::critical_fail_point,
      checks::unguarded_handoff,
      checks::wait_over_tolerance,
      checks::stage_over_budget,
      checks::broken_promise,
      checks::unmitigated_risk,
      checks::moment_without_standard,
      checks::unused_standard,
      checks::unmeasurable_standard,
      checks::uncovered_dimension,
      checks::standard_conflict,
      checks::stage_without_customer,
      checks::stage_without_evidence,
      checks::unused_actor,
      checks::decision_without_branches,
      checks::unlabelled_branch,
      checks::shares_not_whole,
      checks::dead_end_path,
      checks::label_shortened,
  };
  REQUIRE(std::size(constants) == all_checks().size());
  for (const CheckId id : constants) {
    INFO(id.code());
    REQUIRE(find_check(id.code()) != nullptr);
    CHECK(find_check(id.code())->id == id);
    REQUIRE(find_check(id.name()) != nullptr);
    CHECK(find_check(id.name())->id == id);
    CHECK(find_check(id.name())->name == id.name());
  }
}

TEST_CASE("a check constant reads as its code and compares with codes read at run time") {
  CHECK(std::string_view(checks::missing_recovery) == "BP201");
  CHECK(checks::missing_recovery == std::string_view("BP201"));
  CHECK(fmt::format("{}", checks::missing_recovery) == "BP201");
  CHECK(checks::syntax < checks::duplicate_id);
  CHECK_FALSE(checks::syntax == checks::duplicate_id);
}

TEST_CASE("the named constructors fill every field of a diagnostic") {
  const Diagnostic d = error(checks::unknown_reference, {3, 9}, "unknown step `pya`")
                           .with_hint("did you mean `pay`?")
                           .with_related({0, 2}, "declared here")
                           .with_replacement("pay");
  CHECK(d.code == checks::unknown_reference);
  CHECK(d.severity == Severity::error);
  CHECK(d.span.begin == 3);
  CHECK(d.span.end == 9);
  CHECK(d.message == "unknown step `pya`");
  CHECK(d.hint == "did you mean `pay`?");
  REQUIRE(d.related.size() == 1);
  CHECK(d.related[0].span.begin == 0);
  CHECK(d.related[0].span.end == 2);
  CHECK(d.related[0].message == "declared here");
  CHECK(d.replacement == "pay");

  const Diagnostic plain = finding(checks::unused_actor, Severity::note, {1, 2}, "m");
  CHECK(plain.code == checks::unused_actor);
  CHECK(plain.severity == Severity::note);
  CHECK(plain.hint.empty());
  CHECK(plain.related.empty());
  CHECK(plain.replacement.empty());
  CHECK(find_check("BP201")->name == "missing-recovery");
  CHECK(find_check("missing-recovery")->code == "BP201");
  CHECK(find_check("BP999") == nullptr);
}

namespace {

std::vector<FileReport> one_report(std::string text, Diagnostic d) {
  auto file = std::make_shared<const bp::source::SourceFile>("f.blueprint", std::move(text));
  return {FileReport{file, {std::move(d)}}};
}

} // namespace

TEST_CASE("the caret lands under the right Chinese character") {
  const std::string text = "flow 选择 -> 付款\n";
  const auto begin = static_cast<std::uint32_t>(text.find("付款"));
  const auto reports =
      one_report(text, error(checks::unknown_reference, {begin, begin + 6}, "unknown step `付款`").with_hint("hint"));
  const std::string out = print_human(reports, {false});
  CHECK(out == "error[BP003 unknown-reference]: unknown step `付款`\n"
               " --> f.blueprint:1:12\n"
               "  |\n"
               "1 | flow 选择 -> 付款\n"
               "  |              ^^^^\n"
               "  = hint: hint\n"
               "\n"
               "f.blueprint: 1 error, 0 warnings, 0 notes\n");
}

TEST_CASE("colour is only added when asked for") {
  const auto reports = one_report("x\n", error(checks::syntax, {0, 1}, "m"));
  CHECK(print_human(reports, {false}).find('\x1b') == std::string::npos);
  CHECK(print_human(reports, {true}).find("\x1b[1;31m") != std::string::npos);
}

TEST_CASE("control characters in source lines never reach the terminal") {
  const auto reports = one_report("a\x1b[2Jb\n", error(checks::syntax, {0, 1}, "m"));
  CHECK(print_human(reports, {false}).find('\x1b') == std::string::npos);
}

TEST_CASE("bidirectional controls are escaped in messages and replaced in source lines") {
  // U+202E RIGHT-TO-LEFT OVERRIDE and U+2066 LEFT-TO-RIGHT ISOLATE: in a log viewer
  // that applies bidi they would reorder what the line appears to say.
  const std::string rlo = "\xE2\x80\xAE", lri = "\xE2\x81\xA6";
  const auto reports = one_report("fail \"" + rlo + "gnp.exe" + lri + "\"\n",
                                  error(checks::syntax, {0, 4}, "fail point \"" + rlo + "gnp.exe" + lri + "\""));
  const std::string human = print_human(reports, {false});
  const std::string gcc = print_gcc(reports);
  for (const std::string& out : {human, gcc}) {
    CHECK(out.find(rlo) == std::string::npos);
    CHECK(out.find(lri) == std::string::npos);
    CHECK(out.find("fail point \"\\u{202E}gnp.exe\\u{2066}\"") != std::string::npos);
  }
  CHECK(human.find("1 | fail \"\xEF\xBF\xBDgnp.exe\xEF\xBF\xBD\"") != std::string::npos);
  CHECK(escape_controls("\xE2\x80\xAA\xE2\x81\xA9") == "\\u{202A}\\u{2069}");
}

TEST_CASE("gcc and json formats") {
  const auto reports = one_report(
      "ab\ncd\n",
      finding(checks::missing_recovery, Severity::warning, {3, 5}, "msg").with_hint("h").with_related({0, 1}, "r"));
  CHECK(print_gcc(reports) == "f.blueprint:2:1: warning: msg [BP201 missing-recovery]\n");
  const auto j = to_json(reports);
  CHECK(j["version"] == 1);
  const auto& d = j["diagnostics"][0];
  CHECK(d["code"] == "BP201");
  CHECK(d["name"] == "missing-recovery");
  CHECK(d["line"] == 2);
  CHECK(d["column"] == 1);
  CHECK(d["end_line"] == 2);
  CHECK(d["end_column"] == 3);
  CHECK(d["hint"] == "h");
  CHECK(d["related"][0]["line"] == 1);
  CHECK(j["summary"]["warnings"] == 1);
}

TEST_CASE("sarif lists every check as a rule and locates results") {
  const auto reports = one_report(
      "ab\ncd\n",
      finding(checks::missing_recovery, Severity::warning, {3, 5}, "msg").with_hint("h").with_related({0, 1}, "r"));
  const auto log = to_sarif(reports);
  CHECK(log["version"] == "2.1.0");
  const auto& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["rules"].size() == all_checks().size());
  // BP201's row of the table: after the six errors and the six interaction checks.
  const auto& rule = run["tool"]["driver"]["rules"][12];
  CHECK(rule["id"] == "BP201");
  CHECK(rule["help"]["markdown"].get<std::string>().starts_with("# BP201 missing-recovery"));
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "BP201");
  CHECK(result["ruleIndex"] == 12);
  CHECK(result["level"] == "warning");
  CHECK(result["message"]["text"] == "msg\nhint: h");
  const auto& region = result["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 2);
  CHECK(region["endColumn"] == 3);
  CHECK(result["relatedLocations"][0]["message"]["text"] == "r");
}

TEST_CASE("paths become percent-encoded URI references") {
  CHECK(path_to_uri("examples/coffee-bar.blueprint") == "examples/coffee-bar.blueprint");
  CHECK(path_to_uri("<stdin>") == "%3Cstdin%3E");
  CHECK(path_to_uri("my file.blueprint") == "my%20file.blueprint");
  CHECK(path_to_uri("诊所.blueprint") == "%E8%AF%8A%E6%89%80.blueprint");
  CHECK(path_to_uri("/tmp/a b.blueprint") == "file:///tmp/a%20b.blueprint");
}

TEST_CASE("a result holds a value or the message of its failure") {
  const Result<int> three = 3;
  REQUIRE(three.ok());
  CHECK(*three == 3);
  CHECK(three.value() == 3);
  const Result<int> failed = failure("unknown level `loud`");
  CHECK_FALSE(failed);
  CHECK(failed.error() == "unknown level `loud`");

  const Result<void> done = success();
  CHECK(done.ok());
  const Result<void> refused = failure("no");
  CHECK_FALSE(refused.ok());
  CHECK(refused.error() == "no");
}

TEST_CASE("a diagnostic late on a long line shows the same window however many came before it") {
  std::string text = "blueprint \"T\" { ";
  for (int i = 0; i < 400; ++i)
    text += i % 5 == 0 ? "flow 选择 -> zz " : "flow a -> zz ";
  text += "}\n";
  std::vector<Diagnostic> all;
  for (std::size_t at = text.find("zz"); at != std::string::npos; at = text.find("zz", at + 2)) {
    const auto begin = static_cast<std::uint32_t>(at);
    all.push_back(
        error(checks::unknown_reference, {begin, begin + 2}, "unknown step `zz`").with_related({16, 20}, "first flow"));
  }
  auto file = std::make_shared<const bp::source::SourceFile>("f.blueprint", text);
  const std::string together = print_human({FileReport{file, all}}, {false});
  std::string one_by_one;
  for (const Diagnostic& d : all) {
    const std::string alone = print_human({FileReport{file, {d}}}, {false});
    one_by_one += alone.substr(0, alone.rfind("f.blueprint: "));
  }
  CHECK(together.substr(0, together.rfind("f.blueprint: ")) == one_by_one);
  CHECK(together.find("…") != std::string::npos); // the long line is windowed
}
