// Runs the real `blueprint` binary: exit codes, stdout and stderr.

#include "tests/cli/cli_run.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

namespace fs = std::filesystem;
using bp::test::Run;
using bp::test::run;
using bp::test::scratch;
using bp::test::write_file;

namespace {

const std::string valid = "blueprint \"V\" {\n  stage s \"S\" {\n    customer c \"C\"\n  }\n}\n";

} // namespace

TEST_CASE("check exits 0 on every example") {
  for (const char* example : {"coffee-bar", "hotel-stay", "online-return", "clinic-visit-zh"}) {
    const Run r = run(fmt::format("check examples/{}.blueprint", example));
    INFO(example << "\n" << r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("0 errors") != std::string::npos);
  }
}

TEST_CASE("libraries: check reads the imports next to the file; render, checklist and report refuse a library") {
  const Run both =
      run("check examples/dealer-network/maintenance-visit.blueprint examples/dealer-network/warranty-claim.blueprint");
  INFO(both.out << both.err);
  CHECK(both.status == 0);
  CHECK(both.out.find("2 files: 0 errors") != std::string::npos);
  CHECK(run("check examples/dealer-network/shared/dealer.blueprint").status == 0);
  for (const auto& [command, name] : {std::pair{"render", "library.svg"}, std::pair{"checklist", "library.md"},
                                      std::pair{"report", "library.html"}}) {
    const fs::path out = scratch() / name;
    const Run r = run(fmt::format("{} examples/dealer-network/shared/dealer.blueprint -o '{}'", command, out.string()));
    INFO(command << ": " << r.err);
    CHECK(r.status == 1);
    CHECK(r.err.find("`examples/dealer-network/shared/dealer.blueprint` is a library: it has no stages to show") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
  // A cycle and a duplicate across files, located in their files in the gcc format too.
  const Run cycle = run(
      "check --format gcc tests/golden/imports/import-cycle.blueprint tests/golden/imports/import-duplicate.blueprint");
  CHECK(cycle.status == 1);
  CHECK(cycle.out.find("tests/golden/imports/lib/cycle-c.blueprint:3:10: error: import cycle:") != std::string::npos);
  CHECK(cycle.out.find("tests/golden/imports/import-duplicate.blueprint:4:8: error: `advisor` is declared here and in "
                       "`tests/golden/imports/lib/roles.blueprint`") != std::string::npos);
}

TEST_CASE("render --highlight takes warnings, notes and check names, and names the closest for a typo") {
  const auto frames = [](const std::string& what) {
    const Run r = run("render examples/coffee-bar.blueprint --format dot -o - --highlight " + what);
    REQUIRE(r.status == 0);
    std::size_t n = 0;
    for (std::size_t at = r.out.find("finding-"); at != std::string::npos; at = r.out.find("finding-", at + 1))
      ++n;
    return n;
  };
  const std::size_t all = frames("findings");
  CHECK(all > 0);
  CHECK(frames("BP205") > 0);
  CHECK(frames("BP205") < all);
  CHECK(frames("wait-over-tolerance") == frames("BP205"));
  CHECK(frames("warnings") + frames("notes") >= all);
  const Run typo = run("render examples/coffee-bar.blueprint -o - --highlight wait-over-tolrance");
  CHECK(typo.status == 2);
  CHECK(typo.err.find("did you mean `wait-over-tolerance`?") != std::string::npos);
}

TEST_CASE("check exits 1 on errors and prints them located") {
  const fs::path bad =
      write_file("bad.blueprint", "blueprint \"B\" {\n  stage s \"S\" {\n    custmer c \"C\"\n  }\n}\n");
  const Run r = run(fmt::format("check '{}'", bad.string()));
  CHECK(r.status == 1);
  CHECK(r.out.find("error[BP001 syntax]") != std::string::npos);
  CHECK(r.out.find("bad.blueprint:3:5") != std::string::npos);
  CHECK(r.out.find("did you mean `customer`?") != std::string::npos);
}

TEST_CASE("every malformed-input golden exits 1 with a located error") {
  for (const auto& entry : fs::directory_iterator(fs::path(BLUEPRINT_SOURCE_DIR) / "tests/golden/diagnostics")) {
    if (entry.path().extension() != ".blueprint") continue;
    const Run r = run(fmt::format("check --format gcc '{}'", entry.path().string()));
    INFO(entry.path().filename().string() << "\n" << r.out << r.err);
    CHECK(r.status == 1);
    CHECK(r.out.find(": error: ") != std::string::npos);
  }
}

TEST_CASE("check exits 2 on a missing file, a directory or a bad option") {
  Run r = run("check does-not-exist.blueprint");
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot read `does-not-exist.blueprint`") != std::string::npos);
  CHECK(run("check examples").status == 2);
  CHECK(run("check --format xml examples/coffee-bar.blueprint").status == 2);
  CHECK(run("check").status == 2);
  CHECK(run("frobnicate").status == 2);
  CHECK(run("").status == 2);
}

TEST_CASE("an I/O problem wins over errors but the other files are still checked") {
  const Run r = run("check missing.blueprint tests/golden/diagnostics/duplicate-id.blueprint");
  CHECK(r.status == 2);
  CHECK(r.out.find("BP002") != std::string::npos);
}

TEST_CASE("check reads standard input for -") {
  const fs::path file = write_file("valid.blueprint", valid);
  Run r = run(fmt::format("check - < '{}'", file.string()));
  CHECK(r.status == 0);
  CHECK(r.out.find("<stdin>: 0 errors,") != std::string::npos);
  r = run("check --format gcc - < /dev/null");
  CHECK(r.status == 1);
  CHECK(r.out.starts_with("<stdin>:1:1: error: expected `blueprint` to start the file"));
}

TEST_CASE("gcc format is one line per diagnostic") {
  const Run r = run("check --format gcc tests/golden/diagnostics/unknown-reference.blueprint");
  CHECK(r.status == 1);
  CHECK(r.out.find("tests/golden/diagnostics/unknown-reference.blueprint:6:11: error: unknown actor `barsta` "
                   "[BP003 unknown-reference]\n") != std::string::npos);
}

TEST_CASE("json format is one document with a summary") {
  const Run r =
      run("check --format json tests/golden/diagnostics/duplicate-id.blueprint examples/coffee-bar.blueprint");
  CHECK(r.status == 1);
  CHECK(r.out.starts_with("{\n  \"version\": 1,\n  \"diagnostics\": ["));
  CHECK(r.out.find("\"summary\": {\n    \"files\": 2,\n    \"errors\": 2,") != std::string::npos);
}

TEST_CASE("colour only when asked or on a terminal, and never with NO_COLOR") {
  const std::string file = "tests/golden/diagnostics/duplicate-id.blueprint";
  CHECK(run("check " + file).out.find("\x1b[") == std::string::npos);
  CHECK(run("check --color always " + file).out.find("\x1b[") != std::string::npos);
  CHECK(run("check --color never " + file).out.find("\x1b[") == std::string::npos);
  // `script` runs the binary on a pseudo-terminal: colour by default, none with NO_COLOR.
  const auto on_tty = [&](const std::string& env) {
    return run(fmt::format("-c \"{} '{}' check {}\" /dev/null", env, BLUEPRINT_BINARY, file), "script -qe").out;
  };
  CHECK(on_tty("NO_COLOR=").find("\x1b[1;31m") != std::string::npos);
  CHECK(on_tty("NO_COLOR=1").find("\x1b[") == std::string::npos);
}

TEST_CASE("--version and --help") {
  Run r = run("--version");
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("blueprint "));
  r = run("--help");
  CHECK(r.status == 0);
  CHECK(r.out.find("Examples:") != std::string::npos);
  CHECK(r.out.find("check") != std::string::npos);
  r = run("check --help");
  CHECK(r.status == 0);
  CHECK(r.out.find("Exit status") != std::string::npos);
}

TEST_CASE("an unknown command is named in the error") {
  const Run r = run("draw x.blueprint");
  CHECK(r.status == 2);
  CHECK(r.err == "blueprint: error: unknown command `draw`; run `blueprint --help` for the commands\n");
}

TEST_CASE("json output is a document even when no file could be read") {
  const Run r = run("check --format json missing.blueprint");
  CHECK(r.status == 2);
  CHECK(r.out.find("\"files\": 0") != std::string::npos);
  CHECK(r.err.find("cannot read `missing.blueprint`") != std::string::npos);
}

TEST_CASE("--deny warnings fails a blueprint with one warning") {
  const std::string file = "tests/golden/checks/BP201-missing-recovery.blueprint";
  Run r = run("check " + file);
  CHECK(r.status == 0);
  CHECK(r.out.find("0 errors, 1 warning, 0 notes") != std::string::npos);
  r = run("check --deny warnings " + file);
  CHECK(r.status == 1);
  CHECK(r.out.find("error[BP201 missing-recovery]") != std::string::npos);
  CHECK(run("check -D missing-recovery " + file).status == 1);
  CHECK(run("check -D warnings -A missing-recovery " + file).status == 0);
  CHECK(run("check -A BP201,BP304 --format gcc " + file).out.empty());
}

TEST_CASE("a bad level flag is a usage error") {
  Run r = run("check -A missing-recovry examples/coffee-bar.blueprint");
  CHECK(r.status == 2);
  CHECK(r.err == "blueprint: error: unknown check `missing-recovry`; did you mean `missing-recovery`?\n");
  CHECK(run("check -A syntax examples/coffee-bar.blueprint").status == 2);
}

TEST_CASE("explain prints a check's page by code or by name") {
  const Run by_code = run("explain BP201");
  CHECK(by_code.status == 0);
  CHECK(by_code.out.starts_with("# BP201 missing-recovery\n"));
  CHECK(by_code.out == bp::test::read_file(fs::path(BLUEPRINT_SOURCE_DIR) / "docs/checks/BP201.md"));
  CHECK(run("explain missing-recovery").out == by_code.out);
  const Run list = run("explain");
  CHECK(list.status == 0);
  CHECK(list.out.find("BP403  unused-actor") != std::string::npos);
  // One table: every level starts in the same column, however long the names.
  std::set<std::size_t> level_columns;
  for (std::size_t at = 0; at < list.out.size();) {
    const std::size_t end = list.out.find('\n', at);
    const std::string line = list.out.substr(at, end - at);
    level_columns.insert(std::min({line.find(" error "), line.find(" warning "), line.find(" note ")}));
    at = end + 1;
  }
  CHECK(level_columns.size() == 1);
  const Run unknown = run("explain missng-owner");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("did you mean `missing-owner`?") != std::string::npos);
}

