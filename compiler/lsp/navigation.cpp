// Go to definition, find references, highlights and rename: every id, every place.

#include "compiler/driver/imports.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/uri.hpp"
#include "compiler/source/utf8.hpp"
#include "compiler/wording/catalog.hpp"
#include "grammar/vocabulary.hpp"

#include <fmt/format.h>

namespace bp::lsp {

namespace msg = wording::msg;

namespace {

const Occurrence* under_cursor(const Analysis& a, Position at) { return a.index.at(offset_of(a.file(), at)); }

bool is_identifier(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    if (!d.valid) return false;
    if (!(pos == 0 ? source::is_identifier_start(d.code_point) : source::is_identifier_continue(d.code_point))) {
      return false;
    }
    pos += d.length;
  }
  return true;
}

// The library an `import` under the cursor names, when it was read.
std::optional<std::string> imported_file_at(const Analysis& a, Position at) {
  const std::size_t offset = offset_of(a.file(), at);
  for (const syntax::Import& i : a.compiled.tree.blueprint.imports) {
    if (offset < i.path.span.begin || offset > i.path.span.end) continue;
    const std::string file = driver::resolve_import(a.file().name(), i.path.value);
    for (const auto& imported : a.compiled.imported) {
      if (imported->name() == file) return file;
    }
  }
  return std::nullopt;
}

// The symbol named `id` in `a`, when the file `declared_in` declares it.
const Occurrence* declaration_in(const Analysis& a, const std::string& id, const std::string& declared_in) {
  const model::Symbol* symbol = a.blueprint().find(id);
  if (!symbol) return nullptr;
  const Occurrence* declaration = a.index.declaration_of(*symbol);
  if (!declaration || a.compiled.file_at(declaration->span.begin).name() != declared_in) return nullptr;
  return declaration;
}

} // namespace

std::optional<Location> definition(const Analysis& a, Position at, const std::string& uri) {
  if (auto file = imported_file_at(a, at)) return Location{source::path_to_uri(*file), {}};
  const Occurrence* o = under_cursor(a, at);
  if (!o) return std::nullopt;
  const Occurrence* declaration = a.index.declaration_of(o->symbol);
  if (!declaration) return std::nullopt;
  return a.location_of(declaration->span, uri);
}

std::vector<Location> references(const Analysis& a, const ReferenceParams& params) {
  const Occurrence* o = under_cursor(a, params.position);
  std::vector<Location> out;
  if (!o) return out;
  for (const Occurrence& r : a.index.occurrences_of(o->symbol)) {
    if (params.include_declaration || !r.declaration) out.push_back(a.location_of(r.span, params.uri));
  }
  return out;
}

std::vector<DocumentHighlight> document_highlight(const Analysis& a, Position at) {
  const Occurrence* o = under_cursor(a, at);
  std::vector<DocumentHighlight> out;
  if (!o) return out;
  for (const Occurrence& r : a.index.occurrences_of(o->symbol)) {
    if (a.in_document(r.span)) out.push_back({range_of(a.file(), r.span), r.declaration});
  }
  return out;
}

std::optional<PrepareRename> prepare_rename(const Analysis& a, Position at) {
  const Occurrence* o = under_cursor(a, at);
  if (!o) return std::nullopt;
  return PrepareRename{range_of(a.file(), o->span), id_of(a.blueprint(), o->symbol)};
}

std::variant<WorkspaceEdit, std::string> rename(const Analysis& a, const RenameParams& params) {
  const Occurrence* o = under_cursor(a, params.position);
  if (!o) return std::string(wording::text(msg::editor_rename_no_id));
  const std::string& new_name = params.new_name;
  const std::string& old_name = id_of(a.blueprint(), o->symbol);
  if (!is_identifier(new_name)) {
    return wording::format(msg::editor_rename_not_id, fmt::arg("name", new_name));
  }
  // The id limit of the analysis's compile (the default limits), so that the
  // renamed document does not fail BP004.
  const std::size_t limit = source::Limits{}.max_id_chars;
  if (const std::size_t length = source::count_code_points(new_name); length > limit) {
    return wording::format(msg::editor_rename_too_long, fmt::arg("length", length), fmt::arg("limit", limit));
  }
  if (grammar::is_keyword(new_name)) return wording::format(msg::editor_rename_keyword, fmt::arg("name", new_name));
  if (new_name != old_name && a.blueprint().find(new_name)) {
    return wording::format(msg::editor_rename_taken, fmt::arg("name", new_name));
  }
  WorkspaceEdit edit;
  for (const Occurrence& r : a.index.occurrences_of(o->symbol)) {
    Location at = a.location_of(r.span, params.uri);
    edit.changes[at.uri].push_back({at.range, new_name});
  }
  return edit;
}

std::optional<LibrarySymbol> library_symbol(const Analysis& a, Position at) {
  const Occurrence* o = under_cursor(a, at);
  if (!o) return std::nullopt;
  const Occurrence* declaration = a.index.declaration_of(o->symbol);
  if (!declaration) return std::nullopt;
  const bool declared_by_library = !a.in_document(declaration->span) || a.blueprint().library;
  if (!declared_by_library) return std::nullopt;
  return LibrarySymbol{a.compiled.file_at(declaration->span.begin).name(), id_of(a.blueprint(), o->symbol)};
}

std::vector<Location> uses_in(const Analysis& other, const std::string& other_uri, const LibrarySymbol& symbol) {
  std::vector<Location> out;
  const Occurrence* declaration = declaration_in(other, symbol.id, symbol.file);
  if (!declaration) return out;
  // The declaration is the library's: the analysis asked about finds it.
  for (const Occurrence& r : other.index.occurrences_of(declaration->symbol)) {
    if (!r.declaration) out.push_back(other.location_of(r.span, other_uri));
  }
  return out;
}

std::variant<std::vector<Location>, std::string> renames_in(const Analysis& other, const std::string& other_uri,
                                                            const LibrarySymbol& symbol, const std::string& new_name) {
  if (!declaration_in(other, symbol.id, symbol.file)) return std::vector<Location>{};
  if (new_name != symbol.id && other.blueprint().find(new_name)) {
    return wording::format(msg::editor_rename_taken_in, fmt::arg("name", new_name),
                           fmt::arg("file", other.file().name()));
  }
  return uses_in(other, other_uri, symbol);
}

} // namespace bp::lsp
