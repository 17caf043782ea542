// Diagnostics in LSP form: code, link to the check's page, related locations.

#include "compiler/diag/check_table.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/wording/catalog.hpp"

namespace bp::lsp {

namespace {

int severity_of(diag::Severity s) { return s == diag::Severity::error ? 1 : s == diag::Severity::warning ? 2 : 3; }

// The `import` of the document through which a library's span is reached: a
// problem in a library shows where the document brings it in.
source::Span import_in_document(const Analysis& a, source::Span span) {
  const model::Blueprint& b = a.blueprint();
  for (std::size_t hops = 0; hops <= b.libraries.size() && !a.in_document(span); ++hops) {
    const model::Library* library = b.library_of(span);
    if (!library) break;
    span = library->imported_at;
  }
  return a.in_document(span) ? span : source::Span{};
}

} // namespace

std::vector<Diagnostic> diagnostics(const Analysis& a, const std::string& uri,
                                    const std::function<std::string(std::string_view code)>& explanation_uri) {
  std::vector<Diagnostic> out;
  const source::SourceFile& file = a.file();
  for (const diag::Diagnostic& d : a.compiled.diagnostics) {
    Diagnostic item;
    const bool here = a.in_document(d.span);
    item.range = range_of(file, here ? d.span : import_in_document(a, d.span));
    item.severity = severity_of(d.severity);
    item.code = std::string(d.code);
    item.message = d.hint.empty() ? d.message
                                  : wording::format(wording::msg::editor_hint, fmt::arg("message", d.message),
                                                    fmt::arg("hint", d.hint));
    if (!here) {
      const source::SourceFile& in = a.compiled.file_at(d.span.begin);
      item.message = wording::format(wording::msg::editor_in_library, fmt::arg("file", in.name()),
                                     fmt::arg("message", item.message));
      item.related.push_back({a.location_of(d.span, uri), d.message});
    }
    item.href = explanation_uri(d.code);
    for (const diag::Related& r : d.related)
      item.related.push_back({a.location_of(r.span, uri), r.message});
    item.name = std::string(diag::name_of(d.code));
    item.replacement = d.replacement;
    out.push_back(std::move(item));
  }
  return out;
}

} // namespace bp::lsp
