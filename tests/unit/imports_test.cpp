// Libraries and `import`: one namespace across files, each diagnostic located in
// the file that causes it, cycles, missing files, and the offset space the files
// share.

#include "compile_findings.hpp"
#include "compiler/checklist/writers.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/model/meta_text.hpp"
#include "compiler/syntax/parser.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace bp;

// Files by the path the driver asks for.
using Files = std::map<std::string, std::string>;

driver::CompileResult compile(const std::string& main, const Files& files, const std::string& name = "main.blueprint") {
  driver::CompileOptions options = driver::CompileOptions::for_file(name);
  options.load = [files](const std::string& path) -> driver::LoadedFile {
    const auto it = files.find(path);
    if (it == files.end()) return {std::nullopt, "No such file or directory"};
    return {it->second, {}};
  };
  return driver::compile(main, options);
}

const std::string roles =
    "library \"Roles\" {\n"
    "  role advisor \"Service advisor\"\n"
    "  role cashier \"Cashier\"\n"
    "  standard fast \"Fast\" { dimension responsiveness kind hard measure \"min\" target <= 2min }\n"
    "  lane kpi \"KPIs\" below support\n"
    "}\n";

std::string visit(const std::string& imports, const std::string& extra = "") {
  return "blueprint \"Visit\" {\n" + imports + extra +
         "  stage s \"S\" {\n"
         "    customer drop \"Drop\" takes 1min { meets fast }\n"
         "    frontstage greet \"Greet\" by advisor takes 1min\n"
         "    kpi greeted \"Greeted\"\n"
         "  }\n"
         "  flow drop -> greet\n"
         "}\n";
}

} // namespace

TEST_CASE("an import brings a library's declarations into the blueprint's namespace") {
  const auto r = compile(visit("  import \"shared/roles.blueprint\"\n"), {{"shared/roles.blueprint", roles}});
  INFO(diag::print_human({r.report()}, {false}));
  CHECK_FALSE(r.has_errors());
  const model::Blueprint& b = r.blueprint;
  REQUIRE(b.libraries.size() == 1);
  CHECK(b.libraries[0].file == "shared/roles.blueprint");
  CHECK(b.libraries[0].name == "Roles");
  REQUIRE(b.steps[1].actor);
  CHECK(b.actors[b.steps[1].actor->value].id == "advisor");
  CHECK(b.imported(b.actors[0].span));
  CHECK(b.info_items.size() == 1);
  // Every declaration of the library is located in it, at its own line and column.
  REQUIRE(r.imported.size() == 1);
  const source::SourceFile& lib = r.file_at(b.actors[0].id_span.begin);
  CHECK(lib.name() == "shared/roles.blueprint");
  CHECK(lib.location(b.actors[0].id_span.begin) == source::Location{2, 8});
  // The unused `cashier` is the library's business, not a finding of this blueprint.
  CHECK_FALSE(test::has(test::findings(r), "BP403"));
  // Declared in the blueprint itself, the same unused role is a finding.
  const auto own = compile(visit("  import \"shared/roles.blueprint\"\n", "  role trainee \"Trainee\"\n"),
                           {{"shared/roles.blueprint", roles}});
  CHECK(test::has(test::findings(own), "BP403 3:8"));
}

TEST_CASE("an imported file is parsed at its place in the offset space, its locations its own") {
  const std::string text = "library \"L\" {\n  role a\n  role b \"B\"\n}\n";
  const source::SourceFile alone("l.blueprint", text);
  const source::SourceFile placed("l.blueprint", text, 1000);
  const syntax::ParseResult at0 = syntax::parse(alone);
  const syntax::ParseResult at1000 = syntax::parse(placed);
  REQUIRE(at0.diagnostics.size() == 1);
  REQUIRE(at1000.diagnostics.size() == 1);
  CHECK(at1000.diagnostics[0].span.begin == at0.diagnostics[0].span.begin + 1000);
  CHECK(placed.location(at1000.diagnostics[0].span.begin) == alone.location(at0.diagnostics[0].span.begin));
  CHECK(at1000.tree.blueprint.actors.back().id.span.begin == at0.tree.blueprint.actors.back().id.span.begin + 1000);
  CHECK(at1000.tree.blueprint.span.begin == 1000);
  CHECK(placed.line_start(2) == 1000 + alone.line_start(2));
  CHECK(placed.offset_at_utf16(2, 3) == 1000 + alone.offset_at_utf16(2, 3));
  CHECK(placed.utf16_column(1000 + 20) == alone.utf16_column(20));
}

