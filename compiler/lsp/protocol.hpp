#pragma once
// The protocol's types: each request's and notification's parameters parsed once,
// from JSON into these structs (from_proto), with a JSON-RPC error for anything
// malformed; results go back to JSON through to_proto. Features see only these.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace bp::lsp {

// JSON-RPC and LSP error codes.
namespace error_code {
inline constexpr int parse_error = -32700, invalid_request = -32600, method_not_found = -32601, invalid_params = -32602,
                     internal_error = -32603, server_not_initialized = -32002, request_failed = -32803;
}

// A request that cannot be answered with a result: its JSON-RPC error.
struct ResponseError : std::runtime_error {
  ResponseError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

// Malformed parameters: `where` is the JSON path of the offending member.
ResponseError invalid_params(const std::string& where, const std::string& problem);

// LSP positions: 0-based line, UTF-16 code units into it.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
};

struct Range {
  Position start, end;
};

struct TextDocumentParams { // documentSymbol, formatting, foldingRange, didClose
  std::string uri;
};

struct TextDocumentPositionParams { // hover, definition, highlight, prepareRename, completion
  std::string uri;
  Position position;
};

struct ReferenceParams {
  std::string uri;
  Position position;
  bool include_declaration = true;
};

struct RenameParams {
  std::string uri;
  Position position;
  std::string new_name;
};

struct CodeActionParams {
  std::string uri;
  Range range;
};

struct WorkspaceSymbolParams {
  std::string query;
};

struct RenderParams { // blueprint/render
  std::string uri;
  bool highlight_findings = false;
};

struct InitializeParams {
  std::vector<std::string> workspace_roots; // file names of the workspace folders
};

struct DidOpenParams {
  std::string uri;
  std::string text;
  std::int64_t version = 0;
};

struct ContentChange {
  std::optional<Range> range; // none: the whole text
  std::string text;
};

struct DidChangeParams {
  std::string uri;
  std::optional<std::int64_t> version;
  std::vector<ContentChange> changes;
};

// Results.
struct Location {
  std::string uri;
  Range range;
};

struct TextEdit {
  Range range;
  std::string new_text;
};

struct WorkspaceEdit { // the changes, document by document (a rename reaches imported libraries)
  std::map<std::string, std::vector<TextEdit>> changes;
};

struct Hover {
  std::string markdown;
  Range range;
};

struct DocumentHighlight {
  Range range;
  bool declaration = false; // a write (where it is declared), else a read
};

struct PrepareRename {
  Range range;
  std::string placeholder;
};

struct DiagnosticRelated {
  Location location;
  std::string message;
};

// A finding as published (textDocument/publishDiagnostics) and sent with
// blueprint/render; `name` and `replacement` go in its `data`, for quick fixes.
struct Diagnostic {
  Range range;
  int severity = 1; // 1 error, 2 warning, 3 information
  std::string code;
  std::string message;
  std::string href; // the check's page; empty: no link
  std::vector<DiagnosticRelated> related;
  std::string name;
  std::string replacement;
};

struct CodeAction { // a quick fix
  std::string title;
  WorkspaceEdit edit;
  std::optional<Diagnostic> diagnostic; // the one it fixes
  bool preferred = false;
};

struct CompletionItem {
  std::string label;
  int kind = 0; // LSP CompletionItemKind
  std::string detail;
};

struct DocumentSymbol {
  std::string name;
  std::string detail;
  int kind = 0; // LSP SymbolKind
  Range range;
  Range selection_range;
  std::vector<DocumentSymbol> children; // given only for stages (their steps)
  bool has_children = false;
};

struct SymbolInformation { // workspace/symbol
  std::string name;
  int kind = 0;
  Location location;
  std::string container;
};

// textDocument/foldingRange results: whole lines, from `start_line` to `end_line`.
struct FoldingRange {
  enum class Kind { block, comment, region };
  std::uint32_t start_line = 0;
  std::uint32_t end_line = 0;
  Kind kind = Kind::block;
};

// from_proto<T>(params): the parameters of a message, or ResponseError(invalid_params).
template <typename T> T from_proto(const nlohmann::json& params);

nlohmann::json to_proto(Position position);
nlohmann::json to_proto(const Range& range);
nlohmann::json to_proto(const Location& location);
nlohmann::json to_proto(const TextEdit& edit);
nlohmann::json to_proto(const WorkspaceEdit& edit);
nlohmann::json to_proto(const Hover& hover);
nlohmann::json to_proto(const DocumentHighlight& highlight);
nlohmann::json to_proto(const PrepareRename& prepared);
nlohmann::json to_proto(const FoldingRange& fold);
nlohmann::json to_proto(const CompletionItem& item);
nlohmann::json to_proto(const CodeAction& action);
nlohmann::json to_proto(const Diagnostic& diagnostic);
nlohmann::json to_proto(const DocumentSymbol& symbol);
nlohmann::json to_proto(const SymbolInformation& symbol);

// Nothing is `null`; a list is an array.
template <typename T> nlohmann::json to_proto(const std::optional<T>& value) {
  return value ? to_proto(*value) : nlohmann::json(nullptr);
}
template <typename T> nlohmann::json to_proto(const std::vector<T>& values) {
  nlohmann::json out = nlohmann::json::array();
  for (const T& v : values)
    out.push_back(to_proto(v));
  return out;
}

} // namespace bp::lsp
