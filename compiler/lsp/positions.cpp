#include "compiler/lsp/positions.hpp"

#include <algorithm>

namespace bp::lsp {

namespace {

// The editor's text keeps a byte order mark that SourceFile drops: one UTF-16
// unit at the start of the first line.
std::size_t bom_units(const source::SourceFile& file, std::size_t line0) { return file.had_bom() && line0 == 0; }

} // namespace

nlohmann::json position(const source::SourceFile& file, std::size_t offset) {
  offset = std::min(offset, file.text().size());
  const source::Location at = file.location(offset);
  return {{"line", at.line - 1}, {"character", file.utf16_column(offset) + bom_units(file, at.line - 1)}};
}

nlohmann::json range(const source::SourceFile& file, source::Span span) {
  return {{"start", position(file, span.begin)}, {"end", position(file, span.end)}};
}

std::size_t offset_of(const source::SourceFile& file, const nlohmann::json& position) {
  const auto line = position.value("line", std::int64_t{0});
  const auto character = position.value("character", std::int64_t{0});
  if (line < 0) return 0;
  if (static_cast<std::size_t>(line) >= file.line_count()) return file.text().size();
  const auto units = static_cast<std::size_t>(std::max<std::int64_t>(0, character));
  const std::size_t bom = bom_units(file, static_cast<std::size_t>(line));
  return file.offset_at_utf16(static_cast<std::size_t>(line), units > bom ? units - bom : 0);
}

} // namespace bp::lsp