TEST_CASE("a duplicate across files names both files, at the importing file's declaration") {
  const auto r =
      compile(visit("  import \"roles.blueprint\"\n", "  role advisor \"Mine\"\n"), {{"roles.blueprint", roles}});
  const auto all = test::findings(r);
  INFO(diag::print_human({r.report()}, {false}));
  CHECK(test::has(all, "BP002 3:8 `advisor` is declared here and in `roles.blueprint`"));
  const auto d = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                              [](const diag::Diagnostic& x) { return x.code == diag::checks::duplicate_id; });
  REQUIRE(d != r.diagnostics.end());
  REQUIRE(d->related.size() == 1);
  CHECK(r.file_at(d->related[0].span.begin).name() == "roles.blueprint");
  // In the printers too: the related location is the library's line.
  CHECK(diag::print_human({r.report()}, {false}).find("--> roles.blueprint:2:8") != std::string::npos);
}

TEST_CASE("a duplicate between two libraries is at the one that imports after the other") {
  const Files files{{"a.blueprint", "library \"A\" {\n  import \"b.blueprint\"\n  role x \"X\"\n}\n"},
                    {"b.blueprint", "library \"B\" {\n  role x \"X too\"\n}\n"}};
  const auto all = test::findings(compile("library \"Main\" {\n  import \"a.blueprint\"\n}\n", files));
  CHECK(test::has(all, "BP002 a.blueprint:3:8 `x` is declared twice: in `b.blueprint` and in `a.blueprint`"));
  // Twice in one library: the message of one file.
  const auto one = test::findings(compile("library \"Main\" {\n  import \"c.blueprint\"\n}\n",
                                          {{"c.blueprint", "library \"C\" {\n  role y \"Y\"\n  role y \"Y\"\n}\n"}}));
  CHECK(test::has(one, "BP002 c.blueprint:3:8 `y` is declared twice"));
  CHECK_FALSE(test::has(one, "in `c.blueprint` and"));
}

TEST_CASE("an import cycle names the chain, at the import that closes it") {
  const Files files{{"lib/a.blueprint", "library \"A\" {\n  import \"b.blueprint\"\n}\n"},
                    {"lib/b.blueprint", "library \"B\" {\n  import \"../lib/a.blueprint\"\n}\n"}};
  const auto r =
      compile("blueprint \"M\" {\n  import \"lib/a.blueprint\"\n  stage s \"S\" { customer c \"C\" }\n}\n", files);
  const auto all = test::findings(r);
  INFO(diag::print_human({r.report()}, {false}));
  CHECK(test::has(
      all, "BP006 lib/b.blueprint:2:10 import cycle: `lib/a.blueprint` → `lib/b.blueprint` → `lib/a.blueprint`"));
  // A file that imports itself is the shortest cycle.
  const auto self = test::findings(compile("library \"S\" {\n  import \"./s.blueprint\"\n}\n", {}, "s.blueprint"));
  CHECK(test::has(self, "BP006 2:10 import cycle: `s.blueprint` → `s.blueprint`"));
}

TEST_CASE("a library imported twice, directly and through another, is read once") {
  const Files files{{"roles.blueprint", roles},
                    {"more.blueprint", "library \"More\" {\n  import \"roles.blueprint\"\n  role mechanic \"M\"\n}\n"}};
  const auto r = compile(visit("  import \"roles.blueprint\"\n  import \"more.blueprint\"\n"), files);
  INFO(diag::print_human({r.report()}, {false}));
  CHECK_FALSE(r.has_errors());
  CHECK(r.imported.size() == 2);
  CHECK(r.blueprint.libraries[0].file == "roles.blueprint"); // before the library that imports it
}

