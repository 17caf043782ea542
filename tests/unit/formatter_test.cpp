// blueprint fmt: idempotent, meaning-preserving on every example and golden,
// comments kept, and one canonical layout whatever the input's layout.

#include "compiler/driver/compile.hpp"
#include "compiler/format/formatter.hpp"
#include "grammar/lexer.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace {

using namespace bp;
namespace fs = std::filesystem;

driver::CompileResult compile_text(std::string text) {
  driver::CompileOptions options;
  options.run_checks = false;
  return driver::compile(std::move(text), options);
}

format::Formatted format_text(std::string text) {
  const driver::CompileResult compiled = compile_text(std::move(text));
  return format::format_blueprint(*compiled.source, compiled.tree, compiled.diagnostics);
}

std::string reformat(std::string text) {
  const format::Formatted f = format_text(std::move(text));
  REQUIRE(f.status == format::Formatted::Status::ok);
  return f.text;
}

// Positions move when text is laid out again; meaning does not.
void clear(source::Span& s);
void clear(model::Target& t);
void clear(model::Moment& m);
void clear(model::FailPoint& f);
void clear(model::WaitPoint& w);
void clear(model::Actor& a);
void clear(model::Persona& p);
void clear(model::Channel& c);
void clear(model::Standard& s);
void clear(model::Step& s);
void clear(model::Stage& s);
void clear(model::Flow& f);
void clear(model::InfoLane& l);
void clear(model::InfoItem& i);
template <typename T> void clear(model::Located<T>& l) { l.span = {}; }
template <typename T> void clear(std::optional<T>& o) {
  if (o) clear(*o);
}
template <typename T> void clear(std::vector<T>& v) {
  for (T& x : v)
    clear(x);
}
void clear(source::Span& s) { s = {}; }
void clear(model::Target& t) { t.span = {}; }
void clear(model::Moment& m) { m.span = {}; }
void clear(model::FailPoint& f) {
  clear(f.recovery), clear(f.owner), clear(f.severity), clear(f.span), clear(f.text_span);
  clear(f.prevent), clear(f.cause), clear(f.level), clear(f.severity_score), clear(f.likelihood), clear(f.detection);
}
void clear(model::WaitPoint& w) { clear(w.expected), clear(w.tolerance), clear(w.span), clear(w.text_span); }
void clear(model::Actor& a) { clear(a.span), clear(a.id_span); }
void clear(model::Persona& p) { clear(p.span), clear(p.id_span); }
void clear(model::Channel& c) { clear(c.remote), clear(c.span), clear(c.id_span); }
void clear(model::Standard& s) {
  clear(s.dimension), clear(s.kind), clear(s.measure), clear(s.target), clear(s.owner), clear(s.allowed);
  clear(s.span), clear(s.id_span);
}
void clear(model::Step& s) {
  clear(s.actor), clear(s.takes), clear(s.moment), clear(s.fail_points), clear(s.wait_points), clear(s.meets);
  clear(s.feeling), clear(s.allowed), clear(s.span), clear(s.id_span);
  clear(s.decision), clear(s.end), clear(s.channel), clear(s.personas), clear(s.pains), clear(s.ideas);
}
void clear(model::Stage& s) { clear(s.budget), clear(s.promise), clear(s.allowed), clear(s.span), clear(s.id_span); }
void clear(model::Flow& f) { clear(f.share), clear(f.span), clear(f.from_span), clear(f.to_span); }
void clear(model::InfoLane& l) { clear(l.span), clear(l.id_span); }
void clear(model::InfoItem& i) { clear(i.span), clear(i.id_span), clear(i.lane_span); }

model::Blueprint meaning(const std::string& text) {
  model::Blueprint b = compile_text(text).blueprint;
  clear(b.actors), clear(b.standards), clear(b.stages), clear(b.steps), clear(b.flows), clear(b.allowed);
  clear(b.personas), clear(b.channels), clear(b.promise), clear(b.info_lanes), clear(b.info_items);
  clear(b.span), clear(b.name_span);
  return b;
}

std::vector<std::string> diagnostic_codes(const std::string& text) {
  std::vector<std::string> codes;
  for (const auto& d : driver::compile(text, {}).diagnostics)
    codes.push_back(std::string(d.code) + " " + d.message);
  return codes;
}

