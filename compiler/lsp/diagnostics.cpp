// Diagnostics in LSP form: code, link to the check's page, related locations.

#include "compiler/diag/check_table.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/wording/catalog.hpp"

namespace bp::lsp {

namespace {

int severity_of(diag::Severity s) { return s == diag::Severity::error ? 1 : s == diag::Severity::warning ? 2 : 3; }

} // namespace

std::vector<Diagnostic> diagnostics(const Analysis& a, const std::string& uri,
                                    const std::function<std::string(std::string_view code)>& explanation_uri) {
  std::vector<Diagnostic> out;
  const source::SourceFile& file = a.file();
  for (const diag::Diagnostic& d : a.compiled.diagnostics) {
    Diagnostic item;
    item.range = range_of(file, d.span);
    item.severity = severity_of(d.severity);
    item.code = std::string(d.code);
    item.message = d.hint.empty() ? d.message
                                  : wording::format(wording::msg::editor_hint, fmt::arg("message", d.message),
                                                    fmt::arg("hint", d.hint));
    item.href = explanation_uri(d.code);
    for (const diag::Related& r : d.related)
      item.related.push_back({{uri, range_of(file, r.span)}, r.message});
    item.name = std::string(diag::name_of(d.code));
    item.replacement = d.replacement;
    out.push_back(std::move(item));
  }
  return out;
}

} // namespace bp::lsp
