#include "compiler/driver/compile.hpp"

#include "compiler/check/run_checks.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/driver/imports.hpp"
#include "compiler/model/builder.hpp"
#include "compiler/syntax/parser.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::driver {

namespace {

std::vector<model::LibraryTree> libraries_of(const std::vector<ImportedFile>& imports) {
  std::vector<model::LibraryTree> libraries;
  for (const ImportedFile& file : imports) {
    // A blueprint imported by mistake is reported; its declarations are not used.
    if (!file.tree.blueprint.library) continue;
    libraries.push_back(
        {file.source->name(), &file.tree,
         source::Span{static_cast<std::uint32_t>(file.source->base()), static_cast<std::uint32_t>(file.source->end())},
         file.imported_at});
  }
  return libraries;
}

} // namespace

const source::SourceFile& CompileResult::file_at(std::size_t offset) const { return checked().file_at(offset); }

CompileResult compile(std::string source_text, const CompileOptions& options) {
  CompileResult result;
  if (source_text.size() > options.limits.max_file_bytes) {
    result.source = std::make_shared<const source::SourceFile>(options.file_name, std::string());
    const std::string message = wording::format(wording::msg::diag_file_too_large, fmt::arg("size", source_text.size()),
                                                fmt::arg("limit", options.limits.max_file_bytes));
    result.diagnostics.push_back(diag::error(diag::checks::invalid_value, source::Span{}, message)
                                     .with_hint(wording::format(wording::msg::diag_file_too_large_hint)));
    return result;
  }
  result.source = std::make_shared<const source::SourceFile>(options.file_name, std::move(source_text));
  syntax::ParseResult parsed = syntax::parse(*result.source, options.limits);
  result.tree = std::move(parsed.tree);
  result.diagnostics = std::move(parsed.diagnostics);
  const std::size_t before = result.diagnostics.size();
  const std::vector<ImportedFile> imports =
      load_imports(*result.source, result.tree, options.load, options.limits, result.diagnostics);
  const bool incomplete = std::any_of(result.diagnostics.begin() + before, result.diagnostics.end(),
                                      [](const diag::Diagnostic& d) { return d.code == diag::checks::bad_import; });
  if (result.tree.blueprint.present) {
    const std::vector<model::LibraryTree> libraries = libraries_of(imports);
    result.blueprint = model::build(result.tree, result.diagnostics, options.limits, {libraries, incomplete});
  }
  for (const ImportedFile& file : imports)
    result.imported.push_back(file.source);
  // A library's checks are its blueprints': it has no service of its own.
  if (options.run_checks && !result.has_errors() && !result.blueprint.library) {
    diag::Diagnostics findings = check::run_checks(result.blueprint, options.levels, options.settings);
    result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(findings.begin()),
                              std::make_move_iterator(findings.end()));
  }
  diag::sort_by_position(result.diagnostics);
  return result;
}

} // namespace bp::driver
