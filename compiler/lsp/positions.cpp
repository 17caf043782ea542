#include "compiler/lsp/positions.hpp"

#include <algorithm>

namespace bp::lsp {

namespace {

// The byte order mark is one UTF-16 unit at the start of the first line.
std::uint32_t bom_units(const source::SourceFile& file, std::size_t line0) { return file.had_bom() && line0 == 0; }

} // namespace

Position position_of(const source::SourceFile& file, std::size_t offset) {
  offset = std::clamp(offset, file.base(), file.end());
  const std::size_t line0 = file.line_of(offset) - 1;
  return {static_cast<std::uint32_t>(line0),
          static_cast<std::uint32_t>(file.utf16_column(offset) + bom_units(file, line0))};
}

Range range_of(const source::SourceFile& file, source::Span span) {
  return {position_of(file, span.begin), position_of(file, span.end)};
}

nlohmann::json range(const source::SourceFile& file, source::Span span) { return to_proto(range_of(file, span)); }

std::size_t offset_of(const source::SourceFile& file, Position position) {
  if (position.line >= file.line_count()) return file.end();
  const std::uint32_t bom = bom_units(file, position.line);
  return file.offset_at_utf16(position.line, position.character > bom ? position.character - bom : 0);
}

source::Span span_of(const source::SourceFile& file, const Range& range) {
  const std::size_t begin = offset_of(file, range.start);
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(std::max(begin, offset_of(file, range.end)))};
}

bool in_text(const source::SourceFile& file, Position position) { return position.line < file.line_count(); }

} // namespace bp::lsp
