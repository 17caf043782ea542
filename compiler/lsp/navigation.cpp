// Go to definition, find references, highlights and rename: every id, every place.

#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"
#include "compiler/wording/catalog.hpp"
#include "grammar/vocabulary.hpp"

#include <fmt/format.h>

namespace bp::lsp {

namespace msg = wording::msg;

namespace {

const Occurrence* under_cursor(const Analysis& a, Position at) { return a.index.at(offset_of(a.file(), at)); }

Location location(const Analysis& a, const std::string& uri, source::Span span) {
  return {uri, range_of(a.file(), span)};
}

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

} // namespace

std::optional<Location> definition(const Analysis& a, Position at, const std::string& uri) {
  const Occurrence* o = under_cursor(a, at);
  if (!o) return std::nullopt;
  const Occurrence* declaration = a.index.declaration_of(o->symbol);
  if (!declaration) return std::nullopt;
  return location(a, uri, declaration->span);
}

std::vector<Location> references(const Analysis& a, const ReferenceParams& params) {
  const Occurrence* o = under_cursor(a, params.position);
  std::vector<Location> out;
  if (!o) return out;
  for (const Occurrence& r : a.index.occurrences_of(o->symbol)) {
    if (params.include_declaration || !r.declaration) out.push_back(location(a, params.uri, r.span));
  }
  return out;
}

std::vector<DocumentHighlight> document_highlight(const Analysis& a, Position at) {
  const Occurrence* o = under_cursor(a, at);
  std::vector<DocumentHighlight> out;
  if (!o) return out;
  for (const Occurrence& r : a.index.occurrences_of(o->symbol))
    out.push_back({range_of(a.file(), r.span), r.declaration});
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
  WorkspaceEdit edit{params.uri, {}};
  for (const Occurrence& r : a.index.occurrences_of(o->symbol))
    edit.edits.push_back({range_of(a.file(), r.span), new_name});
  return edit;
}

} // namespace bp::lsp
