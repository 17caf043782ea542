// libFuzzer target: the language server in memory, driven by a session built from
// the input. The input is records separated by the byte 0x1E; each record is one
// message, chosen by its first byte (see `message` below), with positions and
// versions from the next bytes and text from the rest. A record that starts with
// `blueprint` or `#` opens that text, so the examples are seeds as they are.
// After `initialize`, the server must answer every request once, with a result
// or an error, and write only JSON; nothing may crash, leak or hang.

#include "compiler/lsp/server.hpp"
#include "compiler/lsp/transport.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

using nlohmann::json;

const char* const uris[] = {"file:///fuzz/a.blueprint", "file:///fuzz/b.blueprint"};

// The bytes after a record's kind: numbers from the front, text after them.
struct Payload {
  std::string_view bytes;
  std::size_t used = 0;

  unsigned char byte() { return used < bytes.size() ? static_cast<unsigned char>(bytes[used++]) : 0; }
  std::string rest() const { return std::string(bytes.substr(std::min(used, bytes.size()))); }

  // Mostly a small number; a few bytes give what a careless client might send.
  json number() {
    const unsigned char b = byte();
    switch (b) {
    case 0xF0: return 2147483647;
    case 0xF1: return -1;
    case 0xF2: return 1.5;
    case 0xF3: return 1e300;
    case 0xF4: return 4294967296u;
    case 0xF5: return "1";
    case 0xF6: return nullptr;
    default: return b;
    }
  }
  json position() { return {{"line", number()}, {"character", number()}}; }
  json range() { return {{"start", position()}, {"end", position()}}; }
  const char* uri() { return uris[byte() & 1]; }
};

struct Session {
  std::string input; // the framed messages, as the client sends them
  // After an `exit`, or bytes that may break the framing, the server may stop;
  // each generated request before that must be answered.
  bool may_have_ended = false;
  std::vector<std::string> expected_ids;
  int next_id = 0;
  std::map<std::string, std::int64_t> versions;

  // A client sends JSON, so valid UTF-8: text from the input that is not becomes
  // U+FFFD here. (Raw bodies, 'j', carry any bytes.)
  void frame(const json& message) { frame(message.dump(-1, ' ', false, json::error_handler_t::replace)); }
  void frame(const std::string& body) { input += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }
  void notify(const std::string& method, json params) {
    frame(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void request(const std::string& method, json params) {
    const std::string id = "g" + std::to_string(next_id++);
    if (!may_have_ended) expected_ids.push_back(id);
    frame(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
  }
  void raw(const std::string& body) {
    const json parsed = json::parse(body, nullptr, false);
    if (parsed.is_object() && parsed.contains("method") && parsed["method"] == "exit") may_have_ended = true;
    frame(body);
  }
  void open(const char* uri, std::string text) {
    notify("textDocument/didOpen",
           {{"textDocument", {{"uri", uri}, {"version", ++versions[uri]}, {"text", std::move(text)}}}});
  }
  void change(const char* uri, json change) {
    notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", ++versions[uri]}}},
                                      {"contentChanges", json::array({std::move(change)})}});
  }

  void message(std::string_view record);
};

const char* const positional[] = {"textDocument/hover",
                                  "textDocument/definition",
                                  "textDocument/references",
                                  "textDocument/documentHighlight",
                                  "textDocument/prepareRename",
                                  "textDocument/completion",
                                  "textDocument/documentSymbol",
                                  "textDocument/foldingRange",
                                  "textDocument/formatting",
                                  "textDocument/codeAction",
                                  "blueprint/render",
                                  "workspace/symbol"};

void Session::message(std::string_view record) {
  if (record.starts_with("blueprint") || record.starts_with("#")) return open(uris[0], std::string(record));
  Payload p{record.substr(1)};
  const auto at = [&](const char* uri) { return json{{"textDocument", {{"uri", uri}}}, {"position", p.position()}}; };
  switch (record[0]) {
  case 'o': return open(p.uri(), p.rest());
  case 'c': { // an incremental change
    const char* uri = p.uri();
    const json range = p.range();
    return change(uri, {{"range", range}, {"text", p.rest()}});
  }
  case 'C': return change(uris[0], {{"text", p.rest()}});
  case 'x': return notify("textDocument/didClose", {{"textDocument", {{"uri", p.uri()}}}});
  case 'h': return request("textDocument/hover", at(p.uri()));
  case 'd': return request("textDocument/definition", at(p.uri()));
  case 'r': {
    json params = at(p.uri());
    params["context"] = {{"includeDeclaration", (p.byte() & 1) != 0}};
    return request("textDocument/references", std::move(params));
  }
  case 'H': return request("textDocument/documentHighlight", at(p.uri()));
  case 'p': return request("textDocument/prepareRename", at(p.uri()));
  case 'k': return request("textDocument/completion", at(p.uri()));
  case 'n': {
    json params = at(p.uri());
    params["newName"] = p.rest();
    return request("textDocument/rename", std::move(params));
  }
  case 'a': {
    const char* uri = p.uri();
    return request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}}, {"range", p.range()}});
  }
  case 's': return request("textDocument/documentSymbol", {{"textDocument", {{"uri", p.uri()}}}});
  case 'f': return request("textDocument/foldingRange", {{"textDocument", {{"uri", p.uri()}}}});
  case 'F': return request("textDocument/formatting", {{"textDocument", {{"uri", p.uri()}}}});
  case 'R': {
    const char* uri = p.uri();
    return request("blueprint/render", {{"textDocument", {{"uri", uri}}}, {"highlightFindings", (p.byte() & 1) != 0}});
  }
  case 'w': return request("workspace/symbol", {{"query", p.rest()}});
  case 'S': return request("shutdown", nullptr);
  case 'E': may_have_ended = true; return notify("exit", nullptr);
  case 'j': return raw(p.rest()); // any body, framed
  case 'J':                       // any bytes, unframed: the framing may break here
    may_have_ended = true;
    input += p.rest();
    return;
  case 'm': { // a request whose parameters are any JSON
    const char* method = positional[p.byte() % std::size(positional)];
    const std::string text = p.rest();
    json params = json::parse(text, nullptr, false);
    if (params.is_discarded()) params = text;
    return request(method, std::move(params));
  }
  default: return change(uris[0], {{"text", std::string(record)}});
  }
}

