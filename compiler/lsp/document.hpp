#pragma once
// An open document: its text as the editor has it, kept in step with incremental
// changes, and its analysis (compiled once per version, on demand).

#include "compiler/driver/compile.hpp"
#include "compiler/lsp/protocol.hpp"
#include "compiler/lsp/symbol_index.hpp"

#include <memory>
#include <string>
#include <vector>

namespace bp::lsp {

struct Analysis {
  driver::CompileResult compiled;
  SymbolIndex index;

  const source::SourceFile& file() const { return *compiled.source; }
  const model::Blueprint& blueprint() const { return compiled.blueprint; }
  // Where a span is for the editor: in the document (`uri`), or in a library it
  // imports, named by the library's own URI.
  Location location_of(source::Span span, const std::string& uri) const;
  bool in_document(source::Span span) const { return file().contains(span.begin); }
  bool imports_any() const { return !compiled.tree.blueprint.imports.empty(); }
};

class Document {
public:
  Document(std::string uri, std::string text, std::int64_t version);

  const std::string& uri() const { return uri_; }
  const std::string& text() const { return text_; }
  std::int64_t version() const { return version_; }

  // The `contentChanges` of one notification, in order: each a range replaced
  // or the whole text. All or nothing: false, and the text unchanged, when a
  // range starts or ends on a line past the text.
  bool apply_changes(const std::vector<ContentChange>& changes);
  void set_version(std::int64_t version) { version_ = version; }

  // The analysis of the current text. One that imports libraries is made again
  // when any document changed since (`generation` counts the changes), as one of
  // them may be what it imports; `load` reads them.
  const Analysis& analysis(const driver::FileLoader& load = {}, std::uint64_t generation = 0) const;

private:
  std::string uri_;
  std::string text_;
  std::int64_t version_ = 0;
  mutable std::shared_ptr<const Analysis> analysis_; // of the current text; reset on change
  mutable std::uint64_t generation_ = 0;             // of analysis_
};

std::shared_ptr<const Analysis> analyze(std::string text, const std::string& name, const driver::FileLoader& load = {});

} // namespace bp::lsp
