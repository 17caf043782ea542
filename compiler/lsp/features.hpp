#pragma once
// The language features, one function per request, each a pure function of a
// document's analysis and the request's parameters, returning the result JSON.
// The server owns the state and the protocol; these own the meaning.

#include "compiler/lsp/document.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <variant>

namespace bp::lsp {

using nlohmann::json;

// textDocument/publishDiagnostics `diagnostics`. `explanation_uri` gives the link
// to a check's page (empty: no link).
json diagnostics(const Analysis& a, const std::string& uri,
                 const std::function<std::string(std::string_view code)>& explanation_uri);

json hover(const Analysis& a, const json& params);
json definition(const Analysis& a, const json& params, const std::string& uri);
json references(const Analysis& a, const json& params, const std::string& uri);
json document_highlight(const Analysis& a, const json& params);
json prepare_rename(const Analysis& a, const json& params);
// The edit, or an error message for the user when the new name cannot be used.
std::variant<json, std::string> rename(const Analysis& a, const json& params, const std::string& uri);
json document_symbols(const Analysis& a);
// Symbols of one blueprint whose id or label contains `query` (any case).
void workspace_symbols(const Analysis& a, const std::string& uri, const std::string& query, json& out);
json completion(const Analysis& a, const json& params);
json formatting(const Analysis& a);
json code_actions(const Analysis& a, const json& params, const std::string& uri);

} // namespace bp::lsp
