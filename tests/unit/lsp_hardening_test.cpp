// The language server against hostile input: labels that try to become Markdown
// in a hover, workspace files that cannot be read, names over the limits, and
// the protocol's end of session.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/lsp/workspace.hpp"
#include "compiler/source/limits.hpp"
#include "lsp_session.hpp"
#include "temp_workspace.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <set>
#include <stdlib.h>

namespace {

using namespace bp;
using nlohmann::json;

// A label, a fail text and the rest, each trying for a link, an image, a
// heading, a list, HTML, an entity, emphasis, code and bare autolinks.
const std::string attack = R"(Pay ![t](https://evil.example/pixel.png) [Open](https://evil.example/login)\n)"
                           R"(# Fake heading\n- item\n1. one\n> quote\n<img src=x> &amp; *em* __strong__ `code` )"
                           R"(www.evil.example mail@evil.example ~~gone~~ | pipe \\)";
// The same text as the blueprint means it: escapes decoded.
std::string decoded() {
  std::string out;
  for (std::size_t i = 0; i < attack.size(); ++i) {
    if (attack[i] == '\\' && i + 1 < attack.size()) {
      out += attack[i + 1] == 'n' ? '\n' : attack[i + 1];
      ++i;
    } else {
      out += attack[i];
    }
  }
  return out;
}

// CommonMark shows any ASCII punctuation after a backslash as itself; a line
// break inside a label would start a new block, so it is a space.
std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += ' ';
      continue;
    }
    if (std::ispunct(static_cast<unsigned char>(c))) out += '\\';
    out += c;
  }
  return out;
}

const std::string hostile = "blueprint \"T\" {\n"
                            "  role lead \"" +
                            attack +
                            "\"\n"
                            "  standard fast \"" +
                            attack + "\" { measure \"" + attack +
                            "\" owner lead }\n"
                            "  stage s \"" +
                            attack +
                            "\" {\n"
                            "    customer c \"" +
                            attack +
                            "\" by lead {\n"
                            "      meets fast\n"
                            "      moment \"" +
                            attack +
                            "\"\n"
                            "      fail \"" +
                            attack + "\" { recovery \"" + attack +
                            "\" }\n"
                            "      wait \"" +
                            attack +
                            "\"\n"
                            "    }\n"
                            "  }\n"
                            "}\n";

std::string hover_at(const lsp::Analysis& a, std::size_t offset) {
  const auto h = lsp::hover(a, lsp::position_of(a.file(), offset));
  REQUIRE(h);
  return h->markdown;
}

} // namespace

TEST_CASE("a hover shows hostile labels as text: every Markdown character escaped, no line of their own") {
  const auto a = lsp::analyze(hostile, "t.blueprint");
  REQUIRE_FALSE(a->compiled.has_errors());
  const std::string shown = "\"" + escaped(decoded()) + "\"";
  struct Case {
    const char* what;
    std::string id;
    std::size_t labels; // times the attack appears in the hover
  };
  for (const Case& c : {Case{"step", "  customer c", 8}, Case{"standard", "  standard fast", 3},
                        Case{"actor", "  role lead", 2}, Case{"stage", "  stage s", 1}}) {
    INFO(c.what);
    const std::string md = hover_at(*a, hostile.find(c.id) + c.id.size() - 1);
    INFO(md);
    std::size_t count = 0;
    for (std::size_t at = md.find(shown); at != std::string::npos; at = md.find(shown, at + 1))
      ++count;
    CHECK(count == c.labels);
    // Nothing of the attack is left unescaped, and no line starts with it.
    for (const char* raw : {"](", "![", " <img", "&amp;", "*em*", "__strong__", "`code`", "www.evil", "mail@",
                            "https:", "~~", "\n#", "\n1.", "\n>", "\n- item"})
      CHECK(md.find(raw) == std::string::npos);
    for (std::size_t at = md.find('\n'); at != std::string::npos; at = md.find('\n', at + 1)) {
      const std::string_view line = std::string_view(md).substr(at + 1, md.find('\n', at + 1) - at - 1);
      CHECK((line.empty() || line.starts_with("- ") || line.starts_with("  - ")));
    }
  }
}

namespace {

using test::Workspace;

std::vector<std::string> workspace_session(const Workspace& ws) {
  return {test::request(1, "initialize", {{"rootUri", ws.uri()}, {"capabilities", json::object()}}),
          test::request(2, "workspace/symbol", {{"query", ""}})};
}

// Bytes in use on the heap (glibc); 0 where the allocator does not say (ASan).
std::size_t heap_in_use() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  return ::mallinfo2().uordblks;
#else
  return 0;
#endif
}

} // namespace