TEST_CASE("human output groups findings by file, with a count per file and a total") {
  const Run r = run("check examples/coffee-bar.blueprint examples/online-return.blueprint");
  CHECK(r.status == 0);
  const auto coffee = r.out.find("examples/coffee-bar.blueprint: 0 errors, 1 warning, 1 note\n\nwarning[");
  const auto online = r.out.find("examples/online-return.blueprint: 0 errors, 2 warnings, 0 notes\n\n2 files:");
  CHECK(coffee != std::string::npos);
  CHECK(online != std::string::npos);
  CHECK(coffee < online);
  CHECK(r.out.ends_with("\n2 files: 0 errors, 3 warnings, 1 note\n"));
}

TEST_CASE("level flags take one value each, so the files after them stay files") {
  const Run r = run("check --deny warnings examples/coffee-bar.blueprint examples/hotel-stay.blueprint");
  CHECK(r.status == 1);
  CHECK(r.out.find("2 files:") != std::string::npos);
  CHECK(run("check -A warnings -A notes-do-not-exist examples/coffee-bar.blueprint").status == 2);
  CHECK(run("check -A BP204,bp205 --format gcc examples/coffee-bar.blueprint").out.empty());
}

namespace {

std::string example_copy(const std::string& name) {
  const fs::path to = scratch() / (name + ".blueprint");
  fs::copy_file(fs::path(BLUEPRINT_SOURCE_DIR) / "examples" / (name + ".blueprint"), to,
                fs::copy_options::overwrite_existing);
  return to.string();
}

} // namespace

