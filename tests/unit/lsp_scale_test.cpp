// The language server at scale: work that must stay linear in the size of the
// document. Hidden from the `unit` run ([.]); ctest runs them as `lsp_scale`
// under a TIMEOUT that a quadratic version would blow (see tests/CMakeLists.txt).
// They assert what is published, never how long it took: timing is in bench/.

#include "lsp_session.hpp"

#include <catch2/catch.hpp>

namespace {

using namespace bp;
using nlohmann::json;

const std::string uri = "file:///long.blueprint";

json published(const std::vector<json>& messages) {
  for (const json& m : messages) {
    if (m.value("method", "") == "textDocument/publishDiagnostics") return m["params"];
  }
  return nullptr;
}

} // namespace

TEST_CASE("100,000 diagnostics on one line are all published, at their UTF-16 columns", "[.lsp-scale]") {
  // A whole blueprint on one line of 1.3 MB: every flow names an unknown step.
  // The emoji (4 bytes, 2 UTF-16 units) puts every column 2 before its byte offset.
  constexpr std::size_t flows = 100'000;
  const std::string head = "blueprint \"T\" { stage s \"\xF0\x9F\x98\x80\" { customer a \"A\" } ";
  std::string text = head;
  for (std::size_t i = 0; i < flows; ++i)
    text += "flow a -> zz ";
  text += "}\n";
  const auto messages = test::serve(
      {test::request(1, "initialize", {{"capabilities", json::object()}}),
       test::notification("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", text}}}})});
  const json params = published(messages);
  REQUIRE(params.is_object());
  const json& diagnostics = params["diagnostics"];
  REQUIRE(diagnostics.size() == flows);
  for (std::size_t i = 0; i < flows; ++i) {
    const std::size_t zz = head.size() + i * 13 + 10; // bytes to the i-th `zz`
    const json& range = diagnostics[i]["range"];
    if (diagnostics[i]["code"] != "BP003" || range["start"] != json{{"line", 0}, {"character", zz - 2}} ||
        range["end"] != json{{"line", 0}, {"character", zz}}) {
      FAIL("diagnostic " << i << ": " << diagnostics[i].dump());
    }
  }
}
