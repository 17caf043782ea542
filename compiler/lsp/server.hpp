#pragma once
// `blueprint lsp`: the language server. Owns the open documents and the protocol's
// state; hands each request to a feature in features.hpp.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/transport.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace bp::lsp {

class Server {
public:
  explicit Server(Transport& transport) : transport_(transport) {}

  // Serves until `exit` or the end of input; the process's exit status.
  int run();

private:
  void handle(const nlohmann::json& message);
  void handle_request(const std::string& method, const nlohmann::json& id, const nlohmann::json& params);
  void handle_notification(const std::string& method, const nlohmann::json& params);
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json workspace_symbols(const std::string& query);
  void publish_diagnostics();
  void clear_diagnostics(const std::string& uri);
  std::string explanation_uri(std::string_view code);
  Document* document(const nlohmann::json& params);
  void scan_workspace(const nlohmann::json& params);
  std::shared_ptr<const Analysis> workspace_file(const std::string& path);

  void respond(const nlohmann::json& id, nlohmann::json result);
  void respond_error(const nlohmann::json& id, int code, const std::string& message);

  Transport& transport_;
  std::map<std::string, Document> documents_;
  std::set<std::string> stale_;              // documents whose diagnostics are not yet published
  std::vector<std::string> workspace_files_; // .blueprint files under the workspace folders
  struct WorkspaceFile {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    std::shared_ptr<const Analysis> analysis;
  };
  std::map<std::string, WorkspaceFile> workspace_cache_; // analysed once per change on disk
  std::string explanations_dir_;                         // where check pages are written for diagnostic links
  bool initialized_ = false;
  bool shutdown_ = false;
};

} // namespace bp::lsp