TEST_CASE("render writes next to the input by default, in the format of the output's extension") {
  const std::string input = example_copy("coffee-bar");
  const fs::path svg = fs::path(input).replace_extension(".svg");
  fs::remove(svg);
  Run r = run(fmt::format("render '{}'", input));
  CHECK(r.status == 0);
  CHECK(r.err == fmt::format("blueprint: wrote {}\n", svg.string()));
  CHECK(bp::test::read_file(svg).find("<svg") != std::string::npos);
  for (const auto& [ext, magic] : {std::pair{"png", std::string("\x89PNG")}, std::pair{"pdf", std::string("%PDF")},
                                   std::pair{"dot", std::string("digraph blueprint {")}}) {
    const fs::path out = scratch() / (std::string("out.") + ext);
    CHECK(run(fmt::format("render '{}' -o '{}'", input, out.string())).status == 0);
    CHECK(bp::test::read_file(out).starts_with(magic));
  }
  CHECK(run(fmt::format("render '{}' -o '{}' --format svg", input, (scratch() / "forced.png").string())).status == 0);
  CHECK(bp::test::read_file(scratch() / "forced.png").find("<svg") != std::string::npos);
  CHECK(run(fmt::format("render '{}' -o '{}'", input, (scratch() / "out.gif").string())).status == 2);
}

