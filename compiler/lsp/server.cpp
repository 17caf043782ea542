#include "compiler/lsp/server.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/sarif_printer.hpp"
#include "compiler/lsp/features.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace bp::lsp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// JSON-RPC and LSP error codes.
constexpr int parse_error = -32700, invalid_request = -32600, method_not_found = -32601, invalid_params = -32602,
              internal_error = -32603, server_not_initialized = -32002, request_failed = -32803;

constexpr std::size_t max_workspace_files = 2000;
constexpr std::uintmax_t max_workspace_file_bytes = 4u << 20;

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
  };
}

// Where the check pages linked from diagnostics are written: the user's cache.
std::string cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return xdg;
  if (const char* home = std::getenv("HOME"); home && *home == '/') return std::string(home) + "/.cache";
  return "/tmp/blueprint-" + std::to_string(::getuid());
}

// A folder under which nobody keeps blueprints worth indexing.
bool skipped_folder(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.starts_with(".") || name == "node_modules" || name.starts_with("build");
}

} // namespace

int Server::run() {
  while (const std::optional<std::string> body = transport_.read()) {
    json message;
    try {
      message = json::parse(*body);
    } catch (const json::parse_error&) {
      respond_error(nullptr, parse_error, "the message is not JSON");
      continue;
    }
    if (message.is_object() && message.value("method", "") == "exit") return shutdown_ ? 0 : 1;
    handle(message);
    // Diagnostics wait until the editor has no more changes queued: one check per
    // burst of typing, not per keystroke.
    if (!stale_.empty() && !transport_.has_pending()) publish_diagnostics();
  }
  return shutdown_ ? 0 : 1;
}

void Server::handle(const json& message) {
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    if (message.is_object() && message.contains("id") && !message.contains("result") && !message.contains("error"))
      respond_error(message["id"], invalid_request, "a request needs a method");
    return; // a response to a request of ours, or junk
  }
  const std::string method = message["method"];
  const json params = message.value("params", json::object());
  if (!message.contains("id")) {
    try {
      handle_notification(method, params);
    } catch (const json::exception&) {
      // A malformed notification has nobody to answer; it changes nothing.
    }
    return;
  }
  const json& id = message["id"];
  try {
    handle_request(method, id, params);
  } catch (const json::exception& e) {
    respond_error(id, invalid_params, std::string("invalid parameters: ") + e.what());
  } catch (const std::exception& e) {
    respond_error(id, internal_error, e.what());
  }
}

void Server::handle_request(const std::string& method, const json& id, const json& params) {
  if (method == "initialize") {
    if (initialized_) return respond_error(id, invalid_request, "the server is already initialized");
    return respond(id, initialize(params));
  }
  if (!initialized_) return respond_error(id, server_not_initialized, "the server is not initialized yet");
  if (shutdown_) return respond_error(id, invalid_request, "the server is shutting down");
  if (method == "shutdown") {
    shutdown_ = true;
    return respond(id, nullptr);
  }
  if (method == "workspace/symbol") return respond(id, workspace_symbols(params.value("query", "")));
  if (!method.starts_with("textDocument/")) return respond_error(id, method_not_found, "unknown method " + method);
  Document* doc = document(params);
  if (!doc) return respond_error(id, invalid_params, "the document is not open");
  const Analysis& a = doc->analysis();
  const std::string& uri = doc->uri();
  if (method == "textDocument/hover") return respond(id, hover(a, params));
  if (method == "textDocument/definition") return respond(id, definition(a, params, uri));
  if (method == "textDocument/references") return respond(id, references(a, params, uri));
  if (method == "textDocument/documentHighlight") return respond(id, document_highlight(a, params));
  if (method == "textDocument/prepareRename") return respond(id, prepare_rename(a, params));
  if (method == "textDocument/rename") {
    auto result = rename(a, params, uri);
    if (auto* problem = std::get_if<std::string>(&result)) return respond_error(id, request_failed, *problem);
    return respond(id, std::get<json>(std::move(result)));
  }
  if (method == "textDocument/documentSymbol") return respond(id, document_symbols(a));
  if (method == "textDocument/completion") return respond(id, completion(a, params));
  if (method == "textDocument/formatting") return respond(id, formatting(a));
  if (method == "textDocument/codeAction") return respond(id, code_actions(a, params, uri));
  respond_error(id, method_not_found, "unknown method " + method);
}

