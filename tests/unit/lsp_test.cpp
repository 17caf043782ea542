// The language server's parts without a client: framing, documents and their
// incremental edits, the symbol index and each feature's handler.

#include "compiler/diag/check_table.hpp"
#include "compiler/lsp/document.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/lsp/server.hpp"
#include "compiler/lsp/transport.hpp"
#include "lsp_session.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace {

using namespace bp;
using nlohmann::json;

const std::string text = "blueprint \"T\" {\n"
                         "  role lead \"Lead\"\n"
                         "  standard fast \"Fast\" { target <= 1min for 90% owner lead }\n"
                         "  stage s \"S\" {\n"
                         "    evidence e \"E\"\n"
                         "    customer c \"😀 Pay\" by lead takes 30s { meets fast moment \"M\" }\n"
                         "    frontstage f \"F\" by lead {\n"
                         "      fail \"Breaks\" { owner lead }\n"
                         "    }\n"
                         "  }\n"
                         "  flow c -> f\n"
                         "}\n";

lsp::Position pos(const json& position) { return {position["line"], position["character"]}; }

std::string slice(const lsp::Analysis& a, const json& range) {
  const std::size_t b = lsp::offset_of(a.file(), pos(range["start"]));
  const std::size_t e = lsp::offset_of(a.file(), pos(range["end"]));
  return a.file().text().substr(b, e - b);
}

lsp::ContentChange change(lsp::Position start, lsp::Position end, std::string text) {
  return {lsp::Range{start, end}, std::move(text)};
}

} // namespace

TEST_CASE("positions count UTF-16 code units: an emoji is two") {
  const auto a = lsp::analyze(text, "t.blueprint");
  const std::size_t by = text.find("by lead takes");
  CHECK(lsp::to_proto(lsp::position_of(a->file(), by)) == json{{"line", 5}, {"character", 24}}); // 27 bytes
  CHECK(lsp::offset_of(a->file(), {5, 24}) == by);
  CHECK(lsp::offset_of(a->file(), {99, 0}) == text.size());
  CHECK(lsp::offset_of(a->file(), {5, 9999}) == text.find('\n', by)); // past the line's end: its end
  CHECK(lsp::in_text(a->file(), {12, 0}));
  CHECK(!lsp::in_text(a->file(), {13, 0}));
}

TEST_CASE("a document applies incremental changes in order, and whole-text changes") {
  lsp::Document doc("file:///t.blueprint", "ab\ncd\n", 1);
  CHECK(doc.apply_changes({change({1, 0}, {1, 1}, "X")}));
  CHECK(doc.text() == "ab\nXd\n");
  CHECK(doc.apply_changes({change({0, 2}, {1, 0}, "")}));
  CHECK(doc.text() == "abXd\n");
  // All or nothing: the second range is past the text once the first is applied.
  CHECK(!doc.apply_changes({change({0, 0}, {1, 0}, "Z"), change({1, 0}, {1, 1}, "?")}));
  CHECK(doc.text() == "abXd\n");
  CHECK(doc.apply_changes({{std::nullopt, "new"}}));
  CHECK(doc.text() == "new");
}

TEST_CASE("the symbol index finds declarations and every reference") {
  const auto a = lsp::analyze(text, "t.blueprint");
  const lsp::Occurrence* o = a->index.at(text.find("owner lead }") + 7);
  REQUIRE(o);
  CHECK(o->symbol == model::Symbol{model::SymbolKind::actor, 0});
  CHECK(a->index.occurrences_of(o->symbol).size() == 5); // declared, standard owner, two `by`, fail owner
  CHECK(a->index.at(text.find("\"Lead\"") + 1) == nullptr);
}

TEST_CASE("hover, definition, references and rename handlers") {
  const auto a = lsp::analyze(text, "t.blueprint");
  const json hover = lsp::to_proto(lsp::hover(*a, {5, 14}));
  CHECK(slice(*a, hover["range"]) == "c");
  const std::string md = hover["contents"]["value"];
  CHECK(md.find("takes: 30s") != std::string::npos);
  CHECK(md.find("moment of truth: \"M\"") != std::string::npos);
  CHECK(md.find("`fast` \"Fast\" — target <= 1min for 90%") != std::string::npos);

  const json def = lsp::to_proto(lsp::definition(*a, {10, 12}, "file:///t.blueprint")); // `f` in the flow
  CHECK(slice(*a, def["range"]) == "f");
  CHECK(def["range"]["start"]["line"] == 6);

  const auto renamed = lsp::rename(*a, {"u", {1, 8}, "boss"});
  REQUIRE(std::holds_alternative<lsp::WorkspaceEdit>(renamed));
  CHECK(lsp::to_proto(std::get<lsp::WorkspaceEdit>(renamed))["changes"]["u"].size() == 5);
  for (const char* bad : {"stage", "fast", "9lives", "a-b", ""}) {
    INFO(bad);
    CHECK(std::holds_alternative<std::string>(lsp::rename(*a, {"u", {1, 8}, bad})));
  }
}