TEST_CASE("render refuses a PNG too large to hold unshrunk, names the alternatives and writes nothing") {
  // 400 stages: some 100,000 px wide, which Graphviz would shrink to 32,767.
  std::string text = "blueprint \"Wide\" {\n";
  for (int i = 0; i < 400; ++i)
    text += fmt::format("  stage s{0} \"Stage {0}\" {{\n    customer c{0} \"Step {0}\"\n  }}\n", i);
  text += "}\n";
  const fs::path wide = write_file("wide.blueprint", text);
  const fs::path png = scratch() / "wide.png";
  const Run r = run(fmt::format("render '{}' -o '{}'", wide.string(), png.string()));
  CHECK(r.status == 2);
  CHECK(r.err.find("more than a PNG holds unshrunk (32,767 px a side)") != std::string::npos);
  CHECK(r.err.find("`--format svg`, `--format pdf`") != std::string::npos);
  CHECK(r.err.find("`--stages`") != std::string::npos);
  CHECK_FALSE(fs::exists(png));
  // Part of it fits.
  CHECK(run(fmt::format("render '{}' --stages s0,s1 -o '{}'", wide.string(), png.string())).status == 0);
  CHECK(bp::test::read_file(png).starts_with("\x89PNG"));
  CHECK(run(fmt::format("render '{}' -o '{}'", wide.string(), (scratch() / "wide.svg").string())).status == 0);
}

TEST_CASE("render is deterministic: same input, same SVG and DOT bytes") {
  const std::string input = example_copy("clinic-visit-zh");
  for (const char* format : {"svg", "dot"}) {
    const Run a = run(fmt::format("render '{}' --format {} -o -", input, format));
    const Run b = run(fmt::format("render '{}' --format {} -o -", input, format));
    CHECK(a.status == 0);
    CHECK(a.out.size() > 10000);
    CHECK(a.out == b.out);
  }
}

TEST_CASE("a blueprint with errors renders nothing and leaves an existing diagram untouched") {
  const fs::path bad =
      write_file("broken.blueprint", "blueprint \"B\" { stage s \"S\" { customer c \"C\" by nobody } }\n");
  const fs::path out = write_file("broken.svg", "previous diagram");
  const Run r = run(fmt::format("render '{}' -o '{}'", bad.string(), out.string()));
  CHECK(r.status == 1);
  CHECK(r.err.find("unknown actor `nobody`") != std::string::npos);
  CHECK(r.err.find("nothing written") != std::string::npos);
  CHECK(bp::test::read_file(out) == "previous diagram");
}

TEST_CASE("render never writes over its input, and an unwritable destination is exit 2") {
  const std::string input = example_copy("hotel-stay");
  const std::string before = bp::test::read_file(input);
  Run r = run(fmt::format("render '{}' -o '{}' --format svg", input, input));
  CHECK(r.status == 2);
  CHECK(r.err.find("it is an input file") != std::string::npos);
  CHECK(bp::test::read_file(input) == before);
  r = run(fmt::format("render '{}' -o /nonexistent-folder/out.svg", input));
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot write `/nonexistent-folder/out.svg`") != std::string::npos);
  // No temporary files are left behind.
  for (const auto& entry : fs::directory_iterator(scratch()))
    CHECK(entry.path().filename().string().find(".XXXXXX") == std::string::npos);
}

TEST_CASE("render options: subsets, highlight, standard input and output") {
  const std::string input = example_copy("coffee-bar");
  Run r = run(fmt::format("render '{}' --format dot -o - --stages order,pickup --lanes customer,frontstage", input));
  CHECK(r.status == 0);
  CHECK(r.out.find("\"stage-order\"") != std::string::npos);
  CHECK(r.out.find("\"stage-discover\"") == std::string::npos);
  CHECK(r.out.find("\"lane-backstage\"") == std::string::npos);
  CHECK(run(fmt::format("render '{}' --stages ordr -o -", input)).err.find("did you mean `order`?") !=
        std::string::npos);
  CHECK(run(fmt::format("render '{}' --lanes front -o -", input)).status == 2);
  r = run(fmt::format("render '{}' --format dot -o - --highlight findings", input));
  CHECK(r.out.find("\"finding-arrive\"") != std::string::npos);
  r = run(fmt::format("render - --format dot < '{}'", input));
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("digraph blueprint {"));
}

