// Diagnostics in LSP form: code, link to the check's page, related locations.

#include "compiler/diag/check_table.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"

namespace bp::lsp {

json diagnostics(const Analysis& a, const std::string& uri,
                 const std::function<std::string(std::string_view code)>& explanation_uri) {
  json out = json::array();
  const source::SourceFile& file = a.file();
  for (const diag::Diagnostic& d : a.compiled.diagnostics) {
    json item = {{"range", range(file, d.span)},
                 {"severity", d.severity == diag::Severity::error     ? 1
                              : d.severity == diag::Severity::warning ? 2
                                                                      : 3},
                 {"code", d.code},
                 {"source", "blueprint"},
                 {"message", d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint}};
    if (const std::string link = explanation_uri(d.code); !link.empty()) item["codeDescription"] = {{"href", link}};
    if (!d.related.empty()) {
      json related = json::array();
      for (const diag::Related& r : d.related)
        related.push_back({{"location", {{"uri", uri}, {"range", range(file, r.span)}}}, {"message", r.message}});
      item["relatedInformation"] = std::move(related);
    }
    json data = {{"name", diag::name_of(d.code)}};
    if (!d.replacement.empty()) data["replacement"] = d.replacement;
    item["data"] = std::move(data);
    out.push_back(std::move(item));
  }
  return out;
}

} // namespace bp::lsp