// The labels completion offers at a position of `t`.
std::vector<std::string> labels(const std::string& t, std::uint32_t line, std::uint32_t character) {
  const auto a = lsp::analyze(t, "t.blueprint");
  std::vector<std::string> out;
  for (const lsp::CompletionItem& i : lsp::completion(*a, {line, character}))
    out.push_back(i.label);
  return out;
}

TEST_CASE("completion knows the block and the keyword before the cursor") {
  const std::string t =
      "blueprint \"T\" {\n  role r \"R\"\n  stage s \"S\" {\n    customer c \"C\" {\n      wait \"W\" {\n"
      "        \n      }\n    }\n    \n  }\n  flow c -> \n}\n";
  CHECK(labels(t, 5, 8) == std::vector<std::string>{"expected", "tolerance"});
  const auto in_stage = labels(t, 8, 4);
  CHECK(std::find(in_stage.begin(), in_stage.end(), "support") != in_stage.end());
  CHECK(labels(t, 10, 12) == std::vector<std::string>{"c"});
  CHECK(labels("blueprint \"T\" {\n  stage s \"S\" { customer c \"C\" {\n feeling +1 } } }\n", 0, 12).empty());
}

TEST_CASE("completion offers the v2 words where they go, and personas and channels by id") {
  const auto has = [](const std::vector<std::string>& v, const char* w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  const std::string t = "blueprint \"T\" {\n  persona fam \"Family\"\n  channel phone \"Phone\" {\n    \n  }\n"
                        "  \n  stage s \"S\" {\n    customer c \"C\" takes 1min \n    customer d \"D\" via \n"
                        "    customer e \"E\" for \n    frontstage f \"F\" {\n      \n    }\n  }\n"
                        "  flow f -> c \"yes\" \n}\n";
  CHECK(labels(t, 3, 4) == std::vector<std::string>{"remote", "note"});
  const auto top = labels(t, 5, 2);
  CHECK((has(top, "persona") && has(top, "channel") && has(top, "promise")));
  CHECK(labels(t, 7, 29) == std::vector<std::string>{"by", "via", "for"});
  CHECK(labels(t, 8, 24) == std::vector<std::string>{"phone"});
  CHECK(labels(t, 9, 24) == std::vector<std::string>{"fam"});
  const auto in_step = labels(t, 11, 6);
  CHECK((has(in_step, "decision") && has(in_step, "end")));
  CHECK(labels(t, 14, 20) == std::vector<std::string>{"share"});
}

TEST_CASE("completion offers the information lanes where a stage's item starts, and where a lane goes") {
  const auto has = [](const std::vector<std::string>& v, const char* w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  const std::string t = "blueprint \"T\" {\n  lane kpi \"KPIs\" \n  stage s \"S\" {\n    \n  }\n}\n";
  CHECK(labels(t, 1, 18) == std::vector<std::string>{"above evidence", "below support"});
  const auto in_stage = labels(t, 3, 4);
  CHECK((has(in_stage, "kpi") && has(in_stage, "customer")));
}

TEST_CASE("hover, definition and references of an information lane and its items") {
  const std::string t = "blueprint \"T\" {\n  lane kpi \"KPIs\" below support\n  stage s \"S\" {\n"
                        "    customer c \"C\"\n    kpi k \"Paid in 2 min\" { note \"from the till\" }\n  }\n}\n";
  const auto a = lsp::analyze(t, "t.blueprint");
  const auto lane = lsp::hover(*a, {4, 5});
  REQUIRE(lane);
  CHECK(lane->markdown.find("**information lane** `kpi` \"KPIs\"") != std::string::npos);
  CHECK(lane->markdown.find("below the support processes") != std::string::npos);
  const auto item = lsp::hover(*a, {4, 9});
  REQUIRE(item);
  CHECK(item->markdown.find("`k` \"Paid in 2 min\"") != std::string::npos);
  CHECK(item->markdown.find("from the till") != std::string::npos);
}

TEST_CASE("code actions: replace a misspelt id; add a recovery; allow a finding where it is") {
  const std::string t = "blueprint \"T\" {\n  role lead \"Lead\"\n  stage s \"S\" {\n    evidence e \"E\"\n"
                        "    customer c \"C\" by laed\n    frontstage f \"F\" { fail \"X\" }\n  }\n  flow c -> f\n}\n";
  const auto a = lsp::analyze(t, "t.blueprint");
  const lsp::CodeActionParams whole{"u", {{0, 0}, {9, 0}}};
  const json actions = lsp::to_proto(lsp::code_actions(*a, whole));
  std::vector<std::string> titles;
  for (const json& act : actions)
    titles.push_back(act["title"]);
  CHECK(std::find(titles.begin(), titles.end(), "Replace with `lead`") != titles.end());

  const std::string t2 = "blueprint \"T\" {\n  stage s \"S\" {\n    evidence e \"E\"\n    customer c \"C\"\n"
                         "    frontstage f \"F\" { fail \"X\" }\n  }\n  flow c -> f\n}\n";
  const auto a2 = lsp::analyze(t2, "t.blueprint");
  const json actions2 = lsp::to_proto(lsp::code_actions(*a2, whole));
  bool recovery = false, allow = false;
  for (const json& act : actions2) {
    const std::string title = act["title"];
    const std::string edit = act["edit"]["changes"]["u"][0]["newText"];
    if (title == "Add a recovery to fail point \"X\"") {
      recovery = true;
      CHECK(edit == " { recovery \"What staff do to put it right\" }");
    }
    if (title == "Allow `missing-owner` on step `f`") {
      allow = true;
      CHECK(edit == " allow missing-owner");
    }
  }
  CHECK(recovery);
  CHECK(allow);
}

TEST_CASE("document symbols nest steps under their stage") {
  const auto a = lsp::analyze(text, "t.blueprint");
  const json symbols = lsp::to_proto(lsp::document_symbols(*a));
  const auto stage = std::find_if(symbols.begin(), symbols.end(), [](const json& s) { return s["name"] == "s"; });
  REQUIRE(stage != symbols.end());
  CHECK((*stage)["children"].size() == 3);
  CHECK((*stage)["children"][1]["name"] == "c");
}

TEST_CASE("the transport reads framed messages, and stops at a broken or oversized frame") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::string input = "Content-Length: 2\r\n\r\n{}content-length:  7\r\nX-Other: 1\r\n\r\n[1,2,3]"
                            "Content-Length: 999999999999\r\n\r\n";
  REQUIRE(::write(fds[1], input.data(), input.size()) == static_cast<ssize_t>(input.size()));
  ::close(fds[1]);
  lsp::Transport transport(fds[0], -1);
  CHECK(transport.read() == std::optional<std::string>("{}"));
  CHECK(transport.read() == std::optional<std::string>("[1,2,3]"));
  CHECK(transport.read() == std::nullopt);
  ::close(fds[0]);
}

TEST_CASE("a byte order mark the editor keeps counts as one unit on the first line") {
  const std::string with_bom = "\xEF\xBB\xBF"
                               "blueprint \"B\" { stage s \"S\" { customer c \"C\" by nobody } }\n";
  const auto a = lsp::analyze(with_bom, "t.blueprint");
  const auto& d = a->compiled.diagnostics;
  const auto unknown =
      std::find_if(d.begin(), d.end(), [](const auto& x) { return x.code == bp::diag::checks::unknown_reference; });
  REQUIRE(unknown != d.end());
  // In the editor's text (BOM included, one UTF-16 unit) `nobody` starts at 49.
  const json r = lsp::range(a->file(), unknown->span);
  CHECK(r["start"] == json{{"line", 0}, {"character", 49}});
  CHECK(lsp::offset_of(a->file(), pos(r["start"])) == unknown->span.begin);

  lsp::Document doc("file:///b.blueprint", with_bom, 1);
  CHECK(doc.apply_changes({change(pos(r["start"]), pos(r["end"]), "c")}));
  CHECK(doc.text() == "\xEF\xBB\xBF"
                      "blueprint \"B\" { stage s \"S\" { customer c \"C\" by c } }\n");
}

namespace {

using test::notification;
using test::request;
using test::serve;

const std::string uri = "file:///t.blueprint";

// The session around the messages under test: initialize, open `text`, ...,
// then a good hover (id 1000) on `lead`, which must still be answered.
std::vector<json> session(const std::vector<std::string>& middle) {
  std::vector<std::string> bodies = {
      request(1, "initialize", {{"capabilities", json::object()}}), notification("initialized", json::object()),
      notification("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", text}}}})};
  bodies.insert(bodies.end(), middle.begin(), middle.end());
  bodies.push_back(request(1000, "textDocument/hover",
                           {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 1}, {"character", 8}}}}));
  return serve(bodies);
}