TEST_CASE("render --persona and --highlight critical-path") {
  const std::string input = example_copy("restaurant");
  Run r = run(fmt::format("render '{}' --format dot -o - --persona family --highlight critical-path,findings", input));
  CHECK(r.status == 0);
  CHECK(r.out.find("The journey of Family with a booking") != std::string::npos);
  CHECK(r.out.find("\"critical-call\"") != std::string::npos);
  CHECK(r.out.find("\"finding-") != std::string::npos);
  r = run(fmt::format("render '{}' -o - --persona famly", input));
  CHECK(r.status == 2);
  CHECK(r.err.find("no persona `famly`; did you mean `family`?") != std::string::npos);
  CHECK(r.out.empty());
  r = run(fmt::format("render '{}' -o - --persona x", example_copy("coffee-bar")));
  CHECK(r.status == 2);
  CHECK(r.err.find("no persona `x`: the blueprint declares no personas") != std::string::npos);
  CHECK(run(fmt::format("render '{}' -o - --highlight critical", input)).status != 0);
}

TEST_CASE("checklist and report write nothing for a blueprint with errors") {
  const fs::path bad =
      write_file("bad-report.blueprint", "blueprint \"B\" { stage s \"S\" { customer c \"C\" by x } }\n");
  for (const auto& [command, ext] : {std::pair{"checklist", "md"}, std::pair{"report", "html"}}) {
    const fs::path out = write_file(std::string("kept.") + ext, "kept");
    const Run r = run(fmt::format("{} '{}' -o '{}'", command, bad.string(), out.string()));
    CHECK(r.status == 1);
    CHECK(bp::test::read_file(out) == "kept");
  }
}

