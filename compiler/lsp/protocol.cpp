// Parameters from JSON, checked member by member: a wrong type, a missing member
// or a number out of range is an Invalid Params error naming the member, never an
// exception from the JSON library or a read of something that is not there.

#include "compiler/lsp/protocol.hpp"

#include <fmt/format.h>

#include <limits>

namespace bp::lsp {

using nlohmann::json;

ResponseError invalid_params(const std::string& where, const std::string& problem) {
  return ResponseError(error_code::invalid_params, fmt::format("invalid parameters: `{}` {}", where, problem));
}

namespace {

// The protocol's `uinteger`.
constexpr std::int64_t max_uinteger = std::numeric_limits<std::int32_t>::max();

const char* type_name(const json& j) {
  return j.is_number_float() ? "a fractional number" : j.is_number() ? "a number" : j.type_name();
}

const json& object(const json& j, const std::string& where) {
  if (!j.is_object()) throw invalid_params(where, fmt::format("must be an object, not {}", type_name(j)));
  return j;
}

const json& member(const json& obj, const char* key, const std::string& where) {
  const auto it = obj.find(key);
  if (it == obj.end()) throw invalid_params(where + "." + key, "is missing");
  return *it;
}

const json* optional_member(const json& obj, const char* key) {
  const auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

std::string string(const json& j, const std::string& where) {
  if (!j.is_string()) throw invalid_params(where, fmt::format("must be a string, not {}", type_name(j)));
  return j.get<std::string>();
}

// An integer in [min, max]; a fractional number or one beyond int64 is refused,
// not rounded.
std::int64_t integer(const json& j, const std::string& where, std::int64_t min, std::int64_t max) {
  if (j.is_number_unsigned()) {
    if (j.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
      throw invalid_params(where, fmt::format("must be at most {}", max));
    return static_cast<std::int64_t>(j.get<std::uint64_t>());
  }
  if (!j.is_number_integer()) throw invalid_params(where, fmt::format("must be an integer, not {}", type_name(j)));
  const auto n = j.get<std::int64_t>();
  if (n < min || n > max) throw invalid_params(where, fmt::format("must be between {} and {}", min, max));
  return n;
}

bool boolean(const json& j, const std::string& where) {
  if (!j.is_boolean()) throw invalid_params(where, fmt::format("must be true or false, not {}", type_name(j)));
  return j.get<bool>();
}

std::string uri(const json& params) {
  const json& doc = object(member(params, "textDocument", "params"), "params.textDocument");
  return string(member(doc, "uri", "params.textDocument"), "params.textDocument.uri");
}

Position position(const json& j, const std::string& where) {
  object(j, where);
  return {static_cast<std::uint32_t>(integer(member(j, "line", where), where + ".line", 0, max_uinteger)),
          static_cast<std::uint32_t>(integer(member(j, "character", where), where + ".character", 0, max_uinteger))};
}

Range range(const json& j, const std::string& where) {
  object(j, where);
  return {position(member(j, "start", where), where + ".start"), position(member(j, "end", where), where + ".end")};
}

const json& params_object(const json& params) { return object(params, "params"); }

} // namespace

template <> TextDocumentParams from_proto(const json& params) { return {uri(params_object(params))}; }

template <> TextDocumentPositionParams from_proto(const json& params) {
  params_object(params);
  return {uri(params), position(member(params, "position", "params"), "params.position")};
}

template <> ReferenceParams from_proto(const json& params) {
  const auto at = from_proto<TextDocumentPositionParams>(params);
  ReferenceParams out;
  out.uri = at.uri;
  out.position = at.position;
  if (const json* context = optional_member(params, "context")) {
    object(*context, "params.context");
    if (const json* include = optional_member(*context, "includeDeclaration"))
      out.include_declaration = boolean(*include, "params.context.includeDeclaration");
  }
  return out;
}

template <> RenameParams from_proto(const json& params) {
  const auto at = from_proto<TextDocumentPositionParams>(params);
  return {at.uri, at.position, string(member(params, "newName", "params"), "params.newName")};
}

template <> CodeActionParams from_proto(const json& params) {
  params_object(params);
  return {uri(params), range(member(params, "range", "params"), "params.range")};
}

template <> WorkspaceSymbolParams from_proto(const json& params) {
  const json* query = optional_member(params_object(params), "query");
  return {query ? string(*query, "params.query") : std::string()};
}

template <> RenderParams from_proto(const json& params) {
  RenderParams out;
  out.uri = uri(params_object(params));
  if (const json* highlight = optional_member(params, "highlightFindings"))
    out.highlight_findings = boolean(*highlight, "params.highlightFindings");
  return out;
}

// Workspace folders are a convenience (workspace symbols): any that are not
// given as expected are left out rather than failing `initialize`.
template <> InitializeParams from_proto(const json& params) {
  InitializeParams out;
  if (params.is_null()) return out;
  params_object(params);
  if (const json* folders = optional_member(params, "workspaceFolders"); folders && folders->is_array()) {
    for (const json& f : *folders) {
      if (f.is_object() && f.contains("uri") && f["uri"].is_string()) out.workspace_roots.push_back(f["uri"]);
    }
  } else if (const json* root = optional_member(params, "rootUri"); root && root->is_string()) {
    out.workspace_roots.push_back(*root);
  }
  return out;
}

template <> DidOpenParams from_proto(const json& params) {
  const json& doc = object(member(params_object(params), "textDocument", "params"), "params.textDocument");
  DidOpenParams out{string(member(doc, "uri", "params.textDocument"), "params.textDocument.uri"),
                    string(member(doc, "text", "params.textDocument"), "params.textDocument.text"), 0};
  if (const json* version = optional_member(doc, "version"))
    out.version = integer(*version, "params.textDocument.version", std::numeric_limits<std::int64_t>::min(),
                          std::numeric_limits<std::int64_t>::max());
  return out;
}

template <> DidChangeParams from_proto(const json& params) {
  DidChangeParams out;
  out.uri = uri(params_object(params));
  if (const json* version = optional_member(params.at("textDocument"), "version"))
    out.version = integer(*version, "params.textDocument.version", std::numeric_limits<std::int64_t>::min(),
                          std::numeric_limits<std::int64_t>::max());
  const json& changes = member(params, "contentChanges", "params");
  if (!changes.is_array()) throw invalid_params("params.contentChanges", "must be an array");
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const std::string where = fmt::format("params.contentChanges[{}]", i);
    const json& change = object(changes[i], where);
    ContentChange c{std::nullopt, string(member(change, "text", where), where + ".text")};
    if (change.contains("range")) c.range = range(change["range"], where + ".range");
    out.changes.push_back(std::move(c));
  }
  return out;
}

json to_proto(Position position) { return {{"line", position.line}, {"character", position.character}}; }

json to_proto(const Range& range) { return {{"start", to_proto(range.start)}, {"end", to_proto(range.end)}}; }

json to_proto(const Location& location) { return {{"uri", location.uri}, {"range", to_proto(location.range)}}; }

json to_proto(const TextEdit& edit) { return {{"range", to_proto(edit.range)}, {"newText", edit.new_text}}; }

json to_proto(const WorkspaceEdit& edit) {
  json changes = json::object();
  for (const auto& [uri, edits] : edit.changes)
    changes[uri] = to_proto(edits);
  return {{"changes", std::move(changes)}};
}

json to_proto(const Hover& hover) {
  return {{"contents", {{"kind", "markdown"}, {"value", hover.markdown}}}, {"range", to_proto(hover.range)}};
}

json to_proto(const DocumentHighlight& highlight) {
  return {{"range", to_proto(highlight.range)}, {"kind", highlight.declaration ? 3 : 2}}; // 3: write, 2: read
}

json to_proto(const PrepareRename& prepared) {
  return {{"range", to_proto(prepared.range)}, {"placeholder", prepared.placeholder}};
}

json to_proto(const FoldingRange& fold) {
  json item = {{"startLine", fold.start_line}, {"endLine", fold.end_line}};
  if (fold.kind == FoldingRange::Kind::comment) item["kind"] = "comment";
  if (fold.kind == FoldingRange::Kind::region) item["kind"] = "region";
  return item;
}

json to_proto(const CompletionItem& item) {
  json out = {{"label", item.label}, {"kind", item.kind}};
  if (!item.detail.empty()) out["detail"] = item.detail;
  return out;
}

json to_proto(const CodeAction& action) {
  json out = {{"title", action.title}, {"kind", "quickfix"}, {"edit", to_proto(action.edit)}};
  if (action.diagnostic) out["diagnostics"] = json::array({to_proto(*action.diagnostic)});
  if (action.preferred) out["isPreferred"] = true;
  return out;
}

json to_proto(const Diagnostic& d) {
  json out = {{"range", to_proto(d.range)},
              {"severity", d.severity},
              {"code", d.code},
              {"source", "blueprint"},
              {"message", d.message}};
  if (!d.href.empty()) out["codeDescription"] = {{"href", d.href}};
  if (!d.related.empty()) {
    json related = json::array();
    for (const DiagnosticRelated& r : d.related)
      related.push_back({{"location", to_proto(r.location)}, {"message", r.message}});
    out["relatedInformation"] = std::move(related);
  }
  json data = {{"name", d.name}};
  if (!d.replacement.empty()) data["replacement"] = d.replacement;
  out["data"] = std::move(data);
  return out;
}

json to_proto(const DocumentSymbol& symbol) {
  json out = {{"name", symbol.name},
              {"detail", symbol.detail},
              {"kind", symbol.kind},
              {"range", to_proto(symbol.range)},
              {"selectionRange", to_proto(symbol.selection_range)}};
  if (symbol.has_children) out["children"] = to_proto(symbol.children);
  return out;
}

json to_proto(const SymbolInformation& symbol) {
  return {{"name", symbol.name},
          {"kind", symbol.kind},
          {"location", to_proto(symbol.location)},
          {"containerName", symbol.container}};
}

} // namespace bp::lsp