TEST_CASE("a missing file, a blueprint and an absolute path are errors at the import") {
  const Files files{{"other.blueprint", "blueprint \"O\" {\n  stage s \"S\" { customer c \"C\" }\n}\n"}};
  const auto all = test::findings(compile(visit("  import \"gone.blueprint\"\n  import \"other.blueprint\"\n"
                                                "  import \"/etc/x.blueprint\"\n"),
                                          files));
  CHECK(test::has(all, "BP006 2:10 cannot import `gone.blueprint`: No such file or directory"));
  CHECK(test::has(all, "BP006 3:10 `other.blueprint` is a blueprint, not a library"));
  CHECK(test::has(all, "BP006 4:10 `/etc/x.blueprint` is an absolute path"));
  const auto control = test::findings(compile(visit("  import \"a\\tb.blueprint\"\n"), {}));
  CHECK(test::has(control, "BP006 2:10 cannot import `a\tb.blueprint`: the path holds a control character"));
  // The ids the missing library would have declared are not reported again.
  CHECK_FALSE(test::has(all, "BP003"));
  CHECK_FALSE(test::has(all, "BP001"));
}

TEST_CASE("past the limit of imported files, an import is an error") {
  Files files;
  std::string chain = "blueprint \"Deep\" {\n  import \"l0.blueprint\"\n  stage s \"S\" { customer c \"C\" }\n}\n";
  for (int i = 0; i < 5; ++i) {
    files["l" + std::to_string(i) + ".blueprint"] =
        "library \"L\" {\n  import \"l" + std::to_string(i + 1) + ".blueprint\"\n}\n";
  }
  files["l5.blueprint"] = "library \"Last\" {\n}\n";
  driver::CompileOptions options = driver::CompileOptions::for_file("deep.blueprint");
  options.limits.max_imported_files = 3;
  options.load = [files](const std::string& path) { return driver::LoadedFile{files.at(path), {}}; };
  const auto r = driver::compile(chain, options);
  CHECK(test::has(test::findings(r), "BP006 l2.blueprint:2:10 more than 3 files are imported"));
  CHECK(r.imported.size() == 3);
}

TEST_CASE("an imported text over the file limit is refused, whoever gives it") {
  driver::CompileOptions options = driver::CompileOptions::for_file("m.blueprint");
  options.limits.max_file_bytes = 1 << 20;
  options.load = [](const std::string&) { return driver::LoadedFile{std::string(2u << 20, ' '), {}}; };
  const auto r = driver::compile(visit("  import \"big.blueprint\"\n"), options);
  CHECK(test::has(test::findings(r), "BP006 2:10 cannot import `big.blueprint`: it is larger than 1 MiB"));
  CHECK(r.imported.empty());
}

TEST_CASE("without a loader an import is an error, and nothing is read") {
  const auto all = test::findings(
      driver::compile(visit("  import \"roles.blueprint\"\n"), driver::CompileOptions::for_file("m.blueprint")));
  CHECK(test::has(all, "BP006 2:10 cannot import `roles.blueprint`: no file can be read here"));
}

TEST_CASE("a library holds declarations only; alone it has no checks and is no empty blueprint") {
  const auto lib = test::findings(compile(roles, {}, "roles.blueprint"));
  CHECK(lib.empty());
  const auto bad = test::findings(
      compile("library \"L\" {\n  owner \"Me\"\n  stage s \"S\" { customer c \"C\" }\n  flow c -> c\n}\n", {}));
  CHECK(test::has(bad, "BP004 2:3 `owner` in a library: a library holds declarations only"));
  CHECK(test::has(bad, "BP004 3:3 `stage` in a library"));
  CHECK(test::has(bad, "BP004 4:3 `flow` in a library"));
  CHECK_FALSE(test::has(bad, "BP005"));
}

TEST_CASE("errors inside an imported library are located in it") {
  const Files files{{"l.blueprint", "library \"L\" {\n  role advisor\n}\n"}};
  const auto all = test::findings(compile(visit("  import \"l.blueprint\"\n"), files));
  CHECK(test::has(all, "BP001 l.blueprint:3:1 expected the actor's label in double quotes"));
}