TEST_CASE("report writes one self-contained HTML file next to the input") {
  const std::string input = example_copy("online-return");
  const fs::path html = fs::path(input).replace_extension(".html");
  fs::remove(html);
  const Run r = run(fmt::format("report '{}'", input));
  CHECK(r.status == 0);
  const std::string page = bp::test::read_file(html);
  CHECK(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.find("<svg") != std::string::npos);
  CHECK(page.find("Content-Security-Policy") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
}

TEST_CASE("checklist formats from the output's extension") {
  const std::string input = example_copy("coffee-bar");
  for (const auto& [ext, start] :
       {std::pair{"md", "# Standards checklist"}, std::pair{"html", "<!DOCTYPE html>"},
        std::pair{"csv", "stage,section"}, std::pair{"json", "{"}, std::pair{"xlsx", "PK\x03\x04"}}) {
    const fs::path out = scratch() / (std::string("list.") + ext);
    CHECK(run(fmt::format("checklist '{}' -o '{}'", input, out.string())).status == 0);
    CHECK(bp::test::read_file(out).starts_with(start));
  }
  CHECK(run(fmt::format("checklist '{}' -o list.txt", input)).status == 2);
}

TEST_CASE("checklist -o audit.xlsx writes a workbook, atomically and the same every time") {
  const std::string input = example_copy("coffee-bar");
  const fs::path out = scratch() / "audit.xlsx";
  CHECK(run(fmt::format("checklist '{}' -o '{}'", input, out.string())).status == 0);
  const std::string first = bp::test::read_file(out);
  CHECK(first.starts_with("PK\x03\x04")); // a zip, as every xlsx is
  const Run to_stdout = run(fmt::format("checklist '{}' --format xlsx -o -", input));
  CHECK(to_stdout.status == 0);
  CHECK(to_stdout.out == first);
  // --bom is for CSV; a workbook has no byte order mark.
  const Run bom = run(fmt::format("checklist '{}' -o '{}' --bom", input, out.string()));
  CHECK(bom.status == 2);
  CHECK(bp::test::read_file(out) == first);
  // A broken blueprint leaves the workbook as it was.
  const fs::path broken = write_file("broken.blueprint", "blueprint \"B\" {\n  stage s \"S\" {\n");
  CHECK(run(fmt::format("checklist '{}' -o '{}'", broken.string(), out.string())).status == 1);
  CHECK(bp::test::read_file(out) == first);
}

TEST_CASE("files over the size limit are refused before they are read") {
  const fs::path big = write_file("big.blueprint", std::string(2 << 20, '#'));
  Run r = run(fmt::format("check --max-file-size 1 '{}'", big.string()));
  CHECK(r.status == 2);
  CHECK(r.err.find("larger than the limit of 1 MiB; raise it with --max-file-size") != std::string::npos);
  r = run(fmt::format("check --max-file-size 1 - < '{}'", big.string()));
  CHECK(r.status == 2);
  CHECK(run(fmt::format("check --max-file-size 3 '{}'", big.string())).status == 1); // read, then no blueprint
}

TEST_CASE("devices and pipes are neither read as blueprints nor replaced by outputs") {
  Run r = run("check /dev/zero");
  CHECK(r.status == 2);
  CHECK(r.err.find("it is not a regular file") != std::string::npos);
  const std::string input = example_copy("coffee-bar");
  r = run(fmt::format("render '{}' --format svg -o /dev/null", input));
  CHECK(r.status == 2);
  CHECK(r.err.find("refusing to replace `/dev/null`") != std::string::npos);
  CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("a file name with control characters is escaped in messages") {
  const Run r = run("check \"$(printf 'bad\\033[31mname.blueprint')\"");
  CHECK(r.status == 2);
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.err.find("\\u{1B}") != std::string::npos);
}

TEST_CASE("command-line arguments echoed in errors are escaped like file names") {
  // ESC and U+202E (RIGHT-TO-LEFT OVERRIDE) in each argument an error repeats.
  const std::string bad = "\"$(printf '\\033[2J\\342\\200\\256x')\"";
  const std::string file = "examples/coffee-bar.blueprint";
  // A stage id long enough for `no stage` to suggest it despite the six bad characters.
  const std::string long_stage =
      write_file("long-stage.blueprint",
                 "blueprint \"V\" {\n  stage a_long_stage_name \"S\" {\n    customer c \"C\"\n  }\n}\n")
          .string();
  const std::string cases[] = {
      fmt::format("render {} -o {}.foo", file, bad),        // cannot tell the format from ...
      fmt::format("checklist {} -o {}.foo", file, bad),     // cannot tell the format from ...
      fmt::format("report {} -o {}.svg", file, bad),        // the report is HTML; name the output ...
      fmt::format("render {} -o - --stages {}", file, bad), // no stage ...
      fmt::format("render '{}' -o - --stages {}a_long_stage_name", long_stage, bad), // ...; did you mean ...
      fmt::format("render {} -o - --lanes {}", file, bad),                           // no lane ...
      fmt::format("check -A {} {}", bad, file),                                      // unknown check ...
      fmt::format("check -A {}missing-recovery {}", bad, file), // unknown check ...; did you mean ...
      fmt::format("explain {}", bad),                           // unknown check ...
      fmt::format("explain {}missing-recovery", bad),           // unknown check ...; did you mean ...
      bad,                                                      // unknown command ...
      fmt::format("check --format {} {}", bad, file),           // CLI11: --format: ... not in {...}
      fmt::format("render {} {}", file, bad),                   // CLI11: The following argument was not expected
  };
  for (const std::string& args : cases) {
    const Run r = run(args);
    INFO(args << "\n" << r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find('\x1b') == std::string::npos);
    CHECK(r.err.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(r.err.find("\\u{1B}[2J\\u{202E}x") != std::string::npos);
  }
}

TEST_CASE("fmt prints the formatted text, or rewrites files with --write") {
  const std::string messy = "blueprint \"V\"{stage s \"S\"{customer c \"C\"}}";
  const fs::path file = write_file("fmt-messy.blueprint", messy);
  Run r = run(fmt::format("fmt '{}'", file.string()));
  CHECK(r.status == 0);
  CHECK(r.out == valid);
  CHECK(bp::test::read_file(file) == messy); // printing changes nothing

  r = run(fmt::format("fmt - < '{}'", file.string()));
  CHECK(r.status == 0);
  CHECK(r.out == valid);

  r = run(fmt::format("fmt --write '{}'", file.string()));
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("formatted") != std::string::npos);
  CHECK(bp::test::read_file(file) == valid);

  r = run(fmt::format("fmt --write '{}'", file.string())); // already formatted: silent
  CHECK(r.status == 0);
  CHECK(r.err.empty());
}

TEST_CASE("fmt --check lists what is not formatted and fails, changing nothing") {
  const fs::path messy =
      write_file("fmt-check.blueprint", "blueprint \"V\" {\n  stage s \"S\" {\n customer c \"C\"\n  }\n}\n");
  const fs::path clean = write_file("fmt-clean.blueprint", valid);
  Run r = run(fmt::format("fmt --check '{}' '{}'", clean.string(), messy.string()));
  CHECK(r.status == 1);
  CHECK(r.out == fmt::format("{}:3: not formatted; run `blueprint fmt --write {}`\n", messy.string(), messy.string()));
  CHECK(bp::test::read_file(messy).find("\n customer") != std::string::npos);

  r = run(fmt::format("fmt --check '{}' examples/coffee-bar.blueprint", clean.string()));
  CHECK(r.status == 0);
  CHECK(r.out.empty());
}

TEST_CASE("fmt refuses syntax errors with a located error and leaves the file") {
  const std::string broken = "blueprint \"V\" {\n  stage s \"S\" {\n    customer \"C\"\n  }\n}\n";
  const fs::path file = write_file("fmt-broken.blueprint", broken);
  const Run r = run(fmt::format("fmt --write '{}'", file.string()));
  CHECK(r.status == 1);
  CHECK(r.err.find("fmt-broken.blueprint:3:") != std::string::npos);
  CHECK(r.err.find("not formatted: fix the syntax errors first") != std::string::npos);
  CHECK(bp::test::read_file(file) == broken);
}

TEST_CASE("fmt --write with standard input, or with --check, is a usage error") {
  CHECK(run("fmt --write - < examples/coffee-bar.blueprint").status == 2);
  CHECK(run("fmt --write --check examples/coffee-bar.blueprint").status == 2);
  CHECK(run("fmt missing.blueprint").status == 2);
}

// `--message-format json` makes standard error exactly `check --format json`'s
// document, so editors and CI can parse it whole.
namespace {

// A blueprint with no errors, warnings or notes (a golden that stays just clear of a check).
std::string clean_blueprint() {
  return bp::test::read_file(fs::path(BLUEPRINT_SOURCE_DIR) /
                             "tests/golden/checks/BP101-interaction-gap-near-miss.blueprint");
}

nlohmann::ordered_json parsed(const std::string& text) {
  INFO(text);
  REQUIRE(nlohmann::ordered_json::accept(text));
  return nlohmann::ordered_json::parse(text);
}

// The command line of `command` writing its output to `out`.
std::string with_output(const std::string& command, const std::string& input, const fs::path& out) {
  return fmt::format("{} '{}' -o '{}' --message-format json", command, input, out.string());
}

} // namespace

TEST_CASE("with --message-format json, a blueprint with errors gives check's JSON document on stderr") {
  const fs::path bad =
      write_file("json-bad.blueprint", "blueprint \"B\" { stage s \"S\" { customer c \"C\" by x } }\n");
  const Run check = run(fmt::format("check --format json '{}'", bad.string()));
  REQUIRE(check.status == 1);
  for (const auto& [command, ext] :
       {std::pair{"render", "svg"}, std::pair{"checklist", "md"}, std::pair{"report", "html"}}) {
    INFO(command);
    const fs::path out = write_file(std::string("json-kept.") + ext, "kept");
    const Run r = run(with_output(command, bad.string(), out));
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err == check.out);
    CHECK(parsed(r.err)["summary"]["errors"] == 1);
    CHECK(bp::test::read_file(out) == "kept");
  }
}

