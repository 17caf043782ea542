#pragma once
// The one front door: source text in, model and diagnostics out. The CLI, tests,
// language server, benchmarks and fuzzers all call this.

#include "compiler/check/checked_blueprint.hpp"
#include "compiler/check/levels.hpp"
#include "compiler/check/settings.hpp"
#include "compiler/diag/diagnostic.hpp"
#include "compiler/diag/report.hpp"
#include "compiler/driver/file_loader.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <memory>
#include <string>

namespace bp::driver {

struct CompileOptions {
  std::string file_name = "<input>";
  // Design checks run only on a blueprint without errors: on a broken model they
  // would mostly repeat the errors.
  bool run_checks = true;
  check::LevelOptions levels;
  check::CheckSettings settings;
  source::Limits limits;
  // Reads what the file imports; without one, an `import` is an error (BP006):
  // nothing reads the disk unless the caller says so.
  FileLoader load;

  static CompileOptions for_file(std::string name) {
    CompileOptions options;
    options.file_name = std::move(name);
    return options;
  }
};

struct CompileResult {
  std::shared_ptr<const source::SourceFile> source;
  // The libraries it imports, each after those it imports; a span past the
  // file's own text is in one of them (source/source_file.hpp).
  std::vector<std::shared_ptr<const source::SourceFile>> imported;
  syntax::SyntaxTree tree;       // the file's own
  model::Blueprint blueprint;    // partial when there are errors
  diag::Diagnostics diagnostics; // sorted by position

  bool has_errors() const { return diag::count(diagnostics).errors > 0; }
  // The view the back ends take.
  check::CheckedBlueprint checked() const { return {*source, blueprint, diagnostics, imported}; }
  // What the printers take: the diagnostics with every file they point into.
  diag::FileReport report() const { return {source, diagnostics, imported}; }
  // The file that holds an offset: the compiled file or one it imports.
  const source::SourceFile& file_at(std::size_t offset) const;
};

CompileResult compile(std::string source_text, const CompileOptions& options);

} // namespace bp::driver
