#include "compiler/lsp/server.hpp"

#include "compiler/lsp/features.hpp"
#include "compiler/lsp/file_symbols.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/source/uri.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::lsp {

using nlohmann::json;
namespace code = error_code;

namespace {

json capabilities() {
  return {
      {"positionEncoding", "utf-16"},
      {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"documentHighlightProvider", true},
      {"renameProvider", {{"prepareProvider", true}}},
      {"documentSymbolProvider", true},
      {"workspaceSymbolProvider", true},
      {"completionProvider", {{"triggerCharacters", {">", ","}}}},
      {"documentFormattingProvider", true},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
      {"foldingRangeProvider", true},
      {"experimental", {{"blueprintRender", true}}}, // the `blueprint/render` request
  };
}

// JSON-RPC ids are strings, integers or null.
bool valid_id(const json& id) { return id.is_string() || id.is_number_integer() || id.is_null(); }

} // namespace

const std::map<std::string_view, Server::RequestHandler>& Server::requests() {
  using P = TextDocumentPositionParams;
  static const std::map<std::string_view, RequestHandler> table = {
      {"initialize", [](Server& s, const json& p) { return s.initialize(p); }},
      {"shutdown",
       [](Server& s, const json&) {
         s.shutdown_ = true;
         return json(nullptr);
       }},
      {"workspace/symbol", [](Server& s, const json& p) { return s.workspace_symbols(p); }},
      {"textDocument/hover",
       [](Server& s, const json& p) {
         const auto q = from_proto<P>(p);
         return to_proto(hover(s.analysis_at(q.uri, {q.position}), q.position));
       }},
      {"textDocument/definition",
       [](Server& s, const json& p) {
         const auto q = from_proto<P>(p);
         return to_proto(definition(s.analysis_at(q.uri, {q.position}), q.position, q.uri));
       }},
      {"textDocument/references", [](Server& s, const json& p) { return s.references(p); }},
      {"textDocument/documentHighlight",
       [](Server& s, const json& p) {
         const auto q = from_proto<P>(p);
         return to_proto(document_highlight(s.analysis_at(q.uri, {q.position}), q.position));
       }},
      {"textDocument/prepareRename",
       [](Server& s, const json& p) {
         const auto q = from_proto<P>(p);
         return to_proto(prepare_rename(s.analysis_at(q.uri, {q.position}), q.position));
       }},
      {"textDocument/rename", [](Server& s, const json& p) { return s.rename(p); }},
      {"textDocument/documentSymbol",
       [](Server& s, const json& p) {
         return to_proto(document_symbols(s.analysis_of(s.open_document(from_proto<TextDocumentParams>(p).uri))));
       }},
      {"textDocument/completion",
       [](Server& s, const json& p) {
         const auto q = from_proto<P>(p);
         return to_proto(completion(s.analysis_at(q.uri, {q.position}), q.position));
       }},
      {"textDocument/formatting",
       [](Server& s, const json& p) {
         return to_proto(formatting(s.analysis_of(s.open_document(from_proto<TextDocumentParams>(p).uri))));
       }},
      {"textDocument/codeAction",
       [](Server& s, const json& p) {
         const auto q = from_proto<CodeActionParams>(p);
         return to_proto(code_actions(s.analysis_at(q.uri, {q.range.start, q.range.end}), q));
       }},
      {"textDocument/foldingRange",
       [](Server& s, const json& p) {
         return to_proto(folding_ranges(s.analysis_of(s.open_document(from_proto<TextDocumentParams>(p).uri))));
       }},
      {"blueprint/render", [](Server& s, const json& p) { return s.render(p); }},
  };
  return table;
}

const std::map<std::string_view, Server::NotificationHandler>& Server::notifications() {
  // initialized, didSave, $/cancelRequest, configuration changes: nothing to do.
  static const std::map<std::string_view, NotificationHandler> table = {
      {"textDocument/didOpen", [](Server& s, const json& p) { s.did_open(p); }},
      {"textDocument/didChange", [](Server& s, const json& p) { s.did_change(p); }},
      {"textDocument/didClose", [](Server& s, const json& p) { s.did_close(p); }},
      {"exit", [](Server& s, const json&) { s.exit_ = true; }},
  };
  return table;
}

int Server::run() {
  while (!exit_) {
    const std::optional<std::string> body = transport_.read();
    if (!body) break;
    handle(*body);
    // Diagnostics wait until the editor has no more changes queued: one check per
    // burst of typing, not per keystroke.
    if (!exit_ && !stale_.empty() && !transport_.has_pending()) publish_diagnostics();
  }
  // Success is `shutdown` then `exit`; the input ending is a lost client, even
  // after `shutdown`.
  return exit_ && shutdown_ ? 0 : 1;
}

void Server::handle(const std::string& body) {
  json message;
  try {
    message = json::parse(body);
  } catch (const json::exception&) { // not JSON, or a number too large for a double (1e400)
    return respond_error(nullptr, code::parse_error, "the message is not JSON");
  }
  handle_message(message);
}