TEST_CASE("only the standards a blueprint applies count for its SERVQUAL coverage") {
  const std::string lib =
      "library \"L\" {\n"
      "  standard kind_words \"Kind words\" { dimension empathy kind soft measure \"survey\" target >= 4 }\n"
      "  role advisor \"A\"\n"
      "}\n";
  const auto all = test::findings(compile(visit("  import \"l.blueprint\"\n"), {{"l.blueprint", lib}}));
  CHECK(test::has(all, "BP003")); // `fast` is not in this library
  const std::string both =
      roles.substr(0, roles.size() - 2) +
      "  standard kind_words \"Kind words\" { dimension empathy kind soft measure \"s\" target >= 4 }\n}\n";
  const auto r = test::findings(compile(visit("  import \"l.blueprint\"\n"), {{"l.blueprint", both}}));
  CHECK(test::has(r, "`empathy`"));              // the library's empathy standard is applied nowhere here
  CHECK_FALSE(test::has(r, "`responsiveness`")); // `fast` is met by `drop`
  CHECK_FALSE(test::has(r, "BP302"));            // and an unused library standard is no finding
}

TEST_CASE("the language server goes to, finds and renames a library's declaration across files") {
  const Files files{{"roles.blueprint", roles}};
  const std::string text = visit("  import \"roles.blueprint\"\n");
  driver::FileLoader load = [files](const std::string& path) -> driver::LoadedFile {
    const auto it = files.find(path);
    return it == files.end() ? driver::LoadedFile{std::nullopt, "missing"} : driver::LoadedFile{it->second, {}};
  };
  const auto a = lsp::analyze(text, "main.blueprint", load);
  const lsp::Position on_advisor{4,
                                 static_cast<std::uint32_t>(std::string("    frontstage greet \"Greet\" by a").size())};
  const auto def = lsp::definition(*a, on_advisor, "file:///w/main.blueprint");
  REQUIRE(def);
  CHECK(def->uri == "roles.blueprint");
  CHECK(def->range.start.line == 1);
  CHECK(def->range.start.character == 7);
  const auto refs = lsp::references(*a, {"file:///w/main.blueprint", on_advisor, true});
  REQUIRE(refs.size() == 2);
  const auto renamed = lsp::rename(*a, {"file:///w/main.blueprint", on_advisor, "host"});
  REQUIRE(std::holds_alternative<lsp::WorkspaceEdit>(renamed));
  const auto& changes = std::get<lsp::WorkspaceEdit>(renamed).changes;
  CHECK(changes.size() == 2);
  CHECK(changes.at("roles.blueprint").size() == 1);
  CHECK(changes.at("file:///w/main.blueprint").size() == 1);
  // On the import: the library's file, and what it declares.
  const lsp::Position on_path{1, 12};
  const auto to_library = lsp::definition(*a, on_path, "file:///w/main.blueprint");
  REQUIRE(to_library);
  CHECK(to_library->uri == "roles.blueprint");
  const auto about = lsp::hover(*a, on_path);
  REQUIRE(about);
  CHECK(about->markdown.find("**library** \"Roles\"") != std::string::npos);
  CHECK(about->markdown.find("declares 2 roles, systems and partners, 1 standards, 0 personas, 0 channels, 1 lanes") !=
        std::string::npos);
  const auto role = lsp::hover(*a, on_advisor);
  REQUIRE(role);
  INFO(role->markdown);
  CHECK(role->markdown.find("\n- from library \"Roles\" in roles\\.blueprint\n") != std::string::npos);
  // The outline is the document's own: no library declarations in it.
  for (const auto& s : lsp::document_symbols(*a))
    CHECK(s.name != "advisor");
}

