// The language server's parts without a client: framing, documents and their
// incremental edits, the symbol index and each feature's handler.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/lsp/server.hpp"
#include "compiler/lsp/transport.hpp"

#include <catch2/catch.hpp>

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

json at(std::size_t line, std::size_t character) {
  return {{"textDocument", {{"uri", "file:///t.blueprint"}}}, {"position", {{"line", line}, {"character", character}}}};
}

std::string slice(const lsp::Analysis& a, const json& range) {
  const std::size_t b = lsp::offset_of(a.file(), range["start"]);
  const std::size_t e = lsp::offset_of(a.file(), range["end"]);
  return a.file().text().substr(b, e - b);
}

} // namespace

TEST_CASE("positions count UTF-16 code units: an emoji is two") {
  const auto a = lsp::analyze(text, "t.blueprint");
  const std::size_t by = text.find("by lead takes");
  CHECK(lsp::position(a->file(), by) == json{{"line", 5}, {"character", 24}}); // 23 code points, 27 bytes
  CHECK(lsp::offset_of(a->file(), json{{"line", 5}, {"character", 24}}) == by);
  CHECK(lsp::offset_of(a->file(), json{{"line", 99}, {"character", 0}}) == text.size());
}

TEST_CASE("a document applies incremental changes in order, and whole-text changes") {
  lsp::Document doc("file:///t.blueprint", "ab\ncd\n", 1);
  doc.apply_change({{"range", {{"start", {{"line", 1}, {"character", 0}}}, {"end", {{"line", 1}, {"character", 1}}}}},
                    {"text", "X"}});
  CHECK(doc.text() == "ab\nXd\n");
  doc.apply_change({{"range", {{"start", {{"line", 0}, {"character", 2}}}, {"end", {{"line", 1}, {"character", 0}}}}},
                    {"text", ""}});
  CHECK(doc.text() == "abXd\n");
  doc.apply_change({{"text", "new"}});
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
  const json hover = lsp::hover(*a, at(5, 14));
  CHECK(slice(*a, hover["range"]) == "c");
  const std::string md = hover["contents"]["value"];
  CHECK(md.find("takes: 30s") != std::string::npos);
  CHECK(md.find("moment of truth: \"M\"") != std::string::npos);
  CHECK(md.find("`fast` \"Fast\" — target <= 1min for 90%") != std::string::npos);

  const json def = lsp::definition(*a, at(10, 12), "file:///t.blueprint"); // `f` in the flow
  CHECK(slice(*a, def["range"]) == "f");
  CHECK(def["range"]["start"]["line"] == 6);

  json params = at(1, 8);
  params["newName"] = "boss";
  const auto renamed = lsp::rename(*a, params, "u");
  REQUIRE(std::holds_alternative<json>(renamed));
  CHECK(std::get<json>(renamed)["changes"]["u"].size() == 5);
  for (const char* bad : {"stage", "fast", "9lives", "a-b", ""}) {
    json params = at(1, 8);
    params["newName"] = bad;
    INFO(bad);
    CHECK(std::holds_alternative<std::string>(lsp::rename(*a, params, "u")));
  }
}

TEST_CASE("completion knows the block and the keyword before the cursor") {
  const auto labels = [](const std::string& t, std::size_t line, std::size_t character) {
    const auto a = lsp::analyze(t, "t.blueprint");
    std::vector<std::string> out;
    for (const json& i : lsp::completion(*a, at(line, character)))
      out.push_back(i["label"]);
    return out;
  };
  const std::string t =
      "blueprint \"T\" {\n  role r \"R\"\n  stage s \"S\" {\n    customer c \"C\" {\n      wait \"W\" {\n"
      "        \n      }\n    }\n    \n  }\n  flow c -> \n}\n";
  CHECK(labels(t, 5, 8) == std::vector<std::string>{"expected", "tolerance"});
  const auto in_stage = labels(t, 8, 4);
  CHECK(std::find(in_stage.begin(), in_stage.end(), "support") != in_stage.end());
  CHECK(labels(t, 10, 12) == std::vector<std::string>{"c"});
  CHECK(labels("blueprint \"T\" {\n  stage s \"S\" { customer c \"C\" {\n feeling +1 } } }\n", 0, 12).empty());
}

TEST_CASE("code actions: replace a misspelt id; add a recovery; allow a finding where it is") {
  const std::string t = "blueprint \"T\" {\n  role lead \"Lead\"\n  stage s \"S\" {\n    evidence e \"E\"\n"
                        "    customer c \"C\" by laed\n    frontstage f \"F\" { fail \"X\" }\n  }\n  flow c -> f\n}\n";
  const auto a = lsp::analyze(t, "t.blueprint");
  const json whole = {
      {"textDocument", {{"uri", "u"}}},
      {"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 9}, {"character", 0}}}}}};
  const json actions = lsp::code_actions(*a, whole, "u");
  std::vector<std::string> titles;
  for (const json& act : actions)
    titles.push_back(act["title"]);
  CHECK(std::find(titles.begin(), titles.end(), "Replace with `lead`") != titles.end());

  const std::string t2 = "blueprint \"T\" {\n  stage s \"S\" {\n    evidence e \"E\"\n    customer c \"C\"\n"
                         "    frontstage f \"F\" { fail \"X\" }\n  }\n  flow c -> f\n}\n";
  const auto a2 = lsp::analyze(t2, "t.blueprint");
  const json actions2 = lsp::code_actions(*a2, whole, "u");
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
  const json symbols = lsp::document_symbols(*a);
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
  const auto unknown = std::find_if(d.begin(), d.end(), [](const auto& x) { return x.code == "BP003"; });
  REQUIRE(unknown != d.end());
  // In the editor's text (BOM included, one UTF-16 unit) `nobody` starts at 49.
  const json r = lsp::range(a->file(), unknown->span);
  CHECK(r["start"] == json{{"line", 0}, {"character", 49}});
  CHECK(lsp::offset_of(a->file(), r["start"]) == unknown->span.begin);

  lsp::Document doc("file:///b.blueprint", with_bom, 1);
  doc.apply_change({{"range", r}, {"text", "c"}});
  CHECK(doc.text() == "\xEF\xBB\xBF"
                      "blueprint \"B\" { stage s \"S\" { customer c \"C\" by c } }\n");
}