// The envelope: an object with a string `method`, and for a request a string or
// integer `id`. Anything else is an Invalid Request, answered with a null id
// when the message's own id cannot be trusted.
void Server::handle_message(const json& message) {
  if (message.is_array()) return respond_error(nullptr, code::invalid_request, "batches are not supported");
  if (!message.is_object()) return respond_error(nullptr, code::invalid_request, "a message must be an object");
  const auto id = message.find("id");
  if (id != message.end() && !valid_id(*id))
    return respond_error(nullptr, code::invalid_request, "`id` must be a string or an integer");
  const auto method = message.find("method");
  if (method == message.end()) {
    if (id != message.end() && (message.contains("result") || message.contains("error"))) return; // an answer to us
    return respond_error(id == message.end() ? json(nullptr) : *id, code::invalid_request, "a request needs a method");
  }
  if (!method->is_string()) {
    return respond_error(id == message.end() ? json(nullptr) : *id, code::invalid_request, "`method` must be a string");
  }
  const json params = message.value("params", json());
  if (id == message.end()) return handle_notification(method->get<std::string>(), params);
  handle_request(method->get<std::string>(), *id, params);
}

void Server::handle_request(const std::string& method, const json& id, const json& params) {
  if (method != "initialize" && !initialized_)
    return respond_error(id, code::server_not_initialized, "the server is not initialized yet");
  if (shutdown_) return respond_error(id, code::invalid_request, "the server is shutting down");
  const auto handler = requests().find(method);
  if (handler == requests().end()) return respond_error(id, code::method_not_found, "unknown method " + method);
  try {
    respond(id, handler->second(*this, params));
  } catch (const ResponseError& e) {
    respond_error(id, e.code, e.what());
  } catch (const std::exception& e) {
    respond_error(id, code::internal_error, e.what());
  }
}

// A notification has nobody to answer: a malformed one is dropped and changes
// nothing.
void Server::handle_notification(const std::string& method, const json& params) {
  if (!initialized_ && method != "exit") return; // before `initialize`, notifications are dropped
  const auto handler = notifications().find(method);
  if (handler == notifications().end()) return;
  try {
    handler->second(*this, params);
  } catch (const std::exception&) {
  }
}

json Server::initialize(const json& params) {
  if (initialized_) throw ResponseError(code::invalid_request, "the server is already initialized");
  const auto p = from_proto<InitializeParams>(params);
  initialized_ = true;
  std::vector<std::string> roots;
  for (const std::string& uri : p.workspace_roots)
    roots.push_back(source::name_of_uri(uri));
  workspace_.crawl(roots);
  return {{"capabilities", capabilities()}, {"serverInfo", {{"name", "blueprint"}, {"version", BLUEPRINT_VERSION}}}};
}

json Server::workspace_symbols(const json& params) {
  const auto p = from_proto<WorkspaceSymbolParams>(params);
  std::vector<SymbolInformation> out;
  std::set<std::string> seen;
  for (const auto& [uri, doc] : documents_) {
    lsp::workspace_symbols(file_symbols(analysis_of(doc)), uri, p.query, out);
    seen.insert(uri);
  }
  for (const std::string& path : workspace_.files()) {
    const std::string uri = source::path_to_uri(path);
    if (seen.count(uri)) continue;
    if (const auto symbols = workspace_.symbols(path)) lsp::workspace_symbols(*symbols, uri, p.query, out);
  }
  return to_proto(out);
}

void Server::for_each_importer(const std::string& uri, const LibrarySymbol& symbol,
                               const std::function<void(const Analysis&, const std::string&)>& visit) {
  const auto may_use = [&](const std::string& text) {
    return text.find("import") != std::string::npos && text.find(symbol.id) != std::string::npos;
  };
  std::set<std::string> seen{uri};
  for (const auto& [other, doc] : documents_) {
    seen.insert(other);
    if (other != uri && may_use(doc.text())) visit(analysis_of(doc), other);
  }
  for (const std::string& path : workspace_.files()) {
    const std::string other = source::path_to_uri(path);
    if (seen.count(other)) continue;
    driver::LoadedFile file = driver::read_from_disk(path, source::Limits{}.max_file_bytes);
    if (file.text && may_use(*file.text)) visit(*analyze(std::move(*file.text), path, loader_), other);
  }
}

json Server::references(const json& params) {
  const auto q = from_proto<ReferenceParams>(params);
  const Analysis& a = analysis_at(q.uri, {q.position});
  std::vector<Location> out = lsp::references(a, q);
  if (const auto symbol = library_symbol(a, q.position)) {
    for_each_importer(q.uri, *symbol, [&](const Analysis& other, const std::string& uri) {
      for (Location& at : uses_in(other, uri, *symbol))
        out.push_back(std::move(at));
    });
  }
  return to_proto(out);
}

