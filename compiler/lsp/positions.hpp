#pragma once
// Byte offsets to LSP positions and back. The protocol counts columns in UTF-16
// code units, so `é` is one, `中` one and an emoji two; the editor's text keeps a
// byte order mark that SourceFile drops.

#include "compiler/lsp/protocol.hpp"
#include "compiler/source/source_file.hpp"

namespace bp::lsp {

Position position_of(const source::SourceFile& file, std::size_t offset);
Range range_of(const source::SourceFile& file, source::Span span);
// The range of a span in protocol JSON, the form most results need.
nlohmann::json range(const source::SourceFile& file, source::Span span);

// The byte offset of a position: a character past the line's end is its end, a
// line past the text's end is the text's end.
std::size_t offset_of(const source::SourceFile& file, Position position);
source::Span span_of(const source::SourceFile& file, const Range& range);
// True when the position's line is in the text; a request about a place past it
// is malformed.
bool in_text(const source::SourceFile& file, Position position);

} // namespace bp::lsp
