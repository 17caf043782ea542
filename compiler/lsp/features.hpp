#pragma once
// The language features, one function per request, each a pure function of a
// document's analysis and the request's parsed parameters (protocol.hpp),
// returning the result in protocol form. The server owns the state and the
// protocol; these own the meaning.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/protocol.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace bp::lsp {

using nlohmann::json;

// textDocument/publishDiagnostics `diagnostics`. `explanation_uri` gives the link
// to a check's page (empty: no link).
std::vector<Diagnostic> diagnostics(const Analysis& a, const std::string& uri,
                                    const std::function<std::string(std::string_view code)>& explanation_uri);

std::optional<Hover> hover(const Analysis& a, Position at);
std::optional<Location> definition(const Analysis& a, Position at, const std::string& uri);
std::vector<Location> references(const Analysis& a, const ReferenceParams& params);
std::vector<DocumentHighlight> document_highlight(const Analysis& a, Position at);
std::optional<PrepareRename> prepare_rename(const Analysis& a, Position at);
// The edit, or an error message for the user when the new name cannot be used.
std::variant<WorkspaceEdit, std::string> rename(const Analysis& a, const RenameParams& params);
// A library's declaration used in other files: the library (file name) and id
// of the symbol under the cursor when a library declares it, else nothing.
struct LibrarySymbol {
  std::string file;
  std::string id;
};
std::optional<LibrarySymbol> library_symbol(const Analysis& a, Position at);
// Where `other` (a document that may import the library) uses that symbol, its
// declaration left out.
std::vector<Location> uses_in(const Analysis& other, const std::string& other_uri, const LibrarySymbol& symbol);
// A rename's edits in `other`, or an error message when the new name is taken there.
std::variant<std::vector<Location>, std::string> renames_in(const Analysis& other, const std::string& other_uri,
                                                            const LibrarySymbol& symbol, const std::string& new_name);
std::vector<DocumentSymbol> document_symbols(const Analysis& a);
std::vector<CompletionItem> completion(const Analysis& a, Position at);
// The edits to the canonical layout; none while the text has syntax errors.
std::optional<std::vector<TextEdit>> formatting(const Analysis& a);
std::vector<CodeAction> code_actions(const Analysis& a, const CodeActionParams& params);
// The blueprint, its stages, standards, steps with blocks, fail and wait blocks,
// runs of whole-line comments and `# region` ... `# endregion`, from the syntax tree.
std::vector<FoldingRange> folding_ranges(const Analysis& a);

// blueprint/render: the diagram as SVG, none when the blueprint has errors; a
// failure when Graphviz could not draw it.
diag::Result<std::optional<std::string>> render_preview(const Analysis& a, bool highlight_findings);

} // namespace bp::lsp