const json* answer(const std::vector<json>& messages, const json& id) {
  for (const json& m : messages) {
    if (m.contains("id") && m["id"] == id && (m.contains("result") || m.contains("error"))) return &m;
  }
  return nullptr;
}

// The error codes of the answers with a null id, in order.
std::vector<int> null_id_errors(const std::vector<json>& messages) {
  std::vector<int> codes;
  for (const json& m : messages) {
    if (m.contains("id") && m["id"].is_null() && m.contains("error")) codes.push_back(m["error"]["code"]);
  }
  return codes;
}

void still_serving(const std::vector<json>& messages) {
  const json* hover = answer(messages, 1000);
  REQUIRE(hover);
  REQUIRE(hover->contains("result"));
  CHECK((*hover)["result"]["contents"]["value"].get<std::string>().find("`lead`") != std::string::npos);
}

} // namespace

TEST_CASE("the server answers every JSON-RPC error class and goes on serving") {
  SECTION("parse error, and envelopes that are not requests") {
    const auto messages = session({
        R"({"jsonrpc":"2.0","id":5,"method":)",                             // not JSON
        R"({"jsonrpc":"2.0","id":6,"method":"x","params":{"line":1e400}})", // a number past a double
        std::string(100000, '[') + std::string(100000, ']'),                // deep, but JSON: not an object
        R"({"jsonrpc":"2.0","method":5})",                                  // method not a string
        R"({"jsonrpc":"2.0","id":7,"method":["shutdown"]})",                // method not a string, id known
        R"({"jsonrpc":"2.0","id":{"n":1},"method":"shutdown"})",            // id an object
        R"({"jsonrpc":"2.0","id":1.5,"method":"shutdown"})",                // id fractional
        R"({"jsonrpc":"2.0","id":true,"method":"shutdown"})",               // id a boolean
        R"(5)", R"("shutdown")", R"(null)",                                 // not an object
        R"([{"jsonrpc":"2.0","id":8,"method":"shutdown"}])",                // a batch
        R"([])",                                                            // an empty batch
        R"({"jsonrpc":"2.0"})",                                             // neither request nor answer
    });
    CHECK(null_id_errors(messages) == std::vector<int>{-32700, -32700, -32600, -32600, -32600, -32600, -32600, -32600,
                                                       -32600, -32600, -32600, -32600, -32600});
    const json* known = answer(messages, 7);
    REQUIRE(known);
    CHECK((*known)["error"]["code"] == -32600);
    CHECK(!answer(messages, 8)); // the batch's shutdown was not run
    still_serving(messages);
  }
  SECTION("method not found") {
    const auto messages =
        session({request(2, "no/such/method", json::object()), notification("no/such/notification", json::object())});
    CHECK((*answer(messages, 2))["error"]["code"] == -32601);
    still_serving(messages);
  }
  SECTION("invalid params: wrong types, missing members, null, numbers out of range") {
    const json doc = {{"uri", uri}};
    const json start_only = {{"start", {{"line", 0}, {"character", 0}}}};
    const auto at = [&](const json& position) { return json{{"textDocument", doc}, {"position", position}}; };
    const std::vector<std::pair<std::string, json>> bad = {
        {"textDocument/hover", at({{"line", "1"}, {"character", 8}})},
        {"textDocument/hover", at({{"line", 1}})},
        {"textDocument/hover", at(nullptr)},
        {"textDocument/hover", at({{"line", -1}, {"character", 0}})},
        {"textDocument/hover", at({{"line", 1.5}, {"character", 0}})},
        {"textDocument/hover", at({{"line", 1e30}, {"character", 0}})},                  // beyond int64
        {"textDocument/hover", at({{"line", 18446744073709551615u}, {"character", 0}})}, // beyond int32
        {"textDocument/hover", at({{"line", 9999}, {"character", 0}})},                  // past the text
        {"textDocument/hover", {{"textDocument", {{"uri", 5}}}, {"position", {{"line", 0}, {"character", 0}}}}},
        {"textDocument/hover", {{"textDocument", "t"}, {"position", {{"line", 0}, {"character", 0}}}}},
        {"textDocument/hover", nullptr},
        {"textDocument/hover", json::array()},
        {"textDocument/codeAction", {{"textDocument", doc}, {"range", json::object()}}},
        {"textDocument/codeAction", {{"textDocument", doc}, {"range", start_only}}},
        {"textDocument/references",
         {{"textDocument", doc},
          {"position", {{"line", 1}, {"character", 8}}},
          {"context", {{"includeDeclaration", "yes"}}}}},
        {"textDocument/rename", at({{"line", 1}, {"character", 8}})}, // no newName
        {"textDocument/documentSymbol", json::object()},
        {"textDocument/foldingRange", {{"textDocument", nullptr}}},
        {"workspace/symbol", {{"query", 5}}},
        {"blueprint/render", {{"textDocument", doc}, {"highlightFindings", "yes"}}},
        {"textDocument/hover",
         {{"textDocument", {{"uri", "file:///not/open"}}}, {"position", {{"line", 0}, {"character", 0}}}}},
    };
    std::vector<std::string> bodies;
    for (std::size_t i = 0; i < bad.size(); ++i)
      bodies.push_back(request(static_cast<int>(10 + i), bad[i].first, bad[i].second));
    bodies.push_back(R"({"jsonrpc":"2.0","id":99,"method":"textDocument/hover"})"); // no params at all
    const auto messages = session(bodies);
    for (std::size_t i = 0; i <= bad.size(); ++i) {
      const int id = i < bad.size() ? static_cast<int>(10 + i) : 99;
      INFO(i << ": " << (i < bad.size() ? bad[i].second.dump() : "no params"));
      const json* reply = answer(messages, id);
      REQUIRE(reply);
      REQUIRE(reply->contains("error"));
      CHECK((*reply)["error"]["code"] == -32602);
    }
    still_serving(messages);
  }
  SECTION("malformed notifications are dropped and change nothing") {
    const json doc = {{"uri", uri}, {"version", 2}};
    const json replace_all = {
        {"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 99}, {"character", 0}}}}},
        {"text", "junk"}};
    const auto messages = session({
        notification("textDocument/didChange",
                     {{"textDocument", doc}, {"contentChanges", {{{"range", json::object()}, {"text", "x"}}}}}),
        notification("textDocument/didChange",
                     {{"textDocument", doc}, {"contentChanges", {replace_all}}}), // past the text
        notification("textDocument/didChange", {{"textDocument", doc}, {"contentChanges", "junk"}}),
        notification("textDocument/didChange", {{"textDocument", doc}, {"contentChanges", {{{"text", 5}}}}}),
        notification("textDocument/didChange",
                     {{"textDocument", {{"uri", uri}, {"version", "2"}}}, {"contentChanges", {{{"text", "x"}}}}}),
        notification("textDocument/didChange", nullptr),
        notification("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"text", 5}}}}),
        notification("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"text", "x"}, {"version", 1e30}}}}),
        notification("textDocument/didClose", {{"textDocument", {{"uri", 5}}}}),
        request(3, "blueprint/render", {{"textDocument", {{"uri", uri}}}}),
    });
    for (const json& m : messages)
      CHECK(!m.contains("error")); // notifications have nobody to answer
    const json* render = answer(messages, 3);
    REQUIRE(render);
    CHECK((*render)["result"]["version"] == 1); // no change was applied
    still_serving(messages);
  }
}

TEST_CASE("exit ends the server; exit before shutdown is status 1") {
  std::FILE* in = std::tmpfile();
  std::FILE* out = std::tmpfile();
  std::fputs("Content-Length: 33\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}", in);
  std::fflush(in);
  std::rewind(in);
  lsp::Transport transport(::fileno(in), ::fileno(out));
  CHECK(lsp::Server(transport).run() == 1);
  std::fclose(in);
  std::fclose(out);
}

TEST_CASE("folding ranges come from the syntax tree") {
  const std::string t = "# about\n"                               // 0
                        "# this file\n"                           // 1
                        "blueprint \"T\" {\n"                     // 2
                        "  standard fast \"Fast\" {\n"            // 3
                        "    target <= 1min\n"                    // 4
                        "  }\n"                                   // 5
                        "  # region pickup\n"                     // 6
                        "  stage s \"S\" {\n"                     // 7
                        "    customer c \"{\" {\n"                // 8  a brace in a label is no block
                        "      fail \"F\" {\n"                    // 9
                        "        recovery \"R\"\n"                // 10
                        "      }\n"                               // 11
                        "    }\n"                                 // 12
                        "    frontstage f \"F\" { feeling +1 }\n" // 13
                        "  }\n"                                   // 14
                        "  # endregion\n"                         // 15
                        "}\n";                                    // 16
  const auto a = lsp::analyze(t, "t.blueprint");
  const json folds = lsp::to_proto(lsp::folding_ranges(*a));
  CHECK(folds == json::parse(R"([
    {"startLine":0,"endLine":1,"kind":"comment"},
    {"startLine":2,"endLine":15},
    {"startLine":3,"endLine":4},
    {"startLine":6,"endLine":15,"kind":"region"},
    {"startLine":7,"endLine":13},
    {"startLine":8,"endLine":11},
    {"startLine":9,"endLine":10}
  ])"));
}

TEST_CASE("the preview's render: SVG without errors, none with them, the published diagnostics either way") {
  const auto good = lsp::analyze(text, "t.blueprint");
  const auto drawn = lsp::render_preview(*good, true);
  REQUIRE(drawn.ok());
  REQUIRE(*drawn);
  CHECK((*drawn)->find("<svg") != std::string::npos);
  const auto broken =
      lsp::analyze("blueprint \"x\" {\n  stage s \"S\" { customer a \"A\" takes 5 min }\n}\n", "t.blueprint");
  const auto none = lsp::render_preview(*broken, true);
  REQUIRE(none.ok());
  CHECK(!*none);

  // The server's pages for the diagnostics' links go to a cache of the test's own.
  char cache[] = "/tmp/blueprint-lsp-test-XXXXXX";
  REQUIRE(::mkdtemp(cache));
  ::setenv("XDG_CACHE_HOME", cache, 1);
  const auto messages =
      session({request(3, "blueprint/render", {{"textDocument", {{"uri", uri}}}, {"highlightFindings", true}})});
  ::unsetenv("XDG_CACHE_HOME");
  std::filesystem::remove_all(cache);
  const json& result = (*answer(messages, 3))["result"];
  CHECK(result["svg"].get<std::string>().find("<svg") != std::string::npos);
  CHECK(result["version"] == 1);
  json diagnostics = result["diagnostics"];
  REQUIRE(!diagnostics.empty());
  for (json& d : diagnostics) {
    CHECK(d["codeDescription"]["href"].get<std::string>().starts_with("file:///tmp/blueprint-lsp-test-"));
    d.erase("codeDescription");
  }
  CHECK(diagnostics == lsp::to_proto(lsp::diagnostics(*good, uri, [](std::string_view) { return std::string(); })));
}

TEST_CASE("in memory, diagnostics are published once the last message of the input is read") {
  const auto messages = session({});
  std::vector<std::string> methods;
  for (const json& m : messages)
    methods.push_back(m.value("method", m.contains("id") ? "answer" : "?"));
  // initialize's answer, the hover's answer, then the document's diagnostics.
  CHECK(methods == std::vector<std::string>{"answer", "answer", "textDocument/publishDiagnostics"});
  CHECK(messages.back()["params"]["uri"] == uri);
  CHECK(messages.back()["params"]["version"] == 1);
}

TEST_CASE("hover on a step tells its channel, personas, branches and paths") {
  const std::string t = "blueprint \"T\" {\n  persona fam \"Family\"\n  channel phone \"Phone\" { remote }\n"
                        "  stage s \"S\" {\n    customer c \"C\" via phone for fam { decision }\n"
                        "    customer d \"D\"\n    customer e \"E\" { end }\n  }\n"
                        "  flow c -> d \"yes\" share 70%\n  flow c -> e \"no\"\n}\n";
  const auto a = lsp::analyze(t, "t.blueprint");
  const auto h = lsp::hover(*a, {4, 13});
  REQUIRE(h);
  INFO(h->markdown);
  CHECK(h->markdown.find("via: remote channel `phone` \"Phone\"") != std::string::npos);
  CHECK(h->markdown.find("for: `fam`") != std::string::npos);
  CHECK(h->markdown.find("\"yes\" → `d` (70%)") != std::string::npos);
  CHECK(h->markdown.find("\"no\" → `e` (30%)") != std::string::npos);
  CHECK(h->markdown.find("on 2 of the journey's 2 paths") != std::string::npos);
}