// The messages the server wrote; aborts on a frame that is not JSON.
std::vector<json> written_messages(std::string_view out) {
  std::vector<json> messages;
  while (!out.empty()) {
    const std::size_t headers_end = out.find("\r\n\r\n");
    if (!out.starts_with("Content-Length: ") || headers_end == std::string_view::npos) std::abort();
    const std::size_t length = std::stoul(std::string(out.substr(16, headers_end - 16)));
    if (headers_end + 4 + length > out.size()) std::abort();
    messages.push_back(json::parse(out.substr(headers_end + 4, length))); // throws, and so aborts, if not JSON
    out.remove_prefix(headers_end + 4 + length);
  }
  return messages;
}

void check_answers(const Session& session, const std::vector<json>& messages) {
  std::map<std::string, int> answers;
  for (const json& m : messages) {
    if (!m.is_object() || m.value("jsonrpc", "") != "2.0") std::abort();
    if (!m.contains("id")) continue; // a notification: publishDiagnostics
    if (m.contains("result") == m.contains("error")) std::abort();
    if (m["id"].is_string()) ++answers[m["id"].get<std::string>()];
  }
  for (const std::string& id : session.expected_ids) {
    if (answers[id] < 1) std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The diagnostics' explanation pages go to a cache of the fuzzer's own.
  static const std::string cache = (std::filesystem::temp_directory_path() / "blueprint-fuzz-lsp-cache").string();
  ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Session session;
  session.request("initialize", {{"capabilities", json::object()}});
  std::size_t records = 0;
  for (std::size_t begin = 0; begin <= input.size() && records < 256; ++records) {
    const std::size_t end = std::min(input.find('\x1e', begin), input.size());
    if (end > begin) session.message(input.substr(begin, end - begin));
    begin = end + 1;
  }
  std::string out;
  bp::lsp::Transport transport(std::move(session.input), out);
  bp::lsp::Server server(transport);
  const int status = server.run();
  if (status != 0 && status != 1) std::abort();
  check_answers(session, written_messages(out));
  return 0;
}
