// The language server across files: a workspace of two blueprints sharing a
// library. References and rename reach the blueprint that is not open; an open
// library's unsaved text is what the blueprints that import it read; a problem
// in a library shows at the import.

#include "lsp_session.hpp"
#include "temp_workspace.hpp"

#include <catch2/catch.hpp>

namespace {

using namespace bp;
using nlohmann::json;
using test::notification;
using test::request;

const std::string library = "library \"Dealer\" {\n"
                            "  role advisor \"Service advisor\"\n"
                            "}\n";

std::string blueprint(const std::string& name) {
  return "blueprint \"" + name +
         "\" {\n"
         "  import \"shared/dealer.blueprint\"\n"
         "  stage s \"S\" {\n"
         "    customer c \"C\"\n"
         "    frontstage f \"F\" by advisor\n"
         "  }\n"
         "  flow c -> f\n"
         "}\n";
}

// `advisor` after `by` on line 4.
const json on_advisor = {{"line", 4}, {"character", 26}};

struct Dealer : test::Workspace {
  Dealer() {
    write("shared/dealer.blueprint", library);
    write("visit.blueprint", blueprint("Visit"));
    write("claim.blueprint", blueprint("Claim"));
  }
  std::string open(const std::string& name, const std::string& text) const {
    return notification("textDocument/didOpen",
                        {{"textDocument", {{"uri", uri(name)}, {"version", 1}, {"text", text}}}});
  }
  std::vector<json> serve(std::vector<std::string> middle) const {
    middle.insert(middle.begin(), request(1, "initialize", {{"rootUri", uri()}, {"capabilities", json::object()}}));
    return test::serve(middle);
  }
};

const json& answer(const std::vector<json>& messages, int id) {
  for (const json& m : messages) {
    if (m.contains("id") && m["id"] == id) return m;
  }
  FAIL("no answer to " << id);
  return messages.front();
}

std::vector<json> published(const std::vector<json>& messages, const std::string& uri) {
  std::vector<json> out;
  for (const json& m : messages) {
    if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri) out.push_back(m);
  }
  return out;
}

} // namespace

TEST_CASE("references and rename of a library's role reach every blueprint of the workspace") {
  const Dealer ws;
  const json where = {{"textDocument", {{"uri", ws.uri("visit.blueprint")}}}, {"position", on_advisor}};
  json refs = where, renamed = where;
  refs["context"] = {{"includeDeclaration", true}};
  renamed["newName"] = "host";
  const auto messages =
      ws.serve({ws.open("visit.blueprint", blueprint("Visit")), request(2, "textDocument/references", refs),
                request(3, "textDocument/rename", renamed), request(4, "textDocument/definition", where)});
  std::multiset<std::string> files;
  for (const json& l : answer(messages, 2)["result"])
    files.insert(l["uri"]);
  CHECK(files == std::multiset<std::string>{ws.uri("shared/dealer.blueprint"), ws.uri("visit.blueprint"),
                                            ws.uri("claim.blueprint")});
  const json& changes = answer(messages, 3)["result"]["changes"];
  CHECK(changes.size() == 3);
  CHECK(changes[ws.uri("claim.blueprint")].size() == 1);
  CHECK(changes[ws.uri("shared/dealer.blueprint")][0]["range"]["start"] == json({{"line", 1}, {"character", 7}}));
  CHECK(answer(messages, 4)["result"]["uri"] == ws.uri("shared/dealer.blueprint"));
}

TEST_CASE("from the library itself, references find the blueprints that import it") {
  const Dealer ws;
  json refs = {{"textDocument", {{"uri", ws.uri("shared/dealer.blueprint")}}},
               {"position", {{"line", 1}, {"character", 9}}},
               {"context", {{"includeDeclaration", false}}}};
  const auto messages =
      ws.serve({ws.open("shared/dealer.blueprint", library), request(2, "textDocument/references", refs)});
  std::multiset<std::string> files;
  for (const json& l : answer(messages, 2)["result"])
    files.insert(l["uri"]);
  CHECK(files == std::multiset<std::string>{ws.uri("visit.blueprint"), ws.uri("claim.blueprint")});
}

TEST_CASE("a rename to an id another importer declares is refused, naming that file") {
  Dealer ws;
  ws.write("claim.blueprint", blueprint("Claim").insert(blueprint("Claim").find("  stage"), "  role host \"Host\"\n"));
  json renamed = {
      {"textDocument", {{"uri", ws.uri("visit.blueprint")}}}, {"position", on_advisor}, {"newName", "host"}};
  const auto messages =
      ws.serve({ws.open("visit.blueprint", blueprint("Visit")), request(2, "textDocument/rename", renamed)});
  const json& error = answer(messages, 2)["error"];
  CHECK(error["message"].get<std::string>().find("claim.blueprint") != std::string::npos);
}

TEST_CASE("an open library's unsaved text is what its importers read, and they are checked again") {
  const Dealer ws;
  const std::string edited = "library \"Dealer\" {\n  role adviser \"Service advisor\"\n}\n";
  const auto messages =
      ws.serve({ws.open("visit.blueprint", blueprint("Visit")),
                request(2, "textDocument/hover",
                        {{"textDocument", {{"uri", ws.uri("visit.blueprint")}}}, {"position", on_advisor}}),
                ws.open("shared/dealer.blueprint", edited),
                request(3, "textDocument/hover",
                        {{"textDocument", {{"uri", ws.uri("visit.blueprint")}}}, {"position", on_advisor}})});
  CHECK_FALSE(answer(messages, 2)["result"].is_null());
  // The diagnostics of visit.blueprint, last published: `advisor` is unknown in the edited library.
  const auto visit = published(messages, ws.uri("visit.blueprint"));
  REQUIRE_FALSE(visit.empty());
  const json& last = visit.back()["params"]["diagnostics"];
  REQUIRE(last.size() == 1);
  CHECK(last[0]["code"] == "BP003");
  CHECK(last[0]["message"].get<std::string>().find("did you mean `adviser`?") != std::string::npos);
}

TEST_CASE("an import cycle and a duplicate across files are located in the editor") {
  Dealer ws;
  ws.write("shared/dealer.blueprint", "library \"Dealer\" {\n  import \"dealer.blueprint\"\n  role advisor \"A\"\n}\n");
  const std::string text = blueprint("Visit").insert(blueprint("Visit").find("  stage"), "  role advisor \"Mine\"\n");
  const auto messages = ws.serve({ws.open("visit.blueprint", text)});
  const auto visit = published(messages, ws.uri("visit.blueprint"));
  REQUIRE(visit.size() == 1);
  const json& diagnostics = visit[0]["params"]["diagnostics"];
  REQUIRE(diagnostics.size() == 2);
  for (const json& d : diagnostics) {
    const std::string message = d["message"];
    if (d["code"] == "BP006") {
      CHECK(d["range"]["start"]["line"] == 1); // the document's `import`
      CHECK(message.find("import cycle: `") != std::string::npos);
      CHECK(d["relatedInformation"][0]["location"]["uri"] == ws.uri("shared/dealer.blueprint"));
    } else {
      CHECK(d["code"] == "BP002");
      CHECK(d["range"]["start"]["line"] == 2); // the document's own `role advisor`
      CHECK(d["relatedInformation"][0]["location"]["uri"] == ws.uri("shared/dealer.blueprint"));
      CHECK(d["relatedInformation"][0]["location"]["range"]["start"]["line"] == 2);
    }
  }
}