TEST_CASE("the editor shows a library's problem at the import that brings it in") {
  const Files files{{"lib/a.blueprint", "library \"A\" {\n  import \"b.blueprint\"\n  role advisor \"A\"\n}\n"},
                    {"lib/b.blueprint", "library \"B\" {\n  import \"a.blueprint\"\n}\n"}};
  driver::FileLoader load = [files](const std::string& path) -> driver::LoadedFile {
    const auto it = files.find(path);
    return it == files.end() ? driver::LoadedFile{std::nullopt, "missing"} : driver::LoadedFile{it->second, {}};
  };
  const std::string text = visit("  import \"lib/a.blueprint\"\n", "  role advisor \"Mine\"\n");
  const auto a = lsp::analyze(text, "main.blueprint", load);
  const auto published = lsp::diagnostics(*a, "file:///main.blueprint", [](std::string_view) { return std::string(); });
  bool cycle = false, duplicate = false;
  for (const lsp::Diagnostic& d : published) {
    if (d.code == "BP006") {
      cycle = true;
      CHECK(d.range.start.line == 1); // the `import` line of the document
      CHECK(d.message.starts_with("in `lib/b.blueprint`: import cycle: `lib/a.blueprint` → `lib/b.blueprint`"));
      REQUIRE_FALSE(d.related.empty());
      CHECK(d.related[0].location.uri == "lib/b.blueprint");
      CHECK(d.related[0].location.range.start.line == 1);
    }
    if (d.code == "BP002") {
      duplicate = true;
      CHECK(d.range.start.line == 2); // the document's own `role advisor`
      REQUIRE(d.related.size() == 1);
      CHECK(d.related[0].location.uri == "lib/a.blueprint");
      CHECK(d.related[0].location.range.start.line == 2);
    }
  }
  CHECK(cycle);
  CHECK(duplicate);
}

TEST_CASE("the checklist names the libraries, and the diagram's subtitle those the blueprint imports") {
  const Files files{{"roles.blueprint", roles},
                    {"more.blueprint", "library \"More\" {\n  import \"roles.blueprint\"\n  role mechanic \"M\"\n}\n"}};
  const auto r = compile(visit("  import \"more.blueprint\"\n"), files);
  REQUIRE_FALSE(r.has_errors());
  const auto json = nlohmann::json::parse(checklist::write_json(checklist::evaluate(r.checked())));
  CHECK(json["libraries"] == nlohmann::json::parse(R"([{"file": "roles.blueprint", "name": "Roles"},
                                                        {"file": "more.blueprint", "name": "More"}])"));
  const std::vector<std::string> meta = model::meta_phrases(r.blueprint);
  CHECK(meta == std::vector<std::string>{"Library: More"});
  // Without imports, the JSON has no such key: version 1 outputs are unchanged.
  const auto alone = compile(
      visit("", "  role advisor \"A\"\n  standard fast \"F\" { target <= 2min }\n  lane kpi \"K\" below support\n"),
      {});
  REQUIRE_FALSE(alone.has_errors());
  CHECK_FALSE(nlohmann::json::parse(checklist::write_json(checklist::evaluate(alone.checked()))).contains("libraries"));
}

TEST_CASE("an import reads regular files only, bounded, and never blocks on a FIFO or a device") {
  char dir[] = "/tmp/blueprint-imports-XXXXXX";
  REQUIRE(::mkdtemp(dir));
  const std::string root = dir;
  const std::string fifo = root + "/fifo.blueprint";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(driver::read_from_disk(fifo, 1 << 20).error == "it is not a regular file");
  CHECK(driver::read_from_disk("/dev/zero", 1 << 20).error == "it is not a regular file");
  CHECK(driver::read_from_disk(root, 1 << 20).error == "it is a folder");
  CHECK(driver::read_from_disk(root + "/missing.blueprint", 1 << 20).error == "No such file or directory");
  const std::string big = root + "/big.blueprint";
  std::FILE* f = std::fopen(big.c_str(), "wb");
  REQUIRE(f);
  const std::string text(2u << 20, '#');
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  CHECK(driver::read_from_disk(big, 1 << 20).error == "it is larger than 1 MiB");
  CHECK(driver::read_from_disk(big, 4 << 20).text == text);
  std::filesystem::remove_all(root);
}