TEST_CASE("with --message-format json, fmt gives check's document for syntax errors, one for all files") {
  const fs::path bad =
      write_file("json-fmt-bad.blueprint", "blueprint \"V\" {\n  stage s \"S\" {\n    customer \"C\"\n  }\n}\n");
  const fs::path good = write_file("json-fmt-good.blueprint", clean_blueprint());
  const Run check = run(fmt::format("check --format json '{}' '{}'", bad.string(), good.string()));
  REQUIRE(check.status == 1);
  const Run r = run(fmt::format("fmt --message-format json '{}' '{}'", bad.string(), good.string()));
  CHECK(r.status == 1);
  CHECK(r.out == run(fmt::format("fmt '{}'", good.string())).out); // the good file is still formatted
  CHECK(r.err == check.out);
  const nlohmann::ordered_json document = parsed(r.err);
  CHECK(document["summary"]["files"] == 2);
  CHECK(document["diagnostics"][0]["code"] == "BP001");
}

TEST_CASE("with --message-format json, a good blueprint is written and stderr is a document with no diagnostics") {
  const fs::path good = write_file("json-good.blueprint", clean_blueprint());
  const Run check = run(fmt::format("check --format json '{}'", good.string()));
  REQUIRE(check.status == 0);
  REQUIRE(parsed(check.out)["diagnostics"].empty());
  for (const auto& [command, ext] :
       {std::pair{"render", "svg"}, std::pair{"checklist", "md"}, std::pair{"report", "html"}}) {
    INFO(command);
    const fs::path out = scratch() / (std::string("json-good.") + ext);
    fs::remove(out);
    const Run r = run(with_output(command, good.string(), out));
    CHECK(r.status == 0);
    CHECK(r.err == check.out); // no "blueprint: wrote" line
    CHECK(parsed(r.err)["diagnostics"].empty());
    CHECK(fs::file_size(out) > 0);
  }
  const fs::path messy = write_file("json-fmt-messy.blueprint", "blueprint \"V\"{stage s \"S\"{customer c \"C\"}}");
  const Run r = run(fmt::format("fmt --write --message-format json '{}'", messy.string()));
  CHECK(r.status == 0);
  CHECK(bp::test::read_file(messy) == valid);
  const nlohmann::ordered_json document = parsed(r.err); // the whole of stderr: no "formatted" line
  CHECK(document["diagnostics"].empty());
  CHECK(document["summary"]["files"] == 1);
}