TEST_CASE("workspace files keep only their symbols, not their analysis") {
  // Two files of 50,000 fail points each: large analyses, four symbols each.
  const Workspace ws;
  std::string big = "blueprint \"T\" {\n  role lead \"Lead\"\n  stage s \"S\" {\n    customer a \"A\" by lead {\n";
  for (int i = 0; i < 50'000; ++i)
    big += "      fail \"f\"\n";
  big += "    }\n  }\n}\n";
  ws.write("one.blueprint", big);
  ws.write("two.blueprint", big);

  std::string written;
  const std::size_t before = heap_in_use();
  lsp::Transport transport(test::framed(workspace_session(ws)), written);
  lsp::Server server(transport);
  server.run();
  const std::size_t retained = heap_in_use() - std::min(before, heap_in_use());
  const auto messages = test::messages_in(written);
  REQUIRE(messages.size() == 2);
  const json& symbols = messages[1]["result"];
  CHECK(symbols.size() == 6); // lead, s and a in each
  std::set<std::string> names;
  for (const json& s : symbols)
    names.insert(s["name"].get<std::string>() + " in " +
                 s["location"]["uri"].get<std::string>().substr(ws.uri().size()));
  CHECK(names == std::set<std::string>{"a in /one.blueprint", "lead in /one.blueprint", "s in /one.blueprint",
                                       "a in /two.blueprint", "lead in /two.blueprint", "s in /two.blueprint"});
  // The analyses held over 10 MB each; the symbols are a few hundred bytes.
  CHECK(retained < (1u << 20));
}

TEST_CASE("a workspace file that cannot be read is skipped: a link to /proc/self/mem") {
  const Workspace ws;
  ws.write("good.blueprint", "blueprint \"T\" {\n  stage s \"S\" {\n    customer pay \"Pay\"\n  }\n}\n");
  std::filesystem::create_symlink("/proc/self/mem", ws.root / "mem.blueprint");
  const auto messages = test::serve(workspace_session(ws));
  REQUIRE(messages.size() == 2);
  REQUIRE(messages[1].contains("result"));
  std::vector<std::string> names;
  for (const json& s : messages[1]["result"])
    names.push_back(s["name"]);
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"pay", "s"});
}

TEST_CASE("the workspace's symbols stay within their budget: a file past it is left out") {
  const Workspace ws;
  std::string steps = "blueprint \"T\" {\n  stage s \"S\" {\n";
  for (int i = 0; i < 1000; ++i)
    steps += "    customer step_" + std::to_string(i) + " \"A label long enough to be on the heap\"\n";
  steps += "  }\n}\n";
  ws.write("a.blueprint", steps);
  ws.write("b.blueprint", steps);
  const std::string a = (ws.root / "a.blueprint").string(), b = (ws.root / "b.blueprint").string();

  lsp::WorkspaceIndex unbounded;
  unbounded.crawl({ws.root.string()});
  REQUIRE(unbounded.files() == std::vector<std::string>{a, b});
  const auto first = unbounded.symbols(a);
  REQUIRE(first);
  CHECK(first->symbols.size() == 1001);
  const std::size_t one_file = unbounded.kept_bytes();
  CHECK(one_file > 1000 * 40);
  CHECK(unbounded.symbols(b));

  lsp::WorkspaceIndex bounded(one_file + one_file / 2);
  bounded.crawl({ws.root.string()});
  CHECK(bounded.symbols(a));
  CHECK(!bounded.symbols(b));
  CHECK(bounded.kept_bytes() == one_file);
  CHECK(bounded.symbols(a) == bounded.symbols(a)); // cached, not indexed again
}

TEST_CASE("rename refuses a name over the id length limit, and says why") {
  const std::string t = "blueprint \"T\" {\n  stage s \"S\" {\n    customer pay \"Pay\"\n  }\n  flow pay -> pay\n}\n";
  const auto a = lsp::analyze(t, "t.blueprint");
  const std::size_t limit = source::Limits{}.max_id_chars;
  const lsp::Position on_pay{2, 14};
  // Counted in characters, not bytes: 200 two-byte letters still make an id.
  std::string longest;
  for (std::size_t i = 0; i < limit; ++i)
    longest += "é";
  CHECK(std::holds_alternative<lsp::WorkspaceEdit>(lsp::rename(*a, {"u", on_pay, longest})));
  for (const std::size_t length : {limit + 1, std::size_t{10'000}}) {
    INFO(length);
    const auto refused = lsp::rename(*a, {"u", on_pay, std::string(length, 'a')});
    REQUIRE(std::holds_alternative<std::string>(refused));
    CHECK(std::get<std::string>(refused) ==
          fmt::format("the new name is {} characters long, over the limit of {} for an id", length, limit));
  }
}

TEST_CASE("the exit status: 0 only after shutdown and exit; the input ending after shutdown is 1") {
  const std::string initialize = test::request(1, "initialize", {{"capabilities", json::object()}});
  const std::string shutdown = test::request(2, "shutdown", nullptr);
  const std::string exit = test::notification("exit", nullptr);
  int status = -1;
  test::serve({initialize, shutdown, exit}, &status);
  CHECK(status == 0);
  test::serve({initialize, shutdown}, &status);
  CHECK(status == 1);
  test::serve({initialize, exit}, &status);
  CHECK(status == 1);
  test::serve({initialize}, &status);
  CHECK(status == 1);
}

TEST_CASE("go to definition on a flow that also names an unknown id") {
  const std::string t = "blueprint \"T\" {\n  stage s \"S\" {\n    customer a \"A\"\n  }\n  flow a -> typo\n}\n";
  const auto a = lsp::analyze(t, "t.blueprint");
  REQUIRE(a->compiled.has_errors()); // BP003 on `typo`
  const std::size_t flow_a = t.find("flow a") + 5;
  for (const std::size_t at : {flow_a, flow_a + 1}) { // on `a`, and just after it
    const auto def = lsp::definition(*a, lsp::position_of(a->file(), at), "u");
    REQUIRE(def);
    CHECK(lsp::span_of(a->file(), def->range).begin == t.find("customer a") + 9);
    const auto refs = lsp::references(*a, {"u", lsp::position_of(a->file(), at), true});
    CHECK(refs.size() == 2);
  }
  // `typo` names nothing: no definition, and no failure.
  CHECK(!lsp::definition(*a, lsp::position_of(a->file(), t.find("typo") + 1), "u"));
}