void Server::handle_notification(const std::string& method, const json& params) {
  if (!initialized_) return; // before `initialize`, notifications are dropped (but `exit`)
  if (method == "textDocument/didOpen") {
    const json& d = params.at("textDocument");
    const std::string uri = d.at("uri");
    documents_.insert_or_assign(uri, Document(uri, d.at("text"), d.value("version", std::int64_t{0})));
    stale_.insert(uri);
  } else if (method == "textDocument/didChange") {
    Document* doc = document(params);
    if (!doc) return;
    for (const json& change : params.at("contentChanges"))
      doc->apply_change(change);
    doc->set_version(params["textDocument"].value("version", doc->version()));
    stale_.insert(doc->uri());
  } else if (method == "textDocument/didClose") {
    const std::string uri = params.at("textDocument").at("uri");
    documents_.erase(uri);
    stale_.erase(uri);
    clear_diagnostics(uri);
  }
  // initialized, didSave, $/cancelRequest, configuration changes: nothing to do.
}

json Server::initialize(const json& params) {
  initialized_ = true;
  scan_workspace(params);
  return {{"capabilities", capabilities()}, {"serverInfo", {{"name", "blueprint"}, {"version", BLUEPRINT_VERSION}}}};
}

void Server::scan_workspace(const json& params) {
  std::vector<std::string> roots;
  if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array()) {
    for (const json& f : params["workspaceFolders"])
      roots.push_back(name_of_uri(f.value("uri", "")));
  } else if (params.contains("rootUri") && params["rootUri"].is_string()) {
    roots.push_back(name_of_uri(params["rootUri"]));
  }
  for (const std::string& root : roots) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end && workspace_files_.size() < max_workspace_files; it.increment(ec)) {
      if (it->is_directory(ec) && skipped_folder(it->path())) {
        it.disable_recursion_pending();
      } else if (it->is_regular_file(ec) && it->path().extension() == ".blueprint") {
        workspace_files_.push_back(it->path().string());
      }
    }
  }
  std::sort(workspace_files_.begin(), workspace_files_.end());
}

json Server::workspace_symbols(const std::string& query) {
  json out = json::array();
  std::set<std::string> seen;
  for (const auto& [uri, doc] : documents_) {
    lsp::workspace_symbols(doc.analysis(), uri, query, out);
    seen.insert(uri);
  }
  for (const std::string& path : workspace_files_) {
    const std::string uri = diag::path_to_uri(path);
    if (seen.count(uri)) continue;
    if (const auto analysis = workspace_file(path)) lsp::workspace_symbols(*analysis, uri, query, out);
  }
  return out;
}

// A blueprint on disk that is not open, analysed again only when it changed.
std::shared_ptr<const Analysis> Server::workspace_file(const std::string& path) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > max_workspace_file_bytes) return nullptr;
  const fs::file_time_type modified = fs::last_write_time(path, ec);
  if (ec) return nullptr;
  WorkspaceFile& cached = workspace_cache_[path];
  if (!cached.analysis || cached.modified != modified || cached.size != size) {
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    cached = {modified, size, analyze(std::move(text), path)};
  }
  return cached.analysis;
}

void Server::publish_diagnostics() {
  for (const std::string& uri : stale_) {
    const auto it = documents_.find(uri);
    if (it == documents_.end()) continue;
    const Document& doc = it->second;
    transport_.write({{"jsonrpc", "2.0"},
                      {"method", "textDocument/publishDiagnostics"},
                      {"params",
                       {{"uri", uri},
                        {"version", doc.version()},
                        {"diagnostics", diagnostics(doc.analysis(), uri, [this](std::string_view code) {
                           return explanation_uri(code);
                         })}}}});
  }
  stale_.clear();
}

void Server::clear_diagnostics(const std::string& uri) {
  transport_.write({{"jsonrpc", "2.0"},
                    {"method", "textDocument/publishDiagnostics"},
                    {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
}

// A `file://` link to the check's page, written once into the user's cache, so
// the code in the Problems panel opens the same page as `blueprint explain`.
std::string Server::explanation_uri(std::string_view code) {
  const diag::CheckInfo* check = diag::find_check(code);
  if (!check) return {};
  if (explanations_dir_.empty()) explanations_dir_ = cache_dir() + "/blueprint/" + BLUEPRINT_VERSION + "/checks";
  const fs::path page = fs::path(explanations_dir_) / (std::string(check->code) + ".md");
  std::error_code ec;
  if (!fs::exists(page, ec)) {
    fs::create_directories(page.parent_path(), ec);
    const fs::path tmp = page.string() + "." + std::to_string(::getpid()) + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary);
      out << diag::explanation(*check);
      if (!out) return {};
    }
    fs::rename(tmp, page, ec);
    if (ec) {
      fs::remove(tmp, ec);
      return {};
    }
  }
  return diag::path_to_uri(page.string());
}

Document* Server::document(const json& params) {
  const auto it = documents_.find(params.at("textDocument").at("uri").get<std::string>());
  return it == documents_.end() ? nullptr : &it->second;
}

void Server::respond(const json& id, json result) {
  transport_.write({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::respond_error(const json& id, int code, const std::string& message) {
  transport_.write({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

} // namespace bp::lsp