TEST_CASE("with --message-format json, warnings are in the document as check reports them") {
  const std::string input = example_copy("coffee-bar");
  const Run check = run(fmt::format("check --format json '{}'", input));
  REQUIRE(check.status == 0);
  REQUIRE_FALSE(parsed(check.out)["diagnostics"].empty());
  const Run r = run(fmt::format("render '{}' --format dot -o - --message-format json", input));
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("digraph blueprint {"));
  CHECK(r.err == check.out);
  const fs::path bad =
      write_file("json-stdin.blueprint", "blueprint \"B\" { stage s \"S\" { customer c \"C\" by x } }\n");
  const Run from_stdin = run(fmt::format("checklist - --message-format json < '{}'", bad.string()));
  CHECK(from_stdin.status == 1);
  CHECK(from_stdin.err == run(fmt::format("check --format json - < '{}'", bad.string())).out);
  CHECK(parsed(from_stdin.err)["diagnostics"][0]["file"] == "<stdin>");
}

TEST_CASE("--message-format human is the default, byte for byte") {
  const fs::path bad =
      write_file("human-bad.blueprint", "blueprint \"B\" { stage s \"S\" { customer c \"C\" by x } }\n");
  const fs::path unparsable =
      write_file("human-unparsable.blueprint", "blueprint \"B\" { stage s \"S\" { customer } }\n");
  const std::string input = example_copy("hotel-stay");
  for (const std::string& args :
       {fmt::format("render '{}' -o -", bad.string()), fmt::format("checklist '{}'", bad.string()),
        fmt::format("report '{}' -o -", bad.string()), fmt::format("fmt '{}'", unparsable.string()),
        fmt::format("render '{}'", input), fmt::format("checklist '{}' -o '{}'", input, (scratch() / "h.md").string()),
        fmt::format("report '{}'", input), fmt::format("fmt '{}'", input)}) {
    INFO(args);
    const Run plain = run(args);
    const Run human = run(args + " --message-format human");
    CHECK(human.status == plain.status);
    CHECK(human.out == plain.out);
    CHECK(human.err == plain.err);
  }
  Run r = run(fmt::format("render '{}' --message-format human", bad.string()));
  CHECK(r.err.find("nothing written: fix the errors first") != std::string::npos);
  r = run(fmt::format("render '{}' --message-format human", input));
  CHECK(r.err == fmt::format("blueprint: wrote {}\n", fs::path(input).replace_extension(".svg").string()));
}

TEST_CASE("a bad --message-format is a usage error") {
  for (const char* command : {"render", "checklist", "report", "fmt"}) {
    INFO(command);
    const Run r = run(fmt::format("{} examples/coffee-bar.blueprint --message-format xml", command));
    CHECK(r.status == 2);
    CHECK(r.err.find("--message-format") != std::string::npos);
  }
}

TEST_CASE("with --message-format json, a usage or I/O problem is a human line and no document") {
  Run r = run("render missing.blueprint --message-format json");
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("blueprint: error: cannot read `missing.blueprint`"));
  CHECK(r.err.find('{') == std::string::npos);
  r = run("fmt examples/coffee-bar.blueprint missing.blueprint --message-format json");
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("blueprint: error: cannot read `missing.blueprint`"));
  CHECK(r.err.find('{') == std::string::npos);
  r = run("checklist examples/coffee-bar.blueprint -o out.gif --message-format json");
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("blueprint: error: cannot tell the format"));
  // Found after the blueprint is compiled: still no document.
  r = run("render examples/coffee-bar.blueprint --stages nope -o - --message-format json");
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("blueprint: error: no stage `nope`"));
  CHECK(r.err.find('{') == std::string::npos);
}