json Server::rename(const json& params) {
  const auto q = from_proto<RenameParams>(params);
  const Analysis& a = analysis_at(q.uri, {q.position});
  auto result = lsp::rename(a, q);
  if (auto* problem = std::get_if<std::string>(&result)) throw ResponseError(code::request_failed, *problem);
  WorkspaceEdit edit = std::get<WorkspaceEdit>(std::move(result));
  if (const auto symbol = library_symbol(a, q.position)) {
    for_each_importer(q.uri, *symbol, [&](const Analysis& other, const std::string& uri) {
      auto more = renames_in(other, uri, *symbol, q.new_name);
      if (auto* problem = std::get_if<std::string>(&more)) throw ResponseError(code::request_failed, *problem);
      for (Location& at : std::get<std::vector<Location>>(more)) {
        auto& edits = edit.changes[at.uri];
        const bool known = std::any_of(edits.begin(), edits.end(),
                                       [&](const TextEdit& e) { return to_proto(e.range) == to_proto(at.range); });
        if (!known) edits.push_back({at.range, q.new_name});
      }
    });
  }
  return to_proto(edit);
}

// The preview's diagram, from the same analysis as the published diagnostics.
json Server::render(const json& params) {
  const auto p = from_proto<RenderParams>(params);
  const Document& doc = open_document(p.uri);
  const diag::Result<std::optional<std::string>> preview = render_preview(analysis_of(doc), p.highlight_findings);
  if (!preview) throw ResponseError(code::request_failed, preview.error());
  return {{"svg", *preview ? json(**preview) : json(nullptr)},
          {"diagnostics", published_diagnostics(doc)},
          {"version", doc.version()}};
}

void Server::did_open(const json& params) {
  auto p = from_proto<DidOpenParams>(params);
  const std::string uri = p.uri;
  documents_.insert_or_assign(uri, Document(std::move(p.uri), std::move(p.text), p.version));
  changed(uri);
}

void Server::changed(const std::string& uri) {
  if (documents_.count(uri)) stale_.insert(uri);
  ++generation_;
  // Without compiling them: a document that never says `import` imports nothing.
  for (const auto& [other, doc] : documents_) {
    if (doc.text().find("import") != std::string::npos) stale_.insert(other);
  }
}

driver::LoadedFile Server::load(const std::string& path) const {
  for (const auto& [uri, doc] : documents_) {
    if (source::name_of_uri(uri) == path) return {doc.text(), {}};
  }
  return driver::read_from_disk(path, source::Limits{}.max_file_bytes);
}

const Analysis& Server::analysis_of(const Document& doc) const { return doc.analysis(loader_, generation_); }

void Server::did_change(const json& params) {
  const auto p = from_proto<DidChangeParams>(params);
  const auto it = documents_.find(p.uri);
  if (it == documents_.end()) return;
  Document& doc = it->second;
  if (!doc.apply_changes(p.changes)) return; // a range past the text: the editor and we disagree
  if (p.version) doc.set_version(*p.version);
  changed(doc.uri());
}

void Server::did_close(const json& params) {
  const std::string uri = from_proto<TextDocumentParams>(params).uri;
  documents_.erase(uri);
  stale_.erase(uri);
  clear_diagnostics(uri);
  changed(uri); // who imports it reads it from the disk now
}

const Document& Server::open_document(const std::string& uri) const {
  const auto it = documents_.find(uri);
  if (it == documents_.end())
    throw ResponseError(code::invalid_params, fmt::format("the document {} is not open", uri));
  return it->second;
}

const Analysis& Server::analysis_at(const std::string& uri, std::initializer_list<Position> at) const {
  const Analysis& a = analysis_of(open_document(uri));
  for (const Position p : at) {
    if (!in_text(a.file(), p)) {
      throw invalid_params("params.position", fmt::format("line {} is past the end of the document ({} lines)", p.line,
                                                          a.file().line_count()));
    }
  }
  return a;
}

json Server::published_diagnostics(const Document& doc) {
  return to_proto(
      diagnostics(analysis_of(doc), doc.uri(), [this](std::string_view code) { return explanations_.uri(code); }));
}

void Server::publish_diagnostics() {
  for (const std::string& uri : stale_) {
    const auto it = documents_.find(uri);
    if (it == documents_.end()) continue;
    const Document& doc = it->second;
    transport_.write(
        {{"jsonrpc", "2.0"},
         {"method", "textDocument/publishDiagnostics"},
         {"params", {{"uri", uri}, {"version", doc.version()}, {"diagnostics", published_diagnostics(doc)}}}});
  }
  stale_.clear();
}

void Server::clear_diagnostics(const std::string& uri) {
  transport_.write({{"jsonrpc", "2.0"},
                    {"method", "textDocument/publishDiagnostics"},
                    {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
}

void Server::respond(const json& id, json result) {
  transport_.write({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::respond_error(const json& id, int code, const std::string& message) {
  transport_.write({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

} // namespace bp::lsp