std::vector<fs::path> corpus() {
  std::vector<fs::path> files;
  for (const char* dir : {"examples", "tests/golden"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(BLUEPRINT_SOURCE_DIR) / dir)) {
      if (e.path().extension() == ".blueprint") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

TEST_CASE("fmt is idempotent and keeps the meaning of every example and golden") {
  std::size_t formatted = 0;
  for (const fs::path& path : corpus()) {
    const std::string text = test::read_file(path);
    const format::Formatted once = format_text(text);
    if (once.status == format::Formatted::Status::syntax_errors) continue; // goldens of syntax errors
    INFO(path.string());
    REQUIRE(once.status == format::Formatted::Status::ok);
    CHECK(reformat(once.text) == once.text);
    CHECK(meaning(once.text) == meaning(text));
    CHECK(diagnostic_codes(once.text) == diagnostic_codes(text));
    ++formatted;
  }
  CHECK(formatted >= 50);
}

TEST_CASE("fmt leaves the examples as they are written, but for one-item blocks") {
  // The examples are written in the canonical layout, except that a few steps
  // spread a single `meets` over three lines; fmt joins those.
  const std::string coffee = test::read_file(fs::path(BLUEPRINT_SOURCE_DIR) / "examples/coffee-bar.blueprint");
  CHECK(reformat(coffee) == coffee);
}

TEST_CASE("fmt gives one layout whatever the input's spacing") {
  const std::string canonical = "blueprint \"X\" {\n"
                                "  role a \"A\"\n"
                                "  stage st \"St\" {\n"
                                "    customer c \"C\" takes 30s { feeling +1 }\n"
                                "    frontstage f \"F\" by a {\n"
                                "      fail \"Down\" {\n"
                                "        recovery \"Retry\"\n"
                                "        owner a\n"
                                "      }\n"
                                "    }\n"
                                "  }\n"
                                "  flow c -> f\n"
                                "}\n";
  CHECK(reformat(canonical) == canonical);
  CHECK(reformat("blueprint \"X\"{role a \"A\" stage st \"St\"{customer c \"C\" takes 30s{feeling +1}\n"
                 "frontstage f \"F\" by a{fail \"Down\"{recovery \"Retry\" owner a}}}flow c->f}") == canonical);
  CHECK(reformat("\xEF\xBB\xBF"
                 "blueprint \"X\" {\r\n  role a \"A\"\r\n  stage st \"St\" {\r\n"
                 "    customer c \"C\" takes 30s { feeling +1 }\r\n    frontstage f \"F\" by a {\r\n"
                 "      fail \"Down\" { recovery \"Retry\" owner a }\r\n    }\r\n  }\r\n  flow c -> f\r\n}") ==
        canonical);
}

TEST_CASE("fmt formats a library and the imports of a blueprint, without reading them") {
  const std::string library = "library \"Dealer network\" {\n"
                              "  import \"brand.blueprint\"\n"
                              "  role advisor \"Service advisor\"\n"
                              "  channel sms \"Text message\" { remote }\n"
                              "  standard fast \"Fast\" {\n"
                              "    target <= 2min for 95%\n"
                              "  }\n"
                              "  lane kpi \"KPIs\" below support\n"
                              "}\n";
  CHECK(reformat(library) == library);
  CHECK(reformat("library \"Dealer network\"{import   \"brand.blueprint\" role advisor \"Service advisor\"\n"
                 "channel sms \"Text message\"{remote} standard fast \"Fast\"{target <= 2min for 95%}\n"
                 "lane kpi \"KPIs\" below support}") == library);
  // The import is a blueprint's item like any other; an unreadable library does not stop fmt.
  CHECK(reformat("blueprint \"B\" {\nimport \"missing.blueprint\"\nstage s \"S\" { customer c \"C\" }\n}") ==
        "blueprint \"B\" {\n  import \"missing.blueprint\"\n  stage s \"S\" {\n    customer c \"C\"\n  }\n}\n");
}

TEST_CASE("fmt keeps every comment, on its own line or after code") {
  const std::string text = "# about the file\n\n\n"
                           "blueprint \"X\" { # why\n"
                           "  role a \"A\"   # trailing\n\n\n\n"
                           "  # before the stage\n"
                           "  stage st \"St\" {\n"
                           "    customer c \"C\" { feeling +1 # inside a block\n"
                           "    }\n"
                           "  }\n"
                           "  # before the end\n"
                           "}\n"
                           "# after the end\n";
  CHECK(reformat(text) == "# about the file\n\n"
                          "blueprint \"X\" { # why\n"
                          "  role a \"A\" # trailing\n\n"
                          "  # before the stage\n"
                          "  stage st \"St\" {\n"
                          "    customer c \"C\" {\n"
                          "      feeling +1 # inside a block\n"
                          "    }\n"
                          "  }\n"
                          "  # before the end\n"
                          "}\n"
                          "# after the end\n");
}

TEST_CASE("fmt wraps a block that does not fit in 100 columns") {
  const std::string label(80, 'x');
  const std::string text =
      "blueprint \"X\" {\n  stage st \"St\" {\n    customer c \"" + label + "\" { feeling +1 }\n  }\n}\n";
  CHECK(reformat(text) == "blueprint \"X\" {\n  stage st \"St\" {\n    customer c \"" + label +
                              "\" {\n      feeling +1\n    }\n  }\n}\n");
}

TEST_CASE("fmt keeps strings, numbers and check names exactly as written") {
  const std::string text = "blueprint \"A \\\"quoted\\\" \\u{1F600} # not a comment\" {\n"
                           "  standard s \"S\" {\n    target >= 1.5h30min for 99.5%\n  }\n"
                           "  stage st \"St\" {\n    customer c \"C\" { allow missing-recovery, BP201 }\n  }\n}\n";
  CHECK(reformat(text) == text);
}

TEST_CASE("fmt refuses a file with syntax errors") {
  const format::Formatted f = format_text("blueprint \"X\" { stage }");
  CHECK(f.status == format::Formatted::Status::syntax_errors);
  CHECK(f.text.empty());
}

TEST_CASE("fmt formats a blueprint with model errors, which have a tree") {
  CHECK(reformat("blueprint \"X\" { stage st \"St\" { customer c \"C\" by nobody } }") ==
        "blueprint \"X\" {\n  stage st \"St\" {\n    customer c \"C\" by nobody\n  }\n}\n");
}

TEST_CASE("the formatter's tokens split arrows, comparators, signs and check names as the grammar does") {
  const std::string text = "flow a->b<->c~>d target<=2min feeling -1 allow missing-recovery,x";
  std::vector<std::string> words;
  for (const grammar::Token& t : grammar::tokenize(text))
    words.emplace_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  CHECK(words == std::vector<std::string>{"flow", "a", "->", "b", "<->", "c", "~>", "d", "target", "<=", "2min",
                                          "feeling", "-1", "allow", "missing-recovery", ",", "x"});
}
