#include "compiler/driver/compile.hpp"

#include "compiler/check/run_checks.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/model/builder.hpp"
#include "compiler/syntax/parser.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::driver {

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
  if (result.tree.blueprint.present) result.blueprint = model::build(result.tree, result.diagnostics, options.limits);
  if (options.run_checks && !result.has_errors()) {
    diag::Diagnostics findings = check::run_checks(result.blueprint, options.levels, options.settings);
    result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(findings.begin()),
                              std::make_move_iterator(findings.end()));
  }
  diag::sort_by_position(result.diagnostics);
  return result;
}

} // namespace bp::driver
