#pragma once
// `blueprint lsp`: the language server. Owns the open documents and the protocol's
// state; checks each message's envelope, parses its parameters (protocol.hpp) and
// hands it, through a table of methods, to a feature in features.hpp.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/explanation_pages.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/protocol.hpp"
#include "compiler/lsp/transport.hpp"
#include "compiler/lsp/workspace.hpp"

#include <functional>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace bp::lsp {

class Server {
public:
  explicit Server(Transport& transport)
      : transport_(transport), loader_([this](const std::string& path) { return load(path); }) {}

  // Serves until `exit` or the end of input; the process's exit status: 0 after
  // `shutdown` and `exit`, else 1.
  int run();

private:
  using RequestHandler = std::function<nlohmann::json(Server&, const nlohmann::json& params)>;
  using NotificationHandler = std::function<void(Server&, const nlohmann::json& params)>;
  static const std::map<std::string_view, RequestHandler>& requests();
  static const std::map<std::string_view, NotificationHandler>& notifications();

  void handle(const std::string& body);
  void handle_message(const nlohmann::json& message);
  void handle_request(const std::string& method, const nlohmann::json& id, const nlohmann::json& params);
  void handle_notification(const std::string& method, const nlohmann::json& params);

  // Requests and notifications that need the server's state.
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json workspace_symbols(const nlohmann::json& params);
  nlohmann::json render(const nlohmann::json& params);
  // References and rename reach every file of the workspace that imports the
  // library declaring the id.
  nlohmann::json references(const nlohmann::json& params);
  nlohmann::json rename(const nlohmann::json& params);
  // Calls `visit` with the analysis of each document and workspace file, other
  // than `uri`, that may use `symbol` (it imports something and names the id).
  void for_each_importer(const std::string& uri, const LibrarySymbol& symbol,
                         const std::function<void(const Analysis&, const std::string&)>& visit);
  void did_open(const nlohmann::json& params);
  void did_change(const nlohmann::json& params);
  void did_close(const nlohmann::json& params);

  // The open document with this URI, or an Invalid Params error.
  const Document& open_document(const std::string& uri) const;
  // A document's analysis, with its imports read from the open documents first
  // and the disk after (what the editor shows, saved or not).
  const Analysis& analysis_of(const Document& doc) const;
  driver::LoadedFile load(const std::string& path) const;
  // After any document changed: the ones that import may import it.
  void changed(const std::string& uri);
  // Its analysis, for a request about places in it: an Invalid Params error
  // when one is past the end of the text.
  const Analysis& analysis_at(const std::string& uri, std::initializer_list<Position> at) const;
  nlohmann::json published_diagnostics(const Document& doc);
  void publish_diagnostics();
  void clear_diagnostics(const std::string& uri);

  void respond(const nlohmann::json& id, nlohmann::json result);
  void respond_error(const nlohmann::json& id, int code, const std::string& message);

  Transport& transport_;
  std::map<std::string, Document> documents_;
  driver::FileLoader loader_;
  std::set<std::string> stale_;  // documents whose diagnostics are not yet published
  std::uint64_t generation_ = 0; // counts the changes to open documents
  WorkspaceIndex workspace_;
  ExplanationPages explanations_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exit_ = false;
};

} // namespace bp::lsp
